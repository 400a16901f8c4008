#ifndef YUANJIAO_CLIBXML2_SHIM_H
#define YUANJIAO_CLIBXML2_SHIM_H
// libxml2's ICU headers clash with the ICU that Foundation brings along.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>
#include <stdarg.h>
#include <stdio.h>

// xmlFree is a global function pointer, which Swift imports awkwardly.
static inline void yj_xml_free(void *p) { xmlFree(p); }

// libxml2 2.9 reports a few errors (iconv conversion failures, "xmlParseChunk: encoder error") only through
// the generic error function, never through a reader's structured handler, and by default prints them to
// stderr. That function is variadic, which Swift cannot implement: these format the message and hand it to
// a plain callback. libxml2 keeps the generic function per thread (LIBXML_THREAD_ENABLED), so installing it
// around one synchronous read touches no other thread.
typedef struct yj_xml_generic_capture {
    void (*receive)(void *context, const char *message);
    void *context;
    void *previous_handler;  // xmlGenericErrorFunc, kept opaque: Swift cannot import variadic function types
    void *previous_context;
} yj_xml_generic_capture;

static inline void yj_xml_generic_error(void *capture, const char *format, ...) {
    yj_xml_generic_capture *target = (yj_xml_generic_capture *)capture;
    if (target == NULL || target->receive == NULL) return;
    char message[512];
    va_list arguments;
    va_start(arguments, format);
    vsnprintf(message, sizeof message, format, arguments);
    va_end(arguments);
    target->receive(target->context, message);
}

/// Routes this thread's generic libxml2 errors to `capture` until `yj_xml_generic_capture_end`.
static inline void yj_xml_generic_capture_begin(yj_xml_generic_capture *capture) {
    capture->previous_handler = (void *)xmlGenericError;
    capture->previous_context = xmlGenericErrorContext;
    xmlSetGenericErrorFunc(capture, yj_xml_generic_error);
}

/// Puts back the generic error function that was there before `yj_xml_generic_capture_begin`.
static inline void yj_xml_generic_capture_end(yj_xml_generic_capture *capture) {
    xmlSetGenericErrorFunc(capture->previous_context, (xmlGenericErrorFunc)capture->previous_handler);
}
#endif
