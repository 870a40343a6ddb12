#define _GNU_SOURCE
#include <pthread.h>
#include "CSystemShims.h"

uintptr_t CSystemShims_threadStackLow(void) {
    pthread_attr_t attr;
    if (pthread_getattr_np(pthread_self(), &attr) != 0) return 0;
    void *address = 0;
    size_t size = 0;
    int rc = pthread_attr_getstack(&attr, &address, &size);
    pthread_attr_destroy(&attr);
    return rc == 0 ? (uintptr_t)address : 0;
}
