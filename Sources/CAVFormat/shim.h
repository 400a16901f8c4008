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
// The score one demuxer gives a file's first bytes, asked as libavformat's own probe asks every demuxer on its first
// read (av_probe_input_buffer2: 2,048 bytes, or the whole of a smaller file, then zero padding), so the two agree.
// 0 where that probe would not ask this demuxer these bytes: a demuxer it skips (no probe function, not a file
// format, experimental), or an ID3v2 tag first (the probe looks past the tag, with its own rules).
static inline int yj_first_read_score(const AVInputFormat *format, const char *filename, const uint8_t *bytes, size_t count) {
    enum { first_read = 2048 };
    if (!format->read_probe || (format->flags & (AVFMT_NOFILE | AVFMT_EXPERIMENTAL))) return 0;
    if (count >= 3 && memcmp(bytes, "ID3", 3) == 0) return 0;
    uint8_t buffer[first_read + AVPROBE_PADDING_SIZE];
    size_t used = count < first_read ? count : first_read;
    memcpy(buffer, bytes, used);
    memset(buffer + used, 0, AVPROBE_PADDING_SIZE);
    AVProbeData data = { filename, buffer, (int)used, NULL };
    return format->read_probe(&data);
}
#endif
