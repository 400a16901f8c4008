import Yams

/// Why a reference-data YAML file could not be decoded, located by line like the station file's errors:
/// a syntax error where libyaml stopped, a missing key at its mapping, a wrong value at that value.
struct YAMLDecodingProblem {
    var line: Int
    var message: String

    init(_ error: any Error, text: String) {
        if let syntax = error as? YamlError {
            let finding = YAMLSyntaxFinding.finding(for: syntax, text: text)
            self.init(line: finding.at.line, message: finding.message)
            return
        }
        guard let decoding = error as? DecodingError else {
            self.init(line: 1, message: "内容无法读取")
            return
        }
        let root = (try? Yams.compose(yaml: text)) ?? nil
        switch decoding {
        case .keyNotFound(let key, let context):
            self.init(line: Self.line(of: context.codingPath, in: root), message: "\(Self.name(context.codingPath))缺少键 \(key.stringValue)")
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            self.init(line: Self.line(of: context.codingPath, in: root), message: "\(Self.name(context.codingPath))应为\(Self.kind(type))")
        case .dataCorrupted(let context):
            self.init(line: Self.line(of: context.codingPath, in: root), message: "\(Self.name(context.codingPath))的值无法读取")
        @unknown default:
            self.init(line: 1, message: "内容无法读取")
        }
    }

    private init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    /// The deepest node of the path that exists in the document; its line.
    private static func line(of path: [any CodingKey], in root: Node?) -> Int {
        guard var node = root else { return 1 }
        for key in path {
            let next: Node?
            if let index = key.intValue, let sequence = node.sequence {
                next = index < sequence.count ? sequence[index] : nil
            } else {
                next = node.mapping?[key.stringValue]
            }
            guard let next else { break }
            node = next
        }
        return node.mark?.line ?? 1
    }

    private static func name(_ path: [any CodingKey]) -> String {
        let words = path.map { key in key.intValue.map { "第 \($0 + 1) 项" } ?? key.stringValue }
        return words.isEmpty ? "" : words.joined(separator: " → ") + " "
    }

    private static func kind(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "文字"
        case is Int.Type, is Double.Type: "数字"
        case is Bool.Type: "true 或 false"
        default: type is any Collection.Type ? "列表或映射" : "另一种写法"
        }
    }
}
