import Foundation

/// Writes RFC 4180 CSV the way Excel and WPS read it: a UTF-8 BOM, CRLF line ends, and quotes only
/// around fields that need them (commas, quotes, line breaks, spaces at either end).
enum CSVWriter {
    static let byteOrderMark = "\u{FEFF}"

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
