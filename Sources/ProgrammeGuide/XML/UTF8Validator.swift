import Foundation

/// Checks that a whole file is UTF-8, a chunk at a time, so a 100 MB guide costs one quick pass and no memory.
enum UTF8Validator {
    static func isValid(_ handle: FileHandle, chunkSize: Int = 1 << 20) throws -> Bool {
        var carry: [UInt8] = []
        while let chunk = try handle.read(upToCount: chunkSize), !chunk.isEmpty {
            let bytes = carry + chunk
            guard let tail = validPrefixEnd(bytes) else { return false }
            carry = Array(bytes[tail...])
        }
        return carry.isEmpty
    }

    /// Where the last complete sequence ends: bytes after it are an incomplete sequence that may continue in
    /// the next chunk. nil when the bytes cannot be UTF-8.
    static func validPrefixEnd(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer { buffer -> Int? in
            guard let base = buffer.baseAddress else { return 0 }
            let count = buffer.count
            var index = 0
            while index < count {
                // ASCII runs are most of a guide: step over them eight bytes at a time.
                while index + 8 <= count,
                    UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                        & 0x8080_8080_8080_8080 == 0
                {
                    index += 8
                }
                guard index < count else { break }
                let lead = buffer[index]
                let length: Int
                var low: UInt8 = 0x80
                var high: UInt8 = 0xBF
                switch lead {
                case 0x00...0x7F: index += 1; continue
                case 0xC2...0xDF: length = 2
                case 0xE0: length = 3; low = 0xA0
                case 0xE1...0xEC, 0xEE...0xEF: length = 3
                case 0xED: length = 3; high = 0x9F
                case 0xF0: length = 4; low = 0x90
                case 0xF1...0xF3: length = 4
                case 0xF4: length = 4; high = 0x8F
                default: return nil
                }
                for offset in 1..<length {
                    guard index + offset < count else { return index }  // incomplete: wait for the next chunk
                    let byte = buffer[index + offset]
                    let (min, max) = offset == 1 ? (low, high) : (0x80, 0xBF)
                    guard byte >= min, byte <= max else { return nil }
                }
                index += length
            }
            return index
        }
    }
}
