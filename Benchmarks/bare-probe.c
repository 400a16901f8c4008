/*
 * The floor for `yuanjiao index` (issue 26): a bare libavformat loop over the same files with the same
 * parallelism, nothing else. Each thread takes the next path from the list, opens it, runs
 * avformat_find_stream_info and closes it, with MediaProbe's default limits (probesize 256 KiB,
 * analyzeduration 0.5 s) so both read the same bytes. Prints "<files> <seconds>" on stdout.
 *
 *   cc -O2 -o bare-probe Benchmarks/bare-probe.c $(pkg-config --cflags --libs libavformat libavutil) -lpthread
 *   find files -type f | sort > list.txt && ./bare-probe list.txt 2
 */
#include <libavformat/avformat.h>
#include <libavutil/log.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

static char **paths;
static size_t count;
static atomic_size_t next_index;
static atomic_size_t opened;

static void *worker(void *unused) {
    (void)unused;
    for (;;) {
        size_t index = atomic_fetch_add(&next_index, 1);
        if (index >= count) return NULL;
        AVFormatContext *context = NULL;
        AVDictionary *options = NULL;
        av_dict_set(&options, "probesize", "262144", 0);
        av_dict_set(&options, "analyzeduration", "500000", 0);
        int status = avformat_open_input(&context, paths[index], NULL, &options);
        av_dict_free(&options);
        if (status != 0) continue;
        if (avformat_find_stream_info(context, NULL) >= 0) atomic_fetch_add(&opened, 1);
        avformat_close_input(&context);
    }
}

int main(int argc, char **argv) {
    if (argc < 2) {
        fprintf(stderr, "用法：bare-probe 文件列表 [线程数]\n");
        return 2;
    }
    FILE *list = fopen(argv[1], "r");
    if (!list) {
        perror(argv[1]);
        return 2;
    }
    size_t capacity = 1024;
    paths = malloc(capacity * sizeof *paths);
    char line[4096];
    while (fgets(line, sizeof line, list)) {
        line[strcspn(line, "\n")] = 0;
        if (!*line) continue;
        if (count == capacity) paths = realloc(paths, (capacity *= 2) * sizeof *paths);
        paths[count++] = strdup(line);
    }
    fclose(list);
    int jobs = argc > 2 ? atoi(argv[2]) : 1;
    if (jobs < 1) jobs = 1;
    av_log_set_level(AV_LOG_QUIET);

    struct timespec start, end;
    clock_gettime(CLOCK_MONOTONIC, &start);
    pthread_t threads[64];
    if (jobs > 64) jobs = 64;
    for (int i = 0; i < jobs; i++) pthread_create(&threads[i], NULL, worker, NULL);
    for (int i = 0; i < jobs; i++) pthread_join(threads[i], NULL);
    clock_gettime(CLOCK_MONOTONIC, &end);
    double seconds = (double)(end.tv_sec - start.tv_sec) + (double)(end.tv_nsec - start.tv_nsec) / 1e9;
    printf("%zu %.6f\n", (size_t)atomic_load(&opened), seconds);
    return 0;
}
