#include "CSQLiteSettings.h"
#include <sqlite3.h>

// sqlite3_config and sqlite3_db_config are variadic, which Swift cannot call: fixed-argument wrappers are the
// whole target.

// With the statistics on, every sqlite3_malloc/free takes SQLite's global memory mutex to count bytes; the
// guide import's writer spent ≈ 8 % of its time there. Nothing in Yuanjiao reads sqlite3_memory_used or
// sets a soft heap limit, which are what those counts serve.
int yuanjiao_sqlite_disable_memory_statistics(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

// Per connection (SQLITE_DBCONFIG_ENABLE_TRIGGER): the indexer's batch into an empty catalogue does once per batch
// what the review-queue triggers did per row, and only that connection, only inside that transaction, skips them.
int yuanjiao_sqlite_enable_triggers(void *connection, int enabled) {
    return sqlite3_db_config((sqlite3 *)connection, SQLITE_DBCONFIG_ENABLE_TRIGGER, enabled, (int *)0);
}
