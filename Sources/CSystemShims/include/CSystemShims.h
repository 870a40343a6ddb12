#ifndef CSYSTEMSHIMS_H
#define CSYSTEMSHIMS_H

#include <stdint.h>

/// The lowest address of the calling thread's stack, or 0 if it cannot be determined. Swift's Glibc module
/// does not export the GNU extension pthread_getattr_np, so the interpreter asks through this shim to turn
/// native stack exhaustion into RecursionError.
uintptr_t CSystemShims_threadStackLow(void);

/// Start `path` with `argv` (NULL-terminated) and the current environment via posix_spawn (never fork: the
/// callers are threaded). `stdout_fd`/`stderr_fd` >= 0 become the child's descriptors 1 and 2; every other
/// descriptor from 3 up is closed in the child. Puts the child in its own process
/// group when `new_group` is set, so a terminal's Ctrl-C reaches only the driver. Returns the pid or -errno.
int CSystemShims_spawn(const char *path, char *const argv[], int stdout_fd, int stderr_fd, int new_group);

/// pidfd_open(2): a descriptor that becomes readable when process `pid` exits (-errno on failure).
int CSystemShims_pidfdOpen(int pid);

/// The kernel thread id of the calling thread (gettid), for logs.
int CSystemShims_threadID(void);

/// A non-blocking close-on-exec eventfd (-errno on failure): one thread wakes another's poll through it.
int CSystemShims_eventfd(void);

#endif
