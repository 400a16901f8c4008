import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Writes a file the user named without ever replacing something that is not a regular file: a
/// symbolic link, a FIFO, a device node or a folder there is refused and left as it was. The content
/// goes to a temporary file beside the target first and is renamed over it, so a failed or killed
/// write leaves the old file whole.
enum SafeFileWriter {
    struct Refusal: Error, CustomStringConvertible {
        var path: String
        var message: String
        var description: String { "\(path): \(message)" }
    }

    static func write(_ data: Data, to url: URL) throws {
        let path = url.path
        var status = stat()
        if lstat(path, &status) == 0 {
            let kind = status.st_mode & S_IFMT
            guard kind == S_IFREG else {
                throw Refusal(path: path, message: "已存在，但不是普通文件（\(describe(kind))），未作任何修改。请换一个文件名")
            }
        }
        let folder = url.deletingLastPathComponent()
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString).tmp")
        do {
            try data.write(to: temporary, options: .withoutOverwriting)
            guard rename(temporary.path, path) == 0 else {
                throw Refusal(path: path, message: "无法写入：\(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            if let refusal = error as? Refusal { throw refusal }
            throw Refusal(path: path, message: "无法写入：\(ErrorText.plain(error))")
        }
    }

    private static func describe(_ kind: mode_t) -> String {
        switch kind {
        case S_IFLNK: "符号链接"
        case S_IFDIR: "文件夹"
        case S_IFIFO: "管道"
        case S_IFCHR, S_IFBLK: "设备文件"
        case S_IFSOCK: "套接字"
        default: "特殊文件"
        }
    }
}
