// CLibEdit: libedit's native API (Debian: libedit-dev), exposed to Swift as a system module.
// Its variadic entry points (el_set, el_get, history) cannot be called from Swift; the C target
// CLibEditShims wraps the ones we use. The Swift wrapper lives in Sources/LineEditing.
#ifndef SWIFTRAY_CLIBEDIT_SHIM_H
#define SWIFTRAY_CLIBEDIT_SHIM_H
#include <histedit.h>
#endif
