#ifndef YUANJIAO_CSQLITESETTINGS_H
#define YUANJIAO_CSQLITESETTINGS_H

/// Turns off SQLite's memory statistics for the whole process. Returns SQLite's result code:
/// SQLITE_MISUSE (21) once SQLite has initialised, when the setting can no longer change.
int yuanjiao_sqlite_disable_memory_statistics(void);

/// Turns the connection's own (non-TEMP) triggers off (`enabled` 0) or on (1) for statements prepared from
/// now on; SQLite re-prepares the connection's statements when the setting changes. `connection` is a
/// `sqlite3 *`. Returns SQLite's result code.
int yuanjiao_sqlite_enable_triggers(void *connection, int enabled);

#endif
