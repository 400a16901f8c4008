import Foundation
import Planner
import Yams

/// Typed values from nodes; each reader reports what is wrong at the node and returns nil, so the caller
/// keeps reading the rest of the file.
extension StationFileReader {
    mutating func report(_ message: String, at location: SourceLocation) {
        findings.append(Finding(at: location, message: message))
    }

    /// A scalar written as text; nil (reported) for an empty value, a list or a mapping.
    mutating func readText(_ node: Node, key: String, example: String) -> String? {
        guard let text = node.text, !node.isNull else {
            report(expectation(key, "文字", example: example, written: node), at: node.location)
            return nil
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else {
            report("\(key) 不能为空，例如 \(key): \(example)", at: node.location)
            return nil
        }
        return trimmed
    }

    mutating func readInt(_ node: Node, key: String, example: String) -> Located<Int>? {
        guard let text = node.text, !node.isNull, let value = Int(text.trimmingCharacters(in: .whitespaces)) else {
            report(expectation(key, "整数", example: example, written: node), at: node.location)
            return nil
        }
        return Located(value: value, at: node.location)
    }

    /// One value parsed by a Planner initialiser, whose message already says what to write instead.
    mutating func readValue<Value>(
        _ node: Node, key: String, example: String, parse: (String) throws(PlannerValueError) -> Value
    ) -> Located<Value>? {
        guard let text = readText(node, key: key, example: example) else { return nil }
        do {
            return Located(value: try parse(text), at: node.location)
        } catch {
            report(valueMessage(key, error), at: node.location)
            return nil
        }
    }

    /// A list (a single scalar counts as a list of one); each element parsed into one or more values.
    /// nil when any element is wrong, so a half-read list never replaces the inherited one.
    mutating func readList<Value>(
        _ node: Node, key: String, example: String, parse: (String) throws(PlannerValueError) -> [Value]
    ) -> Located<[Value]>? {
        let elements: [Node]
        switch node {
        case .sequence(let sequence): elements = Array(sequence)
        case .scalar where !node.isNull: elements = [node]
        default:
            report(expectation(key, "列表", example: example, written: node), at: node.location)
            return nil
        }
        var values: [Value] = []
        var locations: [SourceLocation] = []
        var failed = false
        for element in elements {
            guard let text = element.text, !element.isNull else {
                report(expectation(key, "列表，每项是文字", example: example, written: element), at: element.location)
                failed = true
                continue
            }
            do {
                let parsed = try parse(text)
                values += parsed
                locations += Array(repeating: element.location, count: parsed.count)
            } catch {
                report(valueMessage(key, error), at: element.location)
                failed = true
            }
        }
        return failed ? nil : Located(value: values, at: node.location, elements: locations)
    }

    /// `weekly_minutes 应为整数，例如 weekly_minutes: 120，这里写的是“两小时”`.
    func expectation(_ key: String, _ expected: String, example: String, written node: Node) -> String {
        guard !node.isNull else { return "\(key) 没有写值，例如 \(key): \(example)" }
        return "\(key) 应为\(expected)，例如 \(key): \(example)，这里写的是\(node.writtenDescription)"
    }

    /// `school_hours 的“25:00”有误：小时必须在 00–23 之间（24 小时制），例如 19:00`.
    func valueMessage(_ key: String, _ error: PlannerValueError) -> String {
        "\(key) 的“\(error.input)”有误：\(error.message)"
    }
}
