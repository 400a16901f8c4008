import Foundation
import Synchronization

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
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .unreadable(reason: DirectoryWalker.describe(errno: errno)) }
        defer { close(descriptor) }
        var hasher = FNV1a64()
        // Not zeroed first: only the bytes `pread` returns are hashed (zeroing 64 KiB per file was 2 % of probing).
        // A pooled buffer: 64 KiB is too large for the stack, and a fresh one per file went through posix_memalign.
        let buffer = ReadBuffers.shared.take()
        defer { ReadBuffers.shared.give(buffer) }
        try hashBlock(descriptor, offset: 0, into: &hasher, buffer: buffer)
        if size > Int64(blockSize) {
            try hashBlock(descriptor, offset: max(Int64(blockSize), size - Int64(blockSize)), into: &hasher, buffer: buffer)
        }
        return String(size, radix: 16) + "-" + String(hasher.value, radix: 16)
    }

    private static func hashBlock(
        _ descriptor: Int32, offset: Int64, into hasher: inout FNV1a64, buffer: UnsafeMutableRawBufferPointer
    ) throws(Failure) {
        let count = pread(descriptor, buffer.baseAddress, buffer.count, off_t(offset))
        guard count >= 0 else { throw .unreadable(reason: DirectoryWalker.describe(errno: errno)) }
        hasher.combine(UnsafeRawBufferPointer(rebasing: buffer.prefix(count)))
    }
}

/// Read buffers of `Fingerprint.blockSize` bytes kept for reuse by the probing threads (as many as ever ran at
/// once); a taken buffer belongs to its caller until given back.
final class ReadBuffers: Sendable {
    static let shared = ReadBuffers()
    /// Addresses, since raw pointers are not `Sendable`.
    private let idle = Mutex<[UInt]>([])

    func take() -> UnsafeMutableRawBufferPointer {
        if let address = idle.withLock({ $0.popLast() }), let base = UnsafeMutableRawPointer(bitPattern: address) {
            return UnsafeMutableRawBufferPointer(start: base, count: Fingerprint.blockSize)
        }
        return .allocate(byteCount: Fingerprint.blockSize, alignment: 16)
    }

    func give(_ buffer: UnsafeMutableRawBufferPointer) {
        let address = UInt(bitPattern: buffer.baseAddress)
        idle.withLock { $0.append(address) }
    }
}

/// FNV-1a, 64 bits, eight bytes per step where it can; enough to tell files apart, not a security hash.
struct FNV1a64 {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    /// The same steps as one byte at a time, in the same order (little-endian words): one load per eight bytes
    /// instead of an iterator step per byte. The multiply chain itself cannot be shortened without a new hash.
    mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        guard let base = bytes.baseAddress else { return }
        var hash = value
        var offset = 0
        while offset + 8 <= bytes.count {
            var word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            for _ in 0..<8 {
                hash = (hash ^ (word & 0xFF)) &* Self.prime
                word >>= 8
            }
            offset += 8
        }
        while offset < bytes.count {
            hash = (hash ^ UInt64(base.load(fromByteOffset: offset, as: UInt8.self))) &* Self.prime
            offset += 1
        }
        value = hash
    }

    mutating func combine(_ byte: UInt8) {
        value = (value ^ UInt64(byte)) &* Self.prime
    }
}
