// CLibEditShims: see include/CLibEditShims.h for the contract of each function.
#include "CLibEditShims.h"

#include <errno.h>
#include <histedit.h>
#include <langinfo.h>
#include <locale.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <poll.h>
#include <unistd.h>
#include <wchar.h>

struct CLibEditShims_Editor {
    EditLine *el;
    History *history;
    FILE *input, *output, *error;
    int ownsStreams;  // 1 when the streams are fdopen'ed duplicates that CLibEditShims_end closes
    char *prompt;     // NUL-terminated, owned; returned by promptCallback
    CLibEditShims_CompletionFunction complete;
    void *completionContext;
    int wakeDescriptor;  // -1 when no wake-up is set
    CLibEditShims_WakeFunction wake;
    void *wakeContext;
    mbstate_t decoding;  // UTF-8 decoding state of readCharacter
};

static volatile sig_atomic_t interruptPending = 0;
// The write end of the current editor's wake pipe: SIGINT may be delivered to any thread, so the handler
// also wakes the reader through the pipe instead of relying on its poll() being interrupted.
static volatile sig_atomic_t interruptWakeDescriptor = -1;

static const char completionFunctionName[] = "swiftray-complete";
static char emptyPrompt[] = "";

// MARK: Locale

static int codesetIsUTF8(void) {
    const char *codeset = nl_langinfo(CODESET);
    return codeset != NULL && (strcmp(codeset, "UTF-8") == 0 || strcmp(codeset, "utf8") == 0);
}

int CLibEditShims_useUTF8Locale(void) {
    if (setlocale(LC_CTYPE, "") != NULL && codesetIsUTF8()) return 1;
    if (setlocale(LC_CTYPE, "C.UTF-8") != NULL && codesetIsUTF8()) return 1;
    return codesetIsUTF8();
}

// MARK: Callbacks from libedit

static CLibEditShims_Editor *editorOf(EditLine *el) {
    void *data = NULL;
    if (el_get(el, EL_CLIENTDATA, &data) != 0) return NULL;
    return (CLibEditShims_Editor *)data;
}

static char *promptCallback(EditLine *el) {
    CLibEditShims_Editor *editor = editorOf(el);
    return (editor != NULL && editor->prompt != NULL) ? editor->prompt : emptyPrompt;
}

static unsigned char completionCallback(EditLine *el, int ch) {
    (void)ch;
    CLibEditShims_Editor *editor = editorOf(el);
    if (editor == NULL || editor->complete == NULL) return CC_ERROR;
    const LineInfo *info = el_line(el);
    if (info == NULL) return CC_ERROR;
    int byteCount = (int)(info->cursor - info->buffer);
    switch (editor->complete(editor->completionContext, info->buffer, byteCount)) {
    case CLibEditShims_COMPLETION_NOTHING: return CC_NORM;
    case CLibEditShims_COMPLETION_REFRESH: return CC_REFRESH;
    case CLibEditShims_COMPLETION_REDISPLAY: return CC_REDISPLAY;
    default: return CC_ERROR;
    }
}

// Reads one character for libedit (EL_GETCFN) while also watching the wake descriptor: when it becomes
// readable, the current line is cleared, the program prints what arrived, and libedit draws the prompt and
// the line again below it. Returns 1 with a character, 0 at end of input, -1 (errno set) on error or
// Ctrl-C, as libedit's own reader does.
static int readCharacter(EditLine *el, wchar_t *character) {
    CLibEditShims_Editor *editor = editorOf(el);
    int input = fileno(editor->input);
    for (;;) {
        struct pollfd watched[2] = {{input, POLLIN, 0}, {editor->wakeDescriptor, POLLIN, 0}};
        if (poll(watched, 2, -1) < 0) {
            if (errno == EINTR && !interruptPending) continue;  // SIGWINCH and the like
            return -1;
        }
        if (watched[1].revents & POLLIN) {
            char drain[64];
            while (read(editor->wakeDescriptor, drain, sizeof drain) > 0) {}
            if (interruptPending) {
                errno = EINTR;
                return -1;
            }
            fputs("\r\033[K", editor->output);
            fflush(editor->output);
            editor->wake(editor->wakeContext);
            el_set(el, EL_REFRESH);
            continue;
        }
        if (!(watched[0].revents & (POLLIN | POLLHUP | POLLERR))) continue;
        char byte;
        ssize_t n = read(input, &byte, 1);
        if (n < 0) {
            if (errno == EINTR && !interruptPending) continue;
            return -1;
        }
        if (n == 0) {
            *character = L'\0';
            return 0;
        }
        wchar_t decoded;
        size_t used = mbrtowc(&decoded, &byte, 1, &editor->decoding);
        if (used == (size_t)-2) continue;  // the middle of a multi-byte character
        if (used == (size_t)-1) {          // not UTF-8: pass the byte through
            memset(&editor->decoding, 0, sizeof editor->decoding);
            decoded = (wchar_t)(unsigned char)byte;
        }
        *character = decoded;
        return 1;
    }
}

int CLibEditShims_setWakeup(CLibEditShims_Editor *editor, int descriptor, int writeDescriptor,
                            CLibEditShims_WakeFunction function, void *context) {
    interruptWakeDescriptor = (descriptor < 0 || function == NULL) ? -1 : writeDescriptor;
    editor->wakeDescriptor = descriptor;
    editor->wake = function;
    editor->wakeContext = context;
    memset(&editor->decoding, 0, sizeof editor->decoding);
    if (descriptor < 0 || function == NULL) {
        editor->wakeDescriptor = -1;
        return el_set(editor->el, EL_GETCFN, EL_BUILTIN_GETCFN);
    }
    return el_set(editor->el, EL_GETCFN, readCharacter);
}

// MARK: Lifetime

static CLibEditShims_Editor *makeEditor(const char *program, FILE *input, FILE *output, FILE *error, int owns) {
    CLibEditShims_Editor *editor = calloc(1, sizeof *editor);
    if (editor == NULL) return NULL;
    editor->input = input;
    editor->output = output;
    editor->error = error;
    editor->ownsStreams = owns;
    editor->wakeDescriptor = -1;
    editor->el = el_init(program, input, output, error);
    editor->history = history_init();
    if (editor->el == NULL || editor->history == NULL) {
        int saved = errno != 0 ? errno : ENOMEM;
        CLibEditShims_end(editor);
        errno = saved;
        return NULL;
    }
    HistEvent event;
    history(editor->history, &event, H_SETSIZE, 1000);
    el_set(editor->el, EL_CLIENTDATA, (void *)editor);
    el_set(editor->el, EL_HIST, history, editor->history);
    el_set(editor->el, EL_PROMPT_ESC, promptCallback, '\1');
    el_set(editor->el, EL_EDITOR, "emacs");
    return editor;
}

CLibEditShims_Editor *CLibEditShims_init(const char *program) {
    return makeEditor(program, stdin, stdout, stderr, 0);
}

static FILE *openDuplicate(int fd, const char *mode) {
    int copy = dup(fd);
    if (copy < 0) return NULL;
    FILE *file = fdopen(copy, mode);
    if (file == NULL) {
        int saved = errno;
        close(copy);
        errno = saved;
    }
    return file;
}

CLibEditShims_Editor *CLibEditShims_initWithDescriptors(const char *program, int input, int output, int error) {
    FILE *in = openDuplicate(input, "r");
    FILE *out = openDuplicate(output, "w");
    FILE *err = openDuplicate(error, "w");
    if (in == NULL || out == NULL || err == NULL) {
        int saved = errno;
        if (in != NULL) fclose(in);
        if (out != NULL) fclose(out);
        if (err != NULL) fclose(err);
        errno = saved;
        return NULL;
    }
    CLibEditShims_Editor *editor = makeEditor(program, in, out, err, 1);
    if (editor == NULL) {
        int saved = errno;
        fclose(in);
        fclose(out);
        fclose(err);
        errno = saved;
    }
    return editor;
}

void CLibEditShims_end(CLibEditShims_Editor *editor) {
    if (editor == NULL) return;
    if (editor->el != NULL) el_end(editor->el);  // restores the terminal mode
    if (editor->history != NULL) history_end(editor->history);
    if (editor->ownsStreams) {
        fclose(editor->input);
        fclose(editor->output);
        fclose(editor->error);
    }
    free(editor->prompt);
    free(editor);
}

int CLibEditShims_isTerminal(const CLibEditShims_Editor *editor) {
    return isatty(fileno(editor->input)) ? 1 : 0;
}

// MARK: Settings

int CLibEditShims_setPrompt(CLibEditShims_Editor *editor, const char *prompt) {
    char *copy = strdup(prompt != NULL ? prompt : "");
    if (copy == NULL) return -1;
    free(editor->prompt);
    editor->prompt = copy;
    return 0;
}

static int bindCompletion(CLibEditShims_Editor *editor) {
    if (editor->complete == NULL) return 0;
    if (el_set(editor->el, EL_ADDFN, completionFunctionName, "complete the word before the cursor",
               completionCallback) != 0)
        return -1;
    return el_set(editor->el, EL_BIND, "^I", completionFunctionName, NULL);
}

int CLibEditShims_setEditor(CLibEditShims_Editor *editor, const char *mode) {
    if (el_set(editor->el, EL_EDITOR, mode) != 0) return -1;
    return bindCompletion(editor);  // EL_EDITOR resets the key maps
}

int CLibEditShims_setTerminal(CLibEditShims_Editor *editor, const char *type) {
    return el_set(editor->el, EL_TERMINAL, type);
}

int CLibEditShims_sourceEditrc(CLibEditShims_Editor *editor, const char *path) {
    int rc = el_source(editor->el, path);
    if (bindCompletion(editor) != 0) return -1;  // the file may have switched key maps
    return rc;
}

int CLibEditShims_setSignalHandling(CLibEditShims_Editor *editor, int on) {
    return el_set(editor->el, EL_SIGNAL, on);
}

int CLibEditShims_setCompletion(CLibEditShims_Editor *editor, CLibEditShims_CompletionFunction function,
                                void *context) {
    editor->complete = function;
    editor->completionContext = context;
    if (function == NULL) return el_set(editor->el, EL_BIND, "^I", "ed-insert", NULL);
    return bindCompletion(editor);
}

// MARK: Reading and editing

const char *CLibEditShims_gets(CLibEditShims_Editor *editor, int *count, int *error) {
    errno = 0;
    const char *line = el_gets(editor->el, count);
    *error = errno;
    return line;
}

void CLibEditShims_push(CLibEditShims_Editor *editor, const char *text) {
    el_push(editor->el, text);
}

int CLibEditShims_insert(CLibEditShims_Editor *editor, const char *text) {
    return el_insertstr(editor->el, text);
}

void CLibEditShims_deleteBeforeCursor(CLibEditShims_Editor *editor, int count) {
    el_deletestr(editor->el, count);
}

void CLibEditShims_write(CLibEditShims_Editor *editor, const char *bytes, size_t count) {
    fwrite(bytes, 1, count, editor->output);
    fflush(editor->output);
}

int CLibEditShims_terminalColumns(CLibEditShims_Editor *editor) {
    int columns = 0;
    if (el_get(editor->el, EL_GETTC, "co", &columns, NULL) != 0 || columns <= 0) return 80;
    return columns;
}

void CLibEditShims_resize(CLibEditShims_Editor *editor) {
    el_resize(editor->el);
}

// MARK: History

int CLibEditShims_historySetSize(CLibEditShims_Editor *editor, int size) {
    HistEvent event;
    if (history(editor->history, &event, H_SETSIZE, size) < 0) return -1;
    // libedit applies a smaller bound only at the next H_ENTER; apply it now by re-entering the newest
    // `size` entries, oldest first.
    int count = CLibEditShims_historyCount(editor);
    if (count <= size) return 0;
    char **keep = calloc((size_t)(size > 0 ? size : 1), sizeof *keep);
    if (keep == NULL) return -1;
    int kept = 0;
    for (int index = count - size; index < count; index++) {
        const char *entry = CLibEditShims_historyEntry(editor, index);
        if (entry != NULL && (keep[kept] = strdup(entry)) != NULL) kept++;
    }
    history(editor->history, &event, H_CLEAR);
    for (int i = 0; i < kept; i++) {
        history(editor->history, &event, H_ENTER, keep[i]);
        free(keep[i]);
    }
    free(keep);
    return 0;
}

int CLibEditShims_historySetUnique(CLibEditShims_Editor *editor, int unique) {
    HistEvent event;
    return history(editor->history, &event, H_SETUNIQUE, unique) < 0 ? -1 : 0;
}

int CLibEditShims_historyEnter(CLibEditShims_Editor *editor, const char *line) {
    HistEvent event;
    return history(editor->history, &event, H_ENTER, line) < 0 ? -1 : 0;
}

void CLibEditShims_historyClear(CLibEditShims_Editor *editor) {
    HistEvent event;
    history(editor->history, &event, H_CLEAR);
}

int CLibEditShims_historyCount(CLibEditShims_Editor *editor) {
    HistEvent event;
    if (history(editor->history, &event, H_GETSIZE) < 0) return -1;
    return event.num;
}

const char *CLibEditShims_historyEntry(CLibEditShims_Editor *editor, int index) {
    // libedit keeps the newest entry first: H_LAST is the oldest, H_PREV steps towards newer ones.
    HistEvent event;
    if (index < 0 || history(editor->history, &event, H_LAST) < 0) return NULL;
    for (int i = 0; i < index; i++) {
        if (history(editor->history, &event, H_PREV) < 0) return NULL;
    }
    return event.str;
}

int CLibEditShims_historySave(CLibEditShims_Editor *editor, const char *path) {
    HistEvent event;
    errno = 0;
    int rc = history(editor->history, &event, H_SAVE, path);
    if (rc < 0) return errno != 0 ? -errno : -EIO;
    return rc;
}

int CLibEditShims_historyLoad(CLibEditShims_Editor *editor, const char *path) {
    HistEvent event;
    errno = 0;
    int rc = history(editor->history, &event, H_LOAD, path);
    if (rc < 0) return errno != 0 ? -errno : -EINVAL;
    return rc;
}

// MARK: Interrupts

static int handlerInstalled = 0;
static struct sigaction previousAction;

static void onInterrupt(int signal) {
    (void)signal;
    interruptPending = 1;
    int wake = interruptWakeDescriptor;
    if (wake >= 0) {
        int saved = errno;
        char byte = 0;
        (void)!write(wake, &byte, 1);
        errno = saved;
    }
}

int CLibEditShims_installInterruptHandler(void) {
    if (handlerInstalled) return 0;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_handler = onInterrupt;
    sigemptyset(&action.sa_mask);
    action.sa_flags = 0;  // no SA_RESTART: a blocked read() must return EINTR
    if (sigaction(SIGINT, &action, &previousAction) != 0) return -1;
    handlerInstalled = 1;
    return 0;
}

int CLibEditShims_restoreInterruptHandler(void) {
    if (!handlerInstalled) return 0;
    if (sigaction(SIGINT, &previousAction, NULL) != 0) return -1;
    handlerInstalled = 0;
    return 0;
}

int CLibEditShims_takeInterrupt(void) {
    int pending = interruptPending;
    interruptPending = 0;
    return pending;
}
