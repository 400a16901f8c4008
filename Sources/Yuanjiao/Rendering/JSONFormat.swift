public import Foundation

/// The one JSON configuration of everything people and scripts read: `--json`, the console's API, and a
/// bundle's `manifest.json` and `plan.json`. Keys sorted (stable diffs), slashes unescaped (paths stay
/// readable), dates as ISO 8601, indented. Files end with a newline; standard output adds its own.
public enum JSONFormat {
    public static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return try encoder.encode(value)
    }

    /// `encode` with the newline a text file ends with.
    public static func fileData(_ value: some Encodable) throws -> Data {
        var data = try encode(value)
        data.append(UInt8(ascii: "\n"))
        return data
    }
}
