import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// What `verify` sees at a path without following a symbolic link: a bundle file that is a link could
/// point anywhere on the station's PC, so it is reported, never read.
enum RegularFile {
    enum Entry: Equatable {
        case missing
        case regular(size: Int64)
        case directory
        case symbolicLink
        case other
    }

    static func entry(_ path: String) -> Entry {
        var info = stat()
        guard lstat(path, &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int64(info.st_size))
        case S_IFDIR: return .directory
        case S_IFLNK: return .symbolicLink
        default: return .other
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The whole file, refusing a link and anything over `limit` bytes before reading it.
    static func read(_ path: String, limit: Int) throws(Failure) -> Data {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: SystemErrorText.chinese(errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else {
            throw Failure(description: "不是普通文件")
        }
        guard info.st_size <= limit else {
            throw Failure(description: "文件有 \(info.st_size) 字节，超过上限 \(limit) 字节，未读取")
        }
        var data = Data(count: Int(info.st_size))
        var offset = 0
        var failure: Int32 = 0
        data.withUnsafeMutableBytes { raw in
            while offset < raw.count {
                let count = Glibc.read(descriptor, raw.baseAddress.map { $0 + offset }, raw.count - offset)
                if count < 0, errno == EINTR { continue }
                if count < 0 { failure = errno; return }
                if count == 0 { return }
                offset += count
            }
        }
        if failure != 0 { throw Failure(description: "读取出错：\(SystemErrorText.chinese(failure))") }
        return data.prefix(offset)
    }
}
