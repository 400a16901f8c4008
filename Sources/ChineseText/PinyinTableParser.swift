/// Reads the readings file byte by byte: one interned syllable per word, no String per line.
struct PinyinTableParser {
    let path: String
    private var syllables: [String] = []
    /// Syllables are at most 12 letters a–z, so a base-27 number names one exactly.
    private var syllableIndex: [UInt64: UInt16] = [:]
    private var tokenIndices: [UInt16] = []
    private var bmp = [UInt64](repeating: 0, count: 0x1_0000)
    private var supplementary: [(point: UInt32, entry: UInt64)] = []

    init(path: String) {
        self.path = path
        tokenIndices.reserveCapacity(160_000)
    }

    mutating func parse(_ bytes: UnsafeBufferPointer<UInt8>) throws(PinyinTableError) {
        var index = 0
        var line = 0
        var readings: [UInt16] = []
        while index < bytes.count {
            line += 1
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: "\n") { end += 1 }
            defer { index = end + 1 }
            var cursor = index
            if cursor < end, bytes[cursor] == UInt8(ascii: "#") { continue }
            var point: UInt32 = 0
            var digits = 0
            while cursor < end, let digit = Self.hexDigit(bytes[cursor]) {
                point = point << 4 | digit
                digits += 1
                cursor += 1
            }
            if digits == 0 {
                if Self.isBlank(bytes, index, end) { continue }
                throw PinyinTableError(path: path, line: line, message: "行首应为十六进制码位，例如 94F6 yin")
            }
            guard digits <= 6, point <= 0x10_FFFF, !(0xD800...0xDFFF).contains(point) else {
                throw PinyinTableError(path: path, line: line, message: "码位超出 Unicode 范围")
            }
            readings.removeAll(keepingCapacity: true)
            while cursor < end {
                if bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t")
                    || bytes[cursor] == UInt8(ascii: "\r")
                {
                    cursor += 1
                    continue
                }
                let wordStart = cursor
                var key: UInt64 = 0
                while cursor < end, (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(bytes[cursor]) {
                    key = key &* 27 &+ UInt64(bytes[cursor] - UInt8(ascii: "a") + 1)
                    cursor += 1
                }
                let length = cursor - wordStart
                let separatorFollows =
                    cursor == end || bytes[cursor] == UInt8(ascii: " ") || bytes[cursor] == UInt8(ascii: "\t")
                    || bytes[cursor] == UInt8(ascii: "\r")
                guard length > 0, length <= 12, separatorFollows else {
                    throw PinyinTableError(
                        path: path, line: line,
                        message: "第 \(wordStart - index + 1) 列：读音只能由小写字母 a–z 组成（ü 写作 v）")
                }
                let syllable = intern(key, UnsafeBufferPointer(rebasing: bytes[wordStart..<cursor]))
                if !readings.contains(syllable) { readings.append(syllable) }
            }
            guard !readings.isEmpty else {
                throw PinyinTableError(
                    path: path, line: line, message: "码位 \(String(point, radix: 16, uppercase: true)) 缺少读音")
            }
            try add(point, readings: readings, line: line)
        }
    }

    func table() -> PinyinTable {
        let sorted = supplementary.sorted { $0.point < $1.point }
        return PinyinTable(
            syllables: syllables, tokenIndices: tokenIndices, bmp: bmp,
            supplementaryPoints: sorted.map(\.point), supplementaryEntries: sorted.map(\.entry))
    }

    private mutating func add(_ point: UInt32, readings: [UInt16], line: Int) throws(PinyinTableError) {
        let start = tokenIndices.count
        tokenIndices.append(contentsOf: readings)
        // Search spellings beyond the data: u for ü (lv → lu), then each reading's first letter.
        for reading in readings {
            if let spelling = PinyinSyllables.uSpelling(of: syllables[Int(reading)]) {
                let alternative = internString(spelling)
                if !tokenIndices[start...].contains(alternative) { tokenIndices.append(alternative) }
            }
        }
        for reading in readings {
            let initial = internString(String(syllables[Int(reading)].prefix(1)))
            if !tokenIndices[start...].contains(initial) { tokenIndices.append(initial) }
        }
        let tokens = tokenIndices.count - start
        guard readings.count < 256, tokens < 256, start < 1 << 40 else {
            throw PinyinTableError(path: path, line: line, message: "读音过多")
        }
        let entry = UInt64(start) << 16 | UInt64(readings.count) << 8 | UInt64(tokens)
        if point < 0x1_0000 {
            if bmp[Int(point)] != 0 {
                throw PinyinTableError(
                    path: path, line: line, message: "码位 \(String(point, radix: 16, uppercase: true)) 重复")
            }
            bmp[Int(point)] = entry
        } else {
            supplementary.append((point, entry))
        }
    }

    private mutating func intern(_ key: UInt64, _ bytes: UnsafeBufferPointer<UInt8>) -> UInt16 {
        if let index = syllableIndex[key] { return index }
        let index = UInt16(syllables.count)
        syllables.append(String(decoding: bytes, as: UTF8.self))
        syllableIndex[key] = index
        return index
    }

    private mutating func internString(_ syllable: String) -> UInt16 {
        let key = syllable.utf8.reduce(UInt64(0)) { $0 &* 27 &+ UInt64($1 - UInt8(ascii: "a") + 1) }
        return Array(syllable.utf8).withUnsafeBufferPointer { intern(key, $0) }
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        default: nil
        }
    }

    private static func isBlank(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Bool {
        bytes[start..<end].allSatisfy {
            $0 == UInt8(ascii: " ") || $0 == UInt8(ascii: "\t") || $0 == UInt8(ascii: "\r")
        }
    }
}
