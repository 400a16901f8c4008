#ifndef YUANJIAO_CAVFORMAT_SHIM_H
#define YUANJIAO_CAVFORMAT_SHIM_H
#include <libavformat/avformat.h>
#include <libavutil/avutil.h>
#include <libavutil/dict.h>
#include <libavutil/error.h>

// Swift cannot import function-like macros; these expose the few the probe needs.
static inline int64_t yj_av_nopts_value(void) { return AV_NOPTS_VALUE; }
static inline int yj_averror_eof(void) { return AVERROR_EOF; }
static inline int yj_averror_invaliddata(void) { return AVERROR_INVALIDDATA; }
static inline int yj_averror(int posixError) { return AVERROR(posixError); }
#endif
