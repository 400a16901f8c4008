#ifndef YUANJIAO_CAVFORMAT_SHIM_H
#define YUANJIAO_CAVFORMAT_SHIM_H
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>
#include <libavutil/mem.h>
#include <stdio.h>
#include <string.h>

// Swift cannot import function-like macros; these expose the few the probe needs.
static inline int64_t yj_av_nopts_value(void) { return AV_NOPTS_VALUE; }
static inline int yj_averror_eof(void) { return AVERROR_EOF; }
static inline int yj_averror_invaliddata(void) { return AVERROR_INVALIDDATA; }
static inline int yj_averror(int posixError) { return AVERROR(posixError); }

// A file already read into memory, served to libavformat through a custom AVIOContext: reading and seeking as
// the "file" protocol would over the same bytes, without its system calls. Written in C because libavformat
// calls these through plain function pointers.
typedef struct {
    const uint8_t *data;
    int64_t size;
    int64_t position;
} YJMemoryFile;

static inline int yj_memory_file_read(void *opaque, uint8_t *buffer, int capacity) {
    YJMemoryFile *file = opaque;
    if (file->position >= file->size) return AVERROR_EOF;
    int64_t count = file->size - file->position;
    if (count > capacity) count = capacity;
    memcpy(buffer, file->data + file->position, (size_t)count);
    file->position += count;
    return (int)count;
}

static inline int64_t yj_memory_file_seek(void *opaque, int64_t offset, int whence) {
    YJMemoryFile *file = opaque;
    whence &= ~AVSEEK_FORCE;
    if (whence == AVSEEK_SIZE) return file->size;
    int64_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? file->position : whence == SEEK_END ? file->size : -1;
    if (base < 0 || base + offset < 0) return AVERROR(EINVAL);
    // Past the end is allowed, as lseek allows it: the next read reports the end of the file.
    file->position = base + offset;
    return file->position;
}
#endif
