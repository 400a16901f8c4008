import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// A file's content identity: its size and a hash of its first and last blocks. Cheap enough to take for
/// every new file, stable across moves and renames, so librarian data follows the content.
enum Fingerprint {
    static let blockSize = 64 * 1024

    enum Failure: Error {
        case unreadable(reason: String)
    }

    static func compute(path: String, size: Int64) throws(Failure) -> String {
        // Not zeroed first: only the bytes `pread` returns are hashed (zeroing the buffer per file was 2 % of probing).
        let hash = withUnsafeTemporaryAllocation(byteCount: 2 * blockSize, alignment: 16) { buffer in
            Result { () throws(Failure) -> UInt64 in
                let count = try readCoveredBytes(path: path, size: size, into: buffer)
                var hasher = FNV1a64()
                hasher.combine(UnsafeRawBufferPointer(rebasing: buffer.prefix(count)))
                return hasher.value
            }
        }
        return format(size: size, hash: try hash.get())
    }

    /// The form stored in the catalogue and in bundle manifests: size and hash in lower-case hexadecimal.
    static func format(size: Int64, hash: UInt64) -> String {
        String(size, radix: 16) + "-" + String(hash, radix: 16)
    }

    /// Reads what a fingerprint covers into `buffer` (at least two blocks): the first block, then, for a longer
    /// file, its last block right after the bytes of the first. Returns how many bytes were read; the fingerprint
    /// hashes exactly those, in that order.
    static func readCoveredBytes(path: String, size: Int64, into buffer: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        precondition(buffer.count >= 2 * blockSize, "a fingerprint's buffer holds two blocks")
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(reason: DirectoryWalker.describe(errno: errno)) }
        defer { close(descriptor) }
        var count = try readBlock(descriptor, offset: 0, into: UnsafeMutableRawBufferPointer(rebasing: buffer[0..<blockSize]))
        if size > Int64(blockSize) {
            let lastBlock = UnsafeMutableRawBufferPointer(rebasing: buffer[count..<count + blockSize])
            count += try readBlock(descriptor, offset: max(Int64(blockSize), size - Int64(blockSize)), into: lastBlock)
        }
        return count
    }

    private static func readBlock(_ descriptor: Int32, offset: Int64, into block: UnsafeMutableRawBufferPointer) throws(Failure) -> Int {
        let count = pread(descriptor, block.baseAddress, block.count, off_t(offset))
        guard count >= 0 else { throw .unreadable(reason: DirectoryWalker.describe(errno: errno)) }
        return count
    }
}

/// FNV-1a, 64 bits, one byte per step; enough to tell files apart, not a security hash. Several files at once:
/// `FNV1a64Lanes`.
struct FNV1a64 {
    static let prime: UInt64 = 0x0000_0100_0000_01B3
    private(set) var value: UInt64

    init(value: UInt64 = 0xcbf2_9ce4_8422_2325) {
        self.value = value
    }

    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var hash = value
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= Self.prime
        }
        value = hash
    }

    mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }
}
