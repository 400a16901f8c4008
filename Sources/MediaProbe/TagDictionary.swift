import CAVFormat
import ChineseText

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Copies an `AVDictionary` (container, stream, programme or chapter metadata) into Swift strings.
enum TagDictionary {
    /// Keys are lower-cased because containers disagree (Matroska writes `TITLE`, mp4 `title`); when two keys
    /// fold together the first one libavformat lists wins.
    static func read(_ dictionary: OpaquePointer?) -> [String: String] {
        guard let dictionary, let library = try? LibAV.get() else { return [:] }
        var tags: [String: String] = [:]
        var previous: UnsafePointer<AVDictionaryEntry>? = nil
        while let entry = library.dictionaryGet(dictionary, "", previous, AV_DICT_IGNORE_SUFFIX) {
            previous = UnsafePointer(entry)
            guard let key = entry.pointee.key, let value = entry.pointee.value else { continue }
            let name = lowercasedKey(key)
            if tags[name] == nil {
                tags[name] = decode(value)
            }
        }
        return tags
    }

    /// A key in lower case. Keys are nearly always ASCII: those are lower-cased byte by byte into the new string,
    /// sparing `lowercased()`'s Unicode case mapping and its second string (≈ 1.5 % of bare-probe.c's CPU on the
    /// probing threads); any other key goes the general way, so the result is the same.
    static func lowercasedKey(_ cString: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeRawBufferPointer(start: cString, count: strlen(cString))
        guard !bytes.contains(where: { $0 >= 0x80 }) else { return decode(cString).lowercased() }
        return String(unsafeUninitializedCapacity: bytes.count) { buffer in
            for (index, byte) in bytes.enumerated() {
                buffer[index] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
            }
            return bytes.count
        }
    }

    /// libavformat hands tag values over as it found them: UTF-8, raw GBK bytes (ID3v1, AVI INFO), or GBK bytes
    /// widened one by one as if they were Latin-1 (ID3v2 frames marked ISO-8859-1). `LegacyText` sorts that out.
    static func decode(_ cString: UnsafePointer<CChar>) -> String {
        let bytes = UnsafeRawBufferPointer(start: cString, count: strlen(cString))
        // Plain ASCII (most keys and values) is the same in every one of those readings: no copy, no second pass.
        if !bytes.contains(where: { $0 >= 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return LegacyText.repairLatin1Mojibake(LegacyText.decode(bytes: Array(bytes)))
    }
}
