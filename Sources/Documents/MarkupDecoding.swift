import ChineseText
import Foundation

/// EPUB members turned into UTF-8 before libxml2 sees them, so libxml2 never converts an encoding itself:
/// libxml2 2.9 reports conversion failures ("input conversion failed", "encoder error") through its
/// process-wide generic error function, which prints to stderr. Here a broken byte becomes U+FFFD and a warning.
enum MarkupDecoding {
    /// At most this many bad bytes are replaced one by one; the rest of a badly broken chapter is replaced as UTF-8.
    static let maxReplacements = 200

    /// The member as UTF-8 bytes (BOM dropped); `warnings` gains a line when bytes had to be replaced.
    static func utf8(_ bytes: [UInt8], name: String, warnings: inout [String]) -> [UInt8] {
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            return Array(LegacyText.decode(bytes: bytes).utf8)
        }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        let declared = declaredEncoding(body)
        let isUTF8 = declared.map { $0.uppercased().filter { $0.isLetter || $0.isNumber } == "UTF8" } ?? true
        if isUTF8, String(validating: body, as: UTF8.self) != nil { return Array(body) }
        if declared == nil, let text = try? LegacyText.decode(bytes: Array(body), encoding: "GB18030") {
            return Array(text.utf8)
        }
        let encoding = isUTF8 ? "UTF-8" : declared ?? "UTF-8"
        let (text, replaced) = lossy(Array(body), encoding: encoding)
        if replaced > 0 {
            warnings.append("\(name) 声明为 \(encoding) 编码，但有 \(replaced) 处字节不是有效的 \(encoding)，已替换为 �（该章可能有乱码）")
        }
        return Array(text.utf8)
    }

    /// `encoding="…"` of the XML declaration, if there is one.
    static func declaredEncoding(_ bytes: ArraySlice<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(256).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.range(of: "?>") else { return nil }
        let declaration = head[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : String(value)
    }

    /// Decodes in `encoding`, each byte that is not a character of it replaced by U+FFFD; returns the count replaced.
    static func lossy(_ bytes: [UInt8], encoding: String) -> (String, Int) {
        var text = ""
        var start = 0
        var replaced = 0
        while start < bytes.count {
            let rest = Array(bytes[start...])
            do {
                text += try LegacyText.decode(bytes: rest, encoding: encoding)
                return (text, replaced)
            } catch {
                guard error.kind != .unsupportedEncoding, replaced < maxReplacements, error.offset < rest.count else {
                    let remaining = String(decoding: rest, as: UTF8.self)
                    return (text + remaining, replaced + remaining.unicodeScalars.filter { $0 == "\u{FFFD}" }.count)
                }
                if error.offset > 0 {
                    let good = Array(rest[..<error.offset])
                    text += (try? LegacyText.decode(bytes: good, encoding: encoding)) ?? String(decoding: good, as: UTF8.self)
                }
                text += "\u{FFFD}"
                replaced += 1
                start += error.offset + 1
            }
        }
        return (text, replaced)
    }
}
