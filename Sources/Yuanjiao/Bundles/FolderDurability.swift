import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The few file-system calls that make a bundle folder appear whole or not at all: plain writes without a
/// sync per file, one `syncfs` per batch of finished folders, then an atomic exchange with each old folder.
///
/// `syncfs` and `renameat2` are GNU extensions the Swift Glibc module does not import; they are looked
/// up once by name, and this type falls back to `fsync` per file and a two-step rename where a C library
/// lacks them. The function pointers never leave this type.
enum FolderDurability {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Creates `url` (which must not exist) and writes `data` into it, without syncing.
    static func write(_ data: Data, to url: URL) throws(Failure) {
        let descriptor = open(url.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW, 0o644)
        guard descriptor >= 0 else { throw failure("无法创建 \(url.lastPathComponent)") }
        defer { close(descriptor) }
        var failed: Int32 = 0
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let written = Glibc.write(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    failed = errno
                    return
                }
                offset += written
            }
        }
        if failed != 0 { throw Failure(description: "写入 \(url.lastPathComponent) 失败：\(SystemErrorText.chinese(failed))") }
    }

    /// Makes everything written into `folders` (files, sub-folders; all on one disk) durable: one `syncfs`
    /// for them all, or failing that an `fsync` of every file and folder in them.
    static func sync(folders: [URL]) throws(Failure) {
        guard let first = folders.first else { return }
        if let syncfs = Functions.shared.syncfs {
            let descriptor = open(first.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard descriptor >= 0 else { throw failure("无法打开 \(first.lastPathComponent)") }
            defer { close(descriptor) }
            if syncfs(descriptor) == 0 { return }
        }
        let paths = folders.flatMap { folder in
            (FileManager.default.subpaths(atPath: folder.path) ?? []).map { folder.path + "/" + $0 } + [folder.path]
        }
        for path in paths {
            let descriptor = open(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW)
            guard descriptor >= 0 else { continue }
            defer { close(descriptor) }
            if fsync(descriptor) != 0 { throw failure("无法写入磁盘") }
        }
    }

    /// The folder's own entries (names renamed into it) made durable.
    static func syncEntries(of folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return }
        _ = fsync(descriptor)
        close(descriptor)
    }

    /// Puts `fresh` at `target`. When `target` exists the two are exchanged in one step where the kernel
    /// can (so a reader sees the old bundle or the new, never none) and the old one ends up at `fresh`;
    /// returns true then, and the caller removes `fresh`.
    static func replace(_ target: URL, with fresh: URL) throws(Failure) -> Bool {
        if let exchange = Functions.shared.renameat2,
           exchange(AT_FDCWD, fresh.path, AT_FDCWD, target.path, Functions.renameExchange) == 0 {
            return true
        }
        if rename(fresh.path, target.path) == 0 { return false }
        guard errno == ENOTEMPTY || errno == EEXIST || errno == EISDIR || errno == ENOTDIR else {
            throw failure("无法把新下发包放到 \(target.lastPathComponent)")
        }
        // No exchange: move the old folder aside first; a kill in between leaves no bundle, and a rerun writes it.
        let aside = fresh.deletingLastPathComponent().appendingPathComponent(fresh.lastPathComponent + "-old")
        guard rename(target.path, aside.path) == 0 else { throw failure("无法移走旧的 \(target.lastPathComponent)") }
        guard rename(fresh.path, target.path) == 0 else { throw failure("无法把新下发包放到 \(target.lastPathComponent)") }
        guard rename(aside.path, fresh.path) == 0 else { throw failure("无法整理旧的 \(target.lastPathComponent)") }
        return true
    }

    private static func failure(_ what: String) -> Failure {
        Failure(description: "\(what)：\(SystemErrorText.chinese(errno))")
    }

    /// GNU functions resolved by name in the running C library.
    private struct Functions: @unchecked Sendable {
        typealias SyncFS = @convention(c) (Int32) -> Int32
        typealias RenameAt2 = @convention(c) (Int32, UnsafePointer<CChar>, Int32, UnsafePointer<CChar>, UInt32) -> Int32

        let syncfs: SyncFS?
        let renameat2: RenameAt2?

        /// `RENAME_EXCHANGE` from <linux/fs.h>.
        static let renameExchange: UInt32 = 1 << 1

        static let shared = Functions()

        private init() {
            let library = dlopen(nil, RTLD_NOW)
            syncfs = dlsym(library, "syncfs").map { unsafeBitCast($0, to: SyncFS.self) }
            renameat2 = dlsym(library, "renameat2").map { unsafeBitCast($0, to: RenameAt2.self) }
        }
    }
}
