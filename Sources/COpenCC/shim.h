#ifndef YUANJIAO_COPENCC_SHIM_H
#define YUANJIAO_COPENCC_SHIM_H
#include <opencc/opencc.h>
#endif
