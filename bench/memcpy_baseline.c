// The machine's memcpy of 1 GiB between two buffers already in memory (median of 5), the baseline the
// object store's put of 1 GiB is compared with. Prints "memcpy_1gib_s SECONDS s".
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static double now(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec + t.tv_nsec * 1e-9;
}

static int compare(const void *a, const void *b) {
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(void) {
    size_t n = (size_t)1 << 30;
    char *source = malloc(n), *target = malloc(n);
    if (source == NULL || target == NULL) return 1;
    memset(source, 1, n);
    memset(target, 0, n);
    double times[5];
    for (int i = 0; i < 5; i++) {
        double start = now();
        memcpy(target, source, n);
        times[i] = now() - start;
        source[i] = target[n - 1 - i];  // keep the copies observable
    }
    qsort(times, 5, sizeof times[0], compare);
    printf("memcpy_1gib_s %.4f s\n", times[2]);
    free(source);
    free(target);
    return 0;
}
