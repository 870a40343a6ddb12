#ifndef CSYSTEMSHIMS_H
#define CSYSTEMSHIMS_H

#include <stdint.h>

/// The lowest address of the calling thread's stack, or 0 if it cannot be determined. Swift's Glibc module
/// does not export the GNU extension pthread_getattr_np, so the interpreter asks through this shim to turn
/// native stack exhaustion into RecursionError.
uintptr_t CSystemShims_threadStackLow(void);

#endif
