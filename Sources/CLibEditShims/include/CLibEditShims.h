// CLibEditShims: non-variadic C entry points over libedit for Swift.
//
// Why this target exists:
//  - Swift cannot call C variadic functions, and libedit's configuration goes through three of them
//    (el_set, el_get, history). Each operation SwiftRay uses gets one plain function here.
//  - Swift 6 rejects references to the C globals stdin/stdout/stderr ("not concurrency-safe"), so
//    el_init is called on the C side.
//  - Callbacks from libedit (prompt, Tab completion) must be C function pointers. The prompt text is
//    therefore kept on the C side, and completion calls a C function pointer with a context pointer
//    that Swift passes in (an unretained reference to the Swift object that owns the editor).
//
// This header deliberately does not include <histedit.h>: libedit's types stay inside shim.c, and
// Swift sees one opaque handle, CLibEditShims_Editor. All functions carry the CLibEditShims_ prefix.
//
// Threading: an editor is not thread-safe (libedit keeps terminal and line state in it). Use each
// editor from one thread. The interrupt-flag functions at the end are process-wide and
// async-signal-safe on the signal side.
#ifndef SWIFTRAY_CLIBEDITSHIMS_H
#define SWIFTRAY_CLIBEDITSHIMS_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

/// One libedit EditLine plus its History, prompt text, completion callback and stdio streams.
typedef struct CLibEditShims_Editor CLibEditShims_Editor;

/// What a completion callback asks libedit to do next (mapped to libedit's CC_* codes in shim.c).
#define CLibEditShims_COMPLETION_NOTHING 0   /* nothing changed (CC_NORM) */
#define CLibEditShims_COMPLETION_REFRESH 1   /* the line changed: redraw it (CC_REFRESH) */
#define CLibEditShims_COMPLETION_REDISPLAY 2 /* text was printed below the line: redraw prompt and line (CC_REDISPLAY) */
#define CLibEditShims_COMPLETION_BEEP 3      /* nothing to complete: ring the bell (CC_ERROR) */

/// Called on Tab with the UTF-8 bytes of the line before the cursor (not NUL-terminated) and their
/// count.
/// Returns one of the CLibEditShims_COMPLETION_* codes. It runs inside CLibEditShims_gets, on that thread.
typedef int (*CLibEditShims_CompletionFunction)(void *context, const char *lineBeforeCursor, int byteCount);

/// Called on the editor's thread, inside CLibEditShims_gets, when the wake descriptor became readable: the
/// current line has just been cleared; print what is waiting (ending with a newline). The prompt and the
/// line being edited are drawn again below it afterwards.
typedef void (*CLibEditShims_WakeFunction)(void *context);

// MARK: Locale

/// Makes LC_CTYPE a UTF-8 locale: the environment's if it is UTF-8, else C.UTF-8. Call before creating
/// an editor (libedit decides at el_init whether input is UTF-8). Returns 1 if a UTF-8 locale is active.
int CLibEditShims_useUTF8Locale(void);

// MARK: Lifetime

/// Creates an editor on the process's stdin, stdout and stderr. Returns NULL (errno set) on failure.
CLibEditShims_Editor *CLibEditShims_init(const char *program);

/// Creates an editor on duplicates of the given file descriptors (the caller keeps its own descriptors).
/// Used for tests (pipes, pseudo-terminals). Returns NULL (errno set) on failure.
CLibEditShims_Editor *CLibEditShims_initWithDescriptors(const char *program, int input, int output, int error);

/// Restores the terminal, frees libedit's state, the history and the prompt, and closes duplicated streams.
void CLibEditShims_end(CLibEditShims_Editor *editor);

/// 1 if the input stream is a terminal (libedit edits lines), 0 if it reads plain lines (pipes, files).
int CLibEditShims_isTerminal(const CLibEditShims_Editor *editor);

// MARK: Settings

/// Copies the prompt text; the prompt callback returns it. Text between two \1 characters is printed
/// but takes no columns (for ANSI colour sequences, EL_PROMPT_ESC). Returns 0, or -1 when out of memory.
int CLibEditShims_setPrompt(CLibEditShims_Editor *editor, const char *prompt);

/// Selects key bindings: "emacs" or "vi" (EL_EDITOR). Re-binds Tab to completion if one is set. 0 or -1.
int CLibEditShims_setEditor(CLibEditShims_Editor *editor, const char *mode);

/// Sets the terminal type used for capabilities, e.g. "dumb" (EL_TERMINAL). 0 or -1.
int CLibEditShims_setTerminal(CLibEditShims_Editor *editor, const char *type);

/// Reads an editrc file (el_source); NULL means $EDITRC or ~/.editrc. Re-binds Tab afterwards. 0 or -1.
int CLibEditShims_sourceEditrc(CLibEditShims_Editor *editor, const char *path);

/// 1: libedit installs its own handlers while reading, restores the terminal on SIGINT/SIGTSTP/...,
/// then re-raises the signal to the whole process group (EL_SIGNAL). 0: it leaves signals alone.
int CLibEditShims_setSignalHandling(CLibEditShims_Editor *editor, int on);

/// Registers (or with NULL removes) the completion callback and binds it to Tab. 0 or -1.
int CLibEditShims_setCompletion(CLibEditShims_Editor *editor, CLibEditShims_CompletionFunction function,
                                void *context);

// MARK: Reading and editing

/// Reads one line (el_gets). Returns libedit's buffer, valid until the next call, including the final
/// newline if one was typed; *count is the number of bytes. NULL with *count 0 is end of input (or, on
/// a non-terminal, a read interrupted by a signal); NULL with *count -1 is an error. *error receives
/// errno as it was when el_gets returned (EINTR when a signal handler interrupted the read).
const char *CLibEditShims_gets(CLibEditShims_Editor *editor, int *count, int *error);

/// Pushes text that the next read consumes as if typed (el_push), e.g. indentation. Terminals only:
/// a non-terminal input reads raw lines and ignores pushed text.
void CLibEditShims_push(CLibEditShims_Editor *editor, const char *text);

/// Inserts UTF-8 text at the cursor (el_insertstr). Only meaningful inside a callback. 0 or -1.
int CLibEditShims_insert(CLibEditShims_Editor *editor, const char *text);

/// Deletes `count` characters (Unicode scalars) before the cursor (el_deletestr). Inside a callback.
void CLibEditShims_deleteBeforeCursor(CLibEditShims_Editor *editor, int count);

/// Writes bytes to the editor's output stream and flushes it.
void CLibEditShims_write(CLibEditShims_Editor *editor, const char *bytes, size_t count);

/// Terminal width in columns from the terminal capabilities ("co"), or 80 when unknown.
int CLibEditShims_terminalColumns(CLibEditShims_Editor *editor);

/// Re-reads the terminal size (el_resize); call on SIGWINCH when signal handling is off.
void CLibEditShims_resize(CLibEditShims_Editor *editor);

/// While reading, also watch `descriptor` (the read end of a non-blocking pipe): when it is readable the
/// shim drains it and calls `function`, so other threads can have text printed above the prompt. The
/// interrupt handler writes to `writeDescriptor` (the pipe's write end), so Ctrl-C ends the read whichever
/// thread the signal lands on. Terminals only. A descriptor of -1 or a NULL function turns this off. 0 or -1.
int CLibEditShims_setWakeup(CLibEditShims_Editor *editor, int descriptor, int writeDescriptor,
                            CLibEditShims_WakeFunction function, void *context);

// MARK: History

/// Keeps at most `size` entries, dropping the oldest (H_SETSIZE). 0 or -1.
int CLibEditShims_historySetSize(CLibEditShims_Editor *editor, int size);

/// 1: an entry equal to the newest one is not added again (H_SETUNIQUE). 0 or -1.
int CLibEditShims_historySetUnique(CLibEditShims_Editor *editor, int unique);

/// Adds an entry as the newest (H_ENTER). 0 or -1.
int CLibEditShims_historyEnter(CLibEditShims_Editor *editor, const char *line);

/// Removes all entries (H_CLEAR).
void CLibEditShims_historyClear(CLibEditShims_Editor *editor);

/// Number of entries (H_GETSIZE), or -1.
int CLibEditShims_historyCount(CLibEditShims_Editor *editor);

/// Entry `index`, 0 being the oldest; NULL when out of range. The pointer is valid until the history changes.
const char *CLibEditShims_historyEntry(CLibEditShims_Editor *editor, int index);

/// Writes the history to a file in libedit's format (H_SAVE). Returns the number of entries written,
/// or -errno (-EIO when libedit gives no errno).
int CLibEditShims_historySave(CLibEditShims_Editor *editor, const char *path);

/// Appends the entries of a history file (H_LOAD), keeping the size bound. Returns the number read,
/// or -errno (-EINVAL for a file that is not in libedit's format).
int CLibEditShims_historyLoad(CLibEditShims_Editor *editor, const char *path);

// MARK: Interrupts (process-wide)

/// Installs a SIGINT handler without SA_RESTART that sets a flag, so a blocked read returns EINTR.
/// The previous action is kept for CLibEditShims_restoreInterruptHandler. Idempotent. 0 or -1.
int CLibEditShims_installInterruptHandler(void);

/// Puts back the SIGINT action that was active before CLibEditShims_installInterruptHandler. 0 or -1.
int CLibEditShims_restoreInterruptHandler(void);

/// Returns 1 and clears the flag if SIGINT arrived since the last call, else 0.
int CLibEditShims_takeInterrupt(void);

#ifdef __cplusplus
}
#endif

#endif
