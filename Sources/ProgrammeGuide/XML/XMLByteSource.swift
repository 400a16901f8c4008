import CDeflate
import Foundation

/// Where a guide's bytes come from on their way to libxml2: plain files through the start-tag guard, `.xml.gz`
/// through zlib (which reads a plain file as it is, as libxml2 did for the file it opened by name).
enum XMLByteSource {
    case guarded(StartTagGuard)
    case zlib(gzFile)

    /// nil when the file cannot be opened.
    init?(file: String, guarding startTags: StartTagGuard?) {
        if let startTags {
            self = .guarded(startTags)
        } else {
            guard let handle = gzopen(file, "rb") else { return nil }
            // Larger reads of the compressed file: zlib's default buffer is 8 KB.
            gzbuffer(handle, 1 << 17)
            self = .zlib(handle)
        }
    }

    /// Fills `buffer`; the count read, 0 at the end, negative on a failure (or a refused start tag).
    func read(into buffer: UnsafeMutableRawBufferPointer) -> Int {
        guard let base = buffer.baseAddress else { return -1 }
        switch self {
        case .guarded(let startTags):
            return Int(startTags.fill(base.assumingMemoryBound(to: CChar.self), length: buffer.count))
        case .zlib(let handle):
            return Int(gzread(handle, base, UInt32(buffer.count)))
        }
    }

    func close() {
        if case .zlib(let handle) = self { gzclose(handle) }
    }
}
