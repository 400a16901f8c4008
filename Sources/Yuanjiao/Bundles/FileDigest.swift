import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Reads a file in large chunks without following a symbolic link at its last component, for the full
/// SHA-256 of courseware (`plan --out` writes it, `verify --full` compares it).
enum FileDigest {
    /// Why a file could not be hashed, in Chinese for the report.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func sha256(path: String) throws(Failure) -> String {
        let descriptor = open(path, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard descriptor >= 0 else { throw Failure(description: "无法打开：\(SystemErrorText.chinese(errno))") }
        defer { close(descriptor) }
        var hasher = SHA256()
        let chunk = 1 << 20
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: chunk, alignment: 16)
        defer { buffer.deallocate() }
        while true {
            let count = read(descriptor, buffer.baseAddress, chunk)
            if count < 0 {
                if errno == EINTR { continue }
                throw Failure(description: "读取出错：\(SystemErrorText.chinese(errno))")
            }
            if count == 0 { break }
            hasher.update(UnsafeRawBufferPointer(rebasing: buffer[0..<count]))
        }
        return SHA256.hex(digest: hasher.finalize())
    }
}

/// The reasons a file operation fails, in the words a station administrator reads (Foundation's
/// messages on Linux are English and name `NSCocoaErrorDomain`).
enum SystemErrorText {
    static func chinese(_ code: Int32) -> String {
        switch code {
        case ENOENT: "文件或文件夹不存在"
        case EACCES, EPERM: "没有权限"
        case ENOSPC: "磁盘已满"
        case EDQUOT: "超出磁盘配额"
        case EROFS: "磁盘是只读的"
        case ENAMETOOLONG: "名称太长"
        case ENOTDIR: "路径中有一部分不是文件夹"
        case EISDIR: "这是一个文件夹"
        case ELOOP: "是符号链接（不会跟随）"
        case EIO: "磁盘读写错误"
        case EEXIST: "已经存在"
        case EXDEV: "不在同一个磁盘上"
        case EMLINK: "硬链接数已达上限"
        default: "系统错误 \(code)"
        }
    }

    /// The Chinese reason of a Foundation file error, by its POSIX code where it carries one.
    static func chinese(_ error: any Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            return chinese(Int32(underlying.code))
        }
        if nsError.domain == NSPOSIXErrorDomain { return chinese(Int32(nsError.code)) }
        switch CocoaError.Code(rawValue: nsError.code) {
        case .fileNoSuchFile, .fileReadNoSuchFile: return chinese(ENOENT)
        case .fileReadNoPermission, .fileWriteNoPermission: return chinese(EACCES)
        case .fileWriteOutOfSpace: return chinese(ENOSPC)
        case .fileWriteVolumeReadOnly: return chinese(EROFS)
        case .fileWriteFileExists: return chinese(EEXIST)
        case .fileWriteInvalidFileName: return "文件名无效"
        default: return "文件读写失败（错误 \(nsError.code)）"
        }
    }
}
