import Foundation
import Testing
@testable import Catalogue

/// Stored fingerprints must keep matching moved files: the word-at-a-time FNV-1a gives the byte-at-a-time value.
@Suite("Fingerprint hash")
struct FingerprintHashTests {
    private static func byteAtATime(_ bytes: [UInt8], seed: FNV1a64 = FNV1a64()) -> UInt64 {
        var hasher = seed
        for byte in bytes { hasher.combine(byte) }
        return hasher.value
    }

    @Test("every length from 0 to 70, and a block of 64 KiB, hash as one byte at a time")
    func wordsMatchBytes() {
        var generator = SystemRandomNumberGenerator()
        for length in Array(0...70) + [Fingerprint.blockSize] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            var hasher = FNV1a64()
            bytes.withUnsafeBytes { hasher.combine($0) }
            #expect(hasher.value == Self.byteAtATime(bytes), "length \(length)")
        }
    }

    @Test("a file's fingerprint is size and the hash of its first and last 64 KiB, as before")
    func fileFingerprintUnchanged() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let size = Fingerprint.blockSize * 2 + 12_345
        let bytes: [UInt8] = (0..<size).map { (index: Int) -> UInt8 in UInt8(truncatingIfNeeded: index &* 31 &+ index >> 9) }
        let path = workspace.path("block.bin")
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var first = FNV1a64()
        for byte in bytes.prefix(Fingerprint.blockSize) { first.combine(byte) }
        let expected = Self.byteAtATime(Array(bytes.suffix(Fingerprint.blockSize)), seed: first)
        #expect(try Fingerprint.compute(path: path, size: Int64(size)) == String(size, radix: 16) + "-" + String(expected, radix: 16))
        // Small files: the whole file once.
        let small = workspace.path("small.bin")
        try Data(bytes.prefix(1000)).write(to: URL(fileURLWithPath: small))
        #expect(try Fingerprint.compute(path: small, size: 1000) == "3e8-" + String(Self.byteAtATime(Array(bytes.prefix(1000))), radix: 16))
    }
}
