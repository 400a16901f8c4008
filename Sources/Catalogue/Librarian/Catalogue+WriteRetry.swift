import Foundation
import GRDB

#if canImport(Glibc)
import Glibc
#endif

extension Catalogue {
    /// A write transaction for librarian work. Transactions are IMMEDIATE and the busy timeout is 30 s
    /// (`CatalogueFile`), so another process's writer is waited for; should SQLite still answer BUSY
    /// (a writer holding the lock past the timeout), the whole transaction is retried a few times
    /// before giving up, so a tag never fails because `index` runs beside it.
    func librarianWrite<T>(_ body: (Database) throws -> T) throws -> T {
        var attempt = 0
        while true {
            do {
                return try pool.write(body)
            } catch let error as DatabaseError
                where (error.resultCode == .SQLITE_BUSY || error.resultCode == .SQLITE_LOCKED) && attempt < 4
            {
                attempt += 1
                usleep(useconds_t(200_000 * attempt))
            } catch let error as DatabaseError {
                throw CatalogueError(.database, path: path, message: "写入目录失败：\(error)")
            }
        }
    }

    /// A read transaction for librarian queries; errors other than the librarian's own become `CatalogueError`.
    func librarianRead<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw CatalogueError(.database, path: path, message: "读取目录失败：\(error)")
        }
    }
}
