/// A value in a station file or calendar that the planner cannot use.
///
/// The planner never sees files, so the error carries the offending text and a message in Chinese that says
/// what to write instead; the application layer prefixes `file:line:column`.
public struct PlannerValueError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The text as written, e.g. `"25:00"`.
    public var input: String
    /// What is wrong and what to write instead, in Simplified Chinese.
    public var message: String

    public init(input: String, message: String) {
        self.input = input
        self.message = message
    }

    public var description: String { "“\(input)”：\(message)" }
}
