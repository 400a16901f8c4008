import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A regular file found under a scanned root.
struct FoundFile: Sendable {
    var path: String
    var size: Int64
    var mtime: Double
}

/// Something under a root that could not be read; it becomes an entry of `failed`, the walk goes on.
struct WalkProblem: Sendable {
    var path: String
    var reason: String
}

/// Walks folders with POSIX calls rather than FileManager: it must see raw name bytes (names that are
/// not UTF-8), tell permission errors apart, and break symlink loops by device and inode.
struct DirectoryWalker {
    /// Side files that live beside courseware and are never media: skipped silently.
    static let ignoredExtensions: Set<String> = [
        "xml", "xmltv", "sqlite", "sqlite-wal", "sqlite-shm", "json", "m3u", "m3u8", "xspf", "ics",
        "part", "tmp", "crdownload", "md5", "sha256", "ds_store",
    ]

    private(set) var files: [FoundFile] = []
    private(set) var problems: [WalkProblem] = []
    private var visitedDirectories: Set<DirectoryIdentity> = []
    /// Told about the files found so far, a few dozen at a time, so probing can start while the walk goes on.
    private let found: (ArraySlice<FoundFile>) -> Void
    private var reported = 0
    private static let reportEvery = 64

    private init(found: @escaping (ArraySlice<FoundFile>) -> Void) {
        self.found = found
    }

    private struct DirectoryIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    /// Every regular file under `roots`, in a reproducible order; `found` sees them in that order while the walk runs.
    static func walk(
        _ roots: [String], found: @escaping (ArraySlice<FoundFile>) -> Void = { _ in }
    ) -> (files: [FoundFile], problems: [WalkProblem]) {
        var walker = DirectoryWalker(found: found)
        for root in roots {
            walker.visit(root, isRoot: true)
        }
        walker.report()
        return (walker.files, walker.problems)
    }

    private mutating func report() {
        guard files.count > reported else { return }
        found(files[reported...])
        reported = files.count
    }

    /// `folder`: the open folder `path` lies in and the name it has there, so the kernel resolves one name rather
    /// than the whole path again (the walk's stat calls were most of the serial time before the first probe).
    private mutating func visit(_ path: String, isRoot: Bool, in folder: (descriptor: Int32, name: String)? = nil) {
        var info = stat()
        func status(_ flags: Int32, into info: inout stat) -> Int32 {
            guard let folder else { return flags == 0 ? stat(path, &info) : lstat(path, &info) }
            return fstatat(folder.descriptor, folder.name, &info, flags)
        }
        guard status(0, into: &info) == 0 else {
            let code = errno
            if !isRoot, status(AT_SYMLINK_NOFOLLOW, into: &info) == 0, (info.st_mode & S_IFMT) == S_IFLNK {
                let reason = code == ELOOP ? "符号链接循环，已跳过" : "符号链接指向不存在的位置，已跳过"
                problems.append(WalkProblem(path: path, reason: reason))
            } else {
                problems.append(WalkProblem(path: path, reason: Self.describe(errno: code)))
            }
            return
        }
        switch info.st_mode & S_IFMT {
        case S_IFDIR:
            visitDirectory(path, info: info)
        case S_IFREG:
            let name = PathName.lastComponent(path)
            if name.hasPrefix(".") { return }
            if !isRoot, Self.ignoredExtensions.contains(PathName.fileExtension(ofName: name).lowercased()) { return }
            let mtime = Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
            files.append(FoundFile(path: path, size: Int64(info.st_size), mtime: mtime))
            if files.count - reported >= Self.reportEvery { report() }
        default:
            break
        }
    }

    private mutating func visitDirectory(_ path: String, info: stat) {
        let identity = DirectoryIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        guard visitedDirectories.insert(identity).inserted else {
            problems.append(WalkProblem(path: path, reason: "符号链接循环：该文件夹已扫描过，已跳过"))
            return
        }
        guard let directory = opendir(path) else {
            problems.append(WalkProblem(path: path, reason: Self.describe(errno: errno)))
            return
        }
        defer { closedir(directory) }
        var names: [String] = []
        while let entry = readdir(directory) {
            let nameBytes = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                Array(raw.prefix(while: { $0 != 0 }))
            }
            if nameBytes == [0x2E] || nameBytes == [0x2E, 0x2E] { continue }
            guard let name = String(validating: nameBytes, as: UTF8.self) else {
                let shown = String(decoding: nameBytes, as: UTF8.self)
                problems.append(WalkProblem(
                    path: Self.join(path, shown),
                    reason: "文件名不是有效的 UTF-8 编码，无法登记。请把它改名为 UTF-8 文件名（例如用 convmv -f gbk -t utf8）"))
                continue
            }
            names.append(name)
        }
        // Sorted so every run visits files in the same order: counts and ids are reproducible.
        let descriptor = dirfd(directory)
        for name in names.sorted() {
            visit(Self.join(path, name), isRoot: false, in: descriptor >= 0 ? (descriptor, name) : nil)
        }
    }

    private static func join(_ directory: String, _ name: String) -> String {
        directory.hasSuffix("/") ? directory + name : directory + "/" + name
    }

    static func describe(errno code: Int32) -> String {
        switch code {
        case EACCES, EPERM: return "没有读取权限（\(String(cString: strerror(code)))）。请检查文件夹权限"
        case ENOENT: return "路径不存在（可能在扫描中被删除）"
        case ELOOP: return "符号链接循环，已跳过"
        case ENOTDIR: return "路径中有一段不是文件夹"
        default: return String(cString: strerror(code))
        }
    }
}
