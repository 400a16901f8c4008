#ifndef YUANJIAO_CSQLITESETTINGS_H
#define YUANJIAO_CSQLITESETTINGS_H

/// Turns off SQLite's memory statistics for the whole process. Returns SQLite's result code:
/// SQLITE_MISUSE (21) once SQLite has initialised, when the setting can no longer change.
int yuanjiao_sqlite_disable_memory_statistics(void);

#endif
