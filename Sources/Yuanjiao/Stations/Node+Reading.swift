import Yams

/// Reading station-file values from Yams nodes by their source text, so YAML 1.1 surprises
/// (`18:30` as a base-60 number, `no` as false, dates as timestamps) never reach the rules.
extension Node {
    var location: SourceLocation { SourceLocation(mark) }

    /// The scalar exactly as written (without quotes); nil for lists and mappings.
    var text: String? { scalar?.string }

    /// `key:` with nothing after it, `~` or `null`.
    var isNull: Bool { null != nil }

    /// How a message names what was written instead of the expected value.
    var writtenDescription: String {
        switch self {
        case .scalar(let scalar): return "“\(scalar.string)”"
        case .mapping: return "一组“键: 值”"
        case .sequence: return "一个列表"
        case .alias: return "一个别名"
        }
    }
}
