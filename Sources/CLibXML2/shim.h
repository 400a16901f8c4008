#ifndef YUANJIAO_CLIBXML2_SHIM_H
#define YUANJIAO_CLIBXML2_SHIM_H
// libxml2's ICU headers clash with the ICU that Foundation brings along.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/parser.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlerror.h>

// xmlFree is a global function pointer, which Swift imports awkwardly.
static inline void yj_xml_free(void *p) { xmlFree(p); }
#endif
