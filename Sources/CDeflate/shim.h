#ifndef YUANJIAO_CDEFLATE_SHIM_H
#define YUANJIAO_CDEFLATE_SHIM_H
#include <zlib.h>

// deflateInit2 is a macro (it passes the library's version and the stream's size), which Swift cannot call.
static inline int yj_deflate_init_raw(z_streamp stream, int level) {
    return deflateInit2(stream, level, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY);
}
#endif
