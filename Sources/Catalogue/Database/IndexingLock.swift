import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One `index` run at a time per catalogue: two runs would probe the same new files and race to
/// insert them. An advisory `flock` on a companion file `<catalogue>.lock` (never on the catalogue
/// itself: closing any descriptor of the database file would drop SQLite's own POSIX locks).
/// Released when the value is dropped, and by the kernel if the process dies.
public final class IndexingLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }

    /// Takes the lock, calling `waiting` once if another run holds it, then waiting for it.
    static func acquire(catalogPath: String, waiting: () -> Void) throws(CatalogueError) -> IndexingLock {
        let lockPath = catalogPath + ".lock"
        let descriptor = open(lockPath, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CatalogueError(
                .database, path: lockPath,
                message: "无法创建登记锁文件（\(String(cString: strerror(errno)))）。请检查目录文件所在文件夹的写权限")
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            while flock(descriptor, LOCK_EX) != 0 {
                guard errno == EINTR else {
                    close(descriptor)
                    throw CatalogueError(.database, path: lockPath, message: "等待登记锁失败（\(String(cString: strerror(errno)))）")
                }
            }
        }
        return IndexingLock(descriptor: descriptor)
    }
}

extension Catalogue {
    /// Holds off until no other `index` run works on this catalogue; keep the value for the whole run.
    public func indexingLock(waiting: () -> Void) throws(CatalogueError) -> IndexingLock {
        try IndexingLock.acquire(catalogPath: path, waiting: waiting)
    }
}
