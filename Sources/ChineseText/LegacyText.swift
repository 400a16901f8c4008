/// Text from older Chinese software: tags, subtitles and guides in GBK/GB18030 rather than UTF-8.
public enum LegacyText {
    /// Decodes tag bytes that may be UTF-8 or GBK/GB18030 (older Chinese courseware).
    ///
    /// Valid UTF-8 (a leading BOM dropped) stays UTF-8; bytes with a UTF-16 BOM are UTF-16; anything else is
    /// read as GB18030, a superset of GB2312 and GBK. Bytes that are none of these decode as UTF-8 with
    /// U+FFFD for the bad bytes, so a tag never makes a scan fail.
    public static func decode(bytes: [UInt8]) -> String {
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]),
            let text = try? decodeUTF16(bytes[...], declared: "UTF-16", littleEndian: nil)
        {
            return text
        }
        if let text = try? decode(bytes: bytes, iconvEncoding: "GB18030", declared: "GB18030") { return text }
        return String(decoding: body, as: UTF8.self)
    }

    /// Decodes bytes in a declared encoding (a guide's or a subtitle's `encoding=`): GB2312, GBK, CP936 and
    /// GB18030 all decode as GB18030; UTF-8 (BOM dropped); UTF-16, UTF-16LE, UTF-16BE (a BOM wins over the
    /// declared order; plain UTF-16 without BOM is guessed from where the zero bytes are); any other name
    /// iconv knows (BIG5, ISO-8859-1, WINDOWS-1252…).
    public static func decode(bytes: [UInt8], encoding: String) throws(LegacyTextError) -> String {
        let name = encoding.uppercased().filter { $0 != "-" && $0 != "_" && $0 != " " }
        switch name {
        case "GB2312", "GBK", "CP936", "GB18030", "EUCCN", "XGBK", "WINDOWS936", "MS936":
            return try decode(bytes: bytes, iconvEncoding: "GB18030", declared: encoding)
        case "UTF8":
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            if let text = String(validating: body, as: UTF8.self) { return text }
            return try decode(bytes: Array(body), iconvEncoding: "UTF-8", declared: encoding)
        case "UTF16": return try decodeUTF16(bytes[...], declared: encoding, littleEndian: nil)
        case "UTF16LE": return try decodeUTF16(bytes[...], declared: encoding, littleEndian: true)
        case "UTF16BE": return try decodeUTF16(bytes[...], declared: encoding, littleEndian: false)
        default: return try decode(bytes: bytes, iconvEncoding: encoding, declared: encoding)
        }
    }

    /// Undoes GBK bytes that a reader widened as Latin-1 (ID3v1, old RIFF INFO): "Å©ÒµÖªÊ¶" → "农业知识".
    /// Returns the input unchanged when it is not such a string.
    ///
    /// A candidate has every scalar ≤ U+00FF and at least one ≥ U+0080. Its bytes must decode as GB18030 into
    /// text with Chinese characters, and look like GBK rather than Latin-1: at least half of its two-byte
    /// characters have a trail byte ≥ 0x80 (as every GB2312 character has), or it holds a C1 control
    /// (U+0080–U+009F), which real Latin-1 text never does but GBK lead bytes often are. That keeps real
    /// Latin-1 words such as "Ångström" (Å followed by the ASCII n is also a valid GBK pair) as they are.
    public static func repairLatin1Mojibake(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.unicodeScalars.count)
        var highBytes = 0
        var controls = 0
        for scalar in text.unicodeScalars {
            guard scalar.value <= 0xFF else { return text }
            if scalar.value >= 0x80 { highBytes += 1 }
            if (0x80...0x9F).contains(scalar.value) { controls += 1 }
            bytes.append(UInt8(scalar.value))
        }
        guard highBytes > 0, controls > 0 || hasMostlyHighTrailBytes(bytes),
            let repaired = try? decode(bytes: bytes, iconvEncoding: "GB18030", declared: "GB18030"),
            repaired.unicodeScalars.contains(where: { ScalarClass.isHan($0.value) })
        else { return text }
        return repaired
    }

    private static func decode(bytes: [UInt8], iconvEncoding: String, declared: String) throws(LegacyTextError)
        -> String
    {
        let converter: IconvConverter
        do {
            converter = try IconvConverter(from: iconvEncoding)
        } catch {
            throw LegacyTextError(kind: error.kind, encoding: declared, offset: error.offset)
        }
        let result = bytes.withUnsafeBufferPointer { buffer in
            Result { () throws(LegacyTextError) in try converter.convert(buffer) }
        }
        do {
            return String(decoding: try result.get(), as: UTF8.self)
        } catch {
            throw LegacyTextError(kind: error.kind, encoding: declared, offset: error.offset)
        }
    }

    private static func decodeUTF16(_ bytes: ArraySlice<UInt8>, declared: String, littleEndian: Bool?)
        throws(LegacyTextError)
        -> String
    {
        var body = bytes
        var little = littleEndian
        if body.starts(with: [0xFF, 0xFE]) {
            little = true
            body = body.dropFirst(2)
        } else if body.starts(with: [0xFE, 0xFF]) {
            little = false
            body = body.dropFirst(2)
        }
        if little == nil {
            // No BOM: Chinese and ASCII text has its zero bytes on the high side of each unit.
            let pairs = stride(from: body.startIndex, to: body.endIndex - 1, by: 2)
            let zeroHigh = pairs.filter { body[$0 + 1] == 0 }.count
            let zeroLow = pairs.filter { body[$0] == 0 }.count
            little = zeroHigh >= zeroLow
        }
        guard body.count % 2 == 0 else {
            throw LegacyTextError(kind: .truncated, encoding: declared, offset: bytes.count - 1)
        }
        var units: [UInt16] = []
        units.reserveCapacity(body.count / 2)
        var index = body.startIndex
        while index < body.endIndex {
            let first = UInt16(body[index])
            let second = UInt16(body[index + 1])
            units.append(little == true ? second << 8 | first : first << 8 | second)
            index += 2
        }
        if let text = String(validating: units, as: UTF16.self) { return text }
        // Name the first unpaired surrogate.
        var offset = body.startIndex
        var iterator = units.makeIterator()
        var decoder = UTF16()
        while case .scalarValue(let scalar) = decoder.decode(&iterator) {
            offset += scalar.value > 0xFFFF ? 4 : 2
        }
        throw LegacyTextError(kind: .invalidBytes, encoding: declared, offset: offset)
    }

    /// At least half of the two-byte GB18030 characters in `bytes` have a trail byte ≥ 0x80.
    private static func hasMostlyHighTrailBytes(_ bytes: [UInt8]) -> Bool {
        var high = 0
        var low = 0
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            guard lead >= 0x81, lead <= 0xFE, index + 1 < bytes.count else {
                index += 1
                continue
            }
            let trail = bytes[index + 1]
            if trail >= 0x30, trail <= 0x39 {
                index += 4  // four-byte sequence
                high += 1
                continue
            }
            if trail >= 0x80 { high += 1 } else { low += 1 }
            index += 2
        }
        return high > 0 && high >= low
    }
}
