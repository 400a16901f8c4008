/// A value written in files and JSON as its text (`2026-12-05`, `19:00`, `08:00-11:50`): Codable through
/// `init(parsing:)` and `description`, so every such type reads and reports bad text the same way.
public protocol TextCodable: Codable, CustomStringConvertible {
    init(parsing text: String) throws(PlannerValueError)
}

extension TextCodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(parsing: text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
