#ifndef YUANJIAO_CPOPPLER_SHIM_H
#define YUANJIAO_CPOPPLER_SHIM_H
// poppler-glib reads PDFs (metadata, page text) and renders a page through cairo for the console's preview.
#include <poppler.h>
#include <cairo.h>
#endif
