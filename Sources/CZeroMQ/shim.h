// CZeroMQ: the libzmq C API (Debian: libzmq3-dev), exposed to Swift as a system module.
// The Swift wrapper lives in Sources/ZeroMQ; nothing else should import this module.
#ifndef SWIFTRAY_CZEROMQ_SHIM_H
#define SWIFTRAY_CZEROMQ_SHIM_H
#include <zmq.h>
#endif
