public import Foundation
import CAVFormat

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Describes media files through libavformat, in process.
///
/// Safe to call from many threads at once: every call opens and closes its own `AVFormatContext`, and the only
/// process-wide state is FFmpeg's log level, silenced once.
public enum MediaProbe {
    /// Probes the file at `url`.
    ///
    /// Foundation on Linux cannot hold a file name that is not valid UTF-8 in a `URL` (it substitutes U+FFFD);
    /// such files are reachable through `probe(fileSystemRepresentation:options:)` with the bytes `readdir` gave.
    public static func probe(_ url: URL, options: ProbeOptions = .init()) throws(ProbeError) -> MediaInfo {
        guard url.isFileURL else {
            throw ProbeError.libav(path: url.absoluteString, code: yj_averror(EINVAL), hint: "不是本地文件")
        }
        let result: Result<MediaInfo, ProbeError> = url.withUnsafeFileSystemRepresentation { path in
            guard let path, path.pointee != 0 else {
                return .failure(ProbeError.libav(path: url.path, code: yj_averror(ENOENT)))
            }
            return Result { () throws(ProbeError) in try probe(path: path, contents: nil, head: nil, options: options) }
        }
        return try result.get()
    }

    /// Probes the file whose path is `bytes`, exactly as the file system spells it (no terminating NUL needed).
    ///
    /// `contents`, when given, must be the whole file, non-empty, read from that path: libavformat then reads it
    /// from memory instead of opening the file, with the same result. A name libavformat might take as an image
    /// sequence pattern (`%`, `*`, `?`, `{`) is still opened by name, since libavformat looks at such names before
    /// it reads anything. `head`, when given, must be the file's first bytes (at least 2,048, or the whole file):
    /// with them the demuxer the extension names is tried first, with the same result as probing every demuxer.
    public static func probe(
        fileSystemRepresentation bytes: some Collection<UInt8>, contents: UnsafeRawBufferPointer? = nil,
        head: UnsafeRawBufferPointer? = nil, options: ProbeOptions = .init()
    ) throws(ProbeError) -> MediaInfo {
        // A String's UTF-8 is contiguous: copied through a buffer pointer, so the per-byte loops below run on concrete
        // types rather than through the generic collection's witness tables (this function is not specialised for the
        // caller's type across the module boundary).
        var path = bytes.withContiguousStorageIfAvailable { $0.map { CChar(bitPattern: $0) } } ?? bytes.map { CChar(bitPattern: $0) }
        if path.last != 0 {
            path.append(0)
        }
        return try path.withUnsafeBufferPointer { (buffer) throws(ProbeError) -> MediaInfo in
            guard let base = buffer.baseAddress else { throw ProbeError.libav(path: "", code: yj_averror(ENOENT)) }
            let byName = buffer.contains { isPatternCharacter(UInt8(bitPattern: $0)) }
            let usable = contents.flatMap { $0.isEmpty || byName ? nil : $0 }
            let usableHead = byName ? nil : (usable ?? head.flatMap { $0.isEmpty ? nil : $0 })
            return try probe(path: base, contents: usable, head: usableHead, options: options)
        }
    }

    /// `%`, `*`, `?`, `{`: image2 matches names with these before opening anything. A comparison rather than a
    /// `Set`, which hashed every byte of every path (SipHash, visible in the probing threads' profile).
    private static func isPatternCharacter(_ byte: UInt8) -> Bool {
        byte == 0x25 || byte == 0x2A || byte == 0x3F || byte == 0x7B
    }

    private static func probe(
        path: UnsafePointer<CChar>, contents: UnsafeRawBufferPointer?, head: UnsafeRawBufferPointer?, options: ProbeOptions
    ) throws(ProbeError) -> MediaInfo {
        let displayPath = self.displayPath(path)
        let library: LibAV
        do {
            library = try LibAV.get()
        } catch {
            throw ProbeError(path: displayPath, code: yj_averror(ENOSYS), reason: error.message)
        }
        // Bytes read whole from the path come from a regular, non-empty file: what `checkFile` makes sure of.
        if contents == nil { try checkFile(path, displayPath: displayPath) }
        let context = try FormatContext(
            path: path, contents: contents, head: head, displayPath: displayPath, options: options, library: library)
        try context.findStreamInfo()
        return context.mediaInfo()
    }

    /// Catches what libavformat reports badly or not at all: an empty file ("moov atom not found"), a name
    /// Foundation mangled (a plain "No such file or directory" would hide why), a folder, and a named pipe or
    /// device, which would block the prober forever.
    private static func checkFile(_ path: UnsafePointer<CChar>, displayPath: String) throws(ProbeError) {
        var status = stat()
        guard stat(path, &status) == 0 else {
            let code = yj_averror(errno)
            let mangled = code == yj_averror(ENOENT) && displayPath.contains("\u{FFFD}")
            throw ProbeError.libav(
                path: displayPath, code: code,
                hint: mangled ? "文件不存在；文件名含非 UTF-8 字节，URL 无法表示，请按原始字节路径读取" : nil)
        }
        switch status.st_mode & S_IFMT {
        case S_IFDIR:
            throw ProbeError.libav(path: displayPath, code: yj_averror(EISDIR))
        case S_IFREG:
            if status.st_size == 0 {
                throw ProbeError.empty(path: displayPath)
            }
        default:
            throw ProbeError.libav(path: displayPath, code: yj_averror(EINVAL), hint: "不是普通文件（管道、设备或套接字）")
        }
    }

    /// A path for people to read: bytes that are not UTF-8 become U+FFFD.
    private static func displayPath(_ path: UnsafePointer<CChar>) -> String {
        String(decoding: UnsafeRawBufferPointer(start: path, count: strlen(path)), as: UTF8.self)
    }
}
