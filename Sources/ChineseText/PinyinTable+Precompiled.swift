public import Foundation

/// The pinyin table in a compact binary form (`Catalog/pinyin-readings.bin`), read with one load instead of
/// parsing about 41,000 lines of text on every search. The binary carries a digest of the text it was made
/// from, so an edited `pinyin-readings.txt` is noticed: the text is then parsed (slower, same result) and the
/// caller is told to regenerate the binary (`yuanjiao-bench pinyin-table`).
extension PinyinTable {
    /// "YJPINY1\n"; then, little-endian: the text's digest (UInt64); the syllable count (UInt32), each as a
    /// length byte and its letters; the token count (UInt32) and the tokens (UInt16 each); the character
    /// count (UInt32), each in token order as its code point less the previous one (a zigzag varint: code
    /// points ascend, so mostly one byte), its readings (UInt8) and its tokens (UInt8).
    private static let magic = Array("YJPINY1\n".utf8)

    /// A table and, when the precompiled form could not be used, why (in Chinese, naming the files).
    public struct Loaded: Sendable {
        public var table: PinyinTable
        public var warning: String?
    }

    /// The precompiled table at `precompiled` when it was made from the text at `text` as it is now; else
    /// the text, parsed, with a warning saying the binary is missing, damaged or stale.
    public static func load(text: URL, precompiled: URL) throws(PinyinTableError) -> Loaded {
        let source = try readText(text)
        let digest = sourceDigest(of: source)
        let problem: String
        if let binary = try? Data(contentsOf: precompiled) {
            switch decode(binary) {
            case .some(let loaded) where loaded.digest == digest:
                return Loaded(table: loaded.table, warning: nil)
            case .some:
                problem = "与 \(text.path) 不一致（读音表改动后没有重新生成）"
            case .none:
                problem = "已损坏或格式不对"
            }
        } else {
            problem = "不存在或无法读取"
        }
        let table = try PinyinTable(parsingData: source, path: text.path)
        let warning =
            "注意：拼音读音表的预编译文件 \(precompiled.path) \(problem)，已改为读取文本读音表，每次检索会慢约 15 毫秒。"
            + "请重新安装远教，或在源代码中运行 swift run -c release yuanjiao-bench pinyin-table 重新生成。"
        return Loaded(table: table, warning: warning)
    }

    /// The binary form of the table parsed from `text` (the bytes of `pinyin-readings.txt`), for the generator.
    public static func precompiled(fromText text: Data, path: String) throws(PinyinTableError) -> Data {
        try PinyinTable(parsingData: text, path: path).serialized(sourceDigest: sourceDigest(of: text))
    }

    /// FNV-1a over the text's bytes: enough to notice an edit, cheap enough (under a millisecond) for every start.
    static func sourceDigest(of text: Data) -> UInt64 {
        text.withUnsafeBytes { raw in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in raw {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            return hash
        }
    }

    static func readText(_ url: URL) throws(PinyinTableError) -> Data {
        do {
            return try Data(contentsOf: url)
        } catch {
            let message =
                FileManager.default.fileExists(atPath: url.path)
                ? "无法读取拼音读音表（\(error.localizedDescription)）"
                : "找不到拼音读音表（由 Scripts/generate-pinyin-table.py 生成）"
            throw PinyinTableError(path: url.path, line: 0, message: message)
        }
    }

    func serialized(sourceDigest digest: UInt64) -> Data {
        var writer = LittleEndianWriter(Self.magic)
        writer.append(digest)
        writer.append(UInt32(syllables.count))
        for bytes in syllableBytes {
            writer.append(UInt8(bytes.count))
            writer.bytes += bytes
        }
        writer.append(UInt32(tokenIndices.count))
        for token in tokenIndices { writer.append(token) }
        // Each character's tokens start where the previous character's end, so starts need not be stored.
        var characters: [(point: UInt32, entry: UInt64)] = supplementaryPoints.indices.map {
            (supplementaryPoints[$0], supplementaryEntries[$0])
        }
        for (point, entry) in bmp.enumerated() where entry != 0 { characters.append((UInt32(point), entry)) }
        characters.sort { $0.entry >> 16 < $1.entry >> 16 }
        writer.append(UInt32(characters.count))
        var previous: Int64 = 0
        for (point, entry) in characters {
            writer.appendVarint(zigzag: Int64(point) - previous)
            previous = Int64(point)
            writer.append(UInt8(entry >> 8 & 0xFF))
            writer.append(UInt8(entry & 0xFF))
        }
        return Data(writer.bytes)
    }

    /// The table in `data` and the digest of the text it was made from; nil when `data` is not a whole,
    /// consistent table of this format (a damaged file is never half read).
    static func decode(_ data: Data) -> (table: PinyinTable, digest: UInt64)? {
        data.withUnsafeBytes { raw -> (table: PinyinTable, digest: UInt64)? in
            var reader = LittleEndianReader(raw)
            guard let head = reader.take(magic.count), head.elementsEqual(magic), let digest = reader.uint64(),
                let syllableCount = reader.uint32()
            else { return nil }
            var syllables: [String] = []
            syllables.reserveCapacity(Int(syllableCount))
            for _ in 0..<syllableCount {
                guard let length = reader.uint8(), let letters = reader.take(Int(length)), length > 0 else { return nil }
                syllables.append(String(decoding: letters, as: UTF8.self))
            }
            guard let tokenCount = reader.uint32(), let tokens = reader.uint16s(Int(tokenCount)),
                tokens.allSatisfy({ Int($0) < syllables.count }), let characterCount = reader.uint32()
            else { return nil }
            var bmp = [UInt64](repeating: 0, count: 0x1_0000)
            var supplementary: [(point: UInt32, entry: UInt64)] = []
            var start = 0
            var previous: Int64 = 0
            for _ in 0..<characterCount {
                guard let delta = reader.varint(zigzag: ()), let readings = reader.uint8(), let count = reader.uint8(),
                    readings > 0, readings <= count, start + Int(count) <= tokens.count,
                    (0...0x10_FFFF).contains(previous &+ delta)
                else { return nil }
                previous += delta
                let point = UInt32(previous)
                let entry = UInt64(start) << 16 | UInt64(readings) << 8 | UInt64(count)
                start += Int(count)
                if point < 0x1_0000 { bmp[Int(point)] = entry } else { supplementary.append((point, entry)) }
            }
            guard start == tokens.count, reader.isAtEnd else { return nil }
            supplementary.sort { $0.point < $1.point }
            let table = PinyinTable(
                syllables: syllables, tokenIndices: tokens, bmp: bmp,
                supplementaryPoints: supplementary.map(\.point), supplementaryEntries: supplementary.map(\.entry))
            return (table, digest)
        }
    }
}
