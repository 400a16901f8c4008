import Foundation

/// Writes RFC 4180 CSV the way Excel and WPS read it: a UTF-8 BOM, CRLF line ends, and quotes only
/// around fields that need them (commas, quotes, line breaks, spaces at either end). Every CSV that
/// Yuanjiao exports goes through here, so a cell that a spreadsheet would run as a formula is
/// neutralised once, the way OWASP recommends (CSV injection).
enum CSVWriter {
    static let byteOrderMark = "\u{FEFF}"

    /// What starts a formula in Excel, WPS or LibreOffice: `=`, `+`, `-`, `@`, and a tab or carriage
    /// return in front of one.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    static func line(_ fields: [String]) -> String {
        fields.map(field).joined(separator: ",") + "\r\n"
    }

    static func field(_ value: String) -> String {
        let value = neutralised(value)
        let needsQuotes = value.contains { $0 == "," || $0 == "\"" || $0.isNewline }
            || value.first?.isWhitespace == true || value.last?.isWhitespace == true
        guard needsQuotes else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A leading `'` makes the spreadsheet show the cell as text; a plain signed number (`-3`, `+1.5`)
    /// is left as it is, since it runs nothing and is meant as a number.
    static func neutralised(_ value: String) -> String {
        guard let first = value.first, formulaStarts.contains(first), !isPlainNumber(value) else { return value }
        return "'" + value
    }

    /// The value a neutralised cell stood for: what a reader of our own CSVs (a play log read back by
    /// `playlog import`) compares with the catalogue.
    static func restored(_ value: String) -> String {
        guard value.first == "'", let second = value.dropFirst().first, formulaStarts.contains(second) else { return value }
        return String(value.dropFirst())
    }

    private static func isPlainNumber(_ value: String) -> Bool {
        guard value.first == "-" || value.first == "+" else { return false }
        var digits = value.dropFirst()
        if digits.last == "%" { digits = digits.dropLast() }
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count) else { return false }
        return parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }
    }
}
