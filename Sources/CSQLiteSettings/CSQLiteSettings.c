#include "CSQLiteSettings.h"
#include <sqlite3.h>

// sqlite3_config is variadic, which Swift cannot call: this one fixed-argument wrapper is the whole target.
// With the statistics on, every sqlite3_malloc/free takes SQLite's global memory mutex to count bytes; the
// guide import's writer spent ≈ 8 % of its time there. Nothing in Yuanjiao reads sqlite3_memory_used or
// sets a soft heap limit, which are what those counts serve.
int yuanjiao_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}
