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
            let name = decode(key).lowercased()
            if tags[name] == nil {
                tags[name] = decode(value)
            }
        }
        return tags
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
