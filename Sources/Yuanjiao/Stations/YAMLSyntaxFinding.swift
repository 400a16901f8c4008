import Yams

/// A libyaml error as a located finding, its English problem explained in Chinese with what to write instead.
enum YAMLSyntaxFinding {
    static func finding(for error: YamlError, text: String) -> Finding {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            // libyaml stops where it gives up; the construct it was reading (an unclosed list or quote) may
            // start lines earlier.
            let start = context.flatMap { $0.mark.line == mark.line ? nil : "，从第 \($0.mark.line) 行第 \($0.mark.column) 列开始" } ?? ""
            return Finding(at: SourceLocation(mark), message: "YAML 格式有误：\(explain(problem))（\(problem)\(start)）")
        case .reader(let problem, let offset, _, _):
            return Finding(
                at: offset.map { location(ofUTF8Offset: $0, in: text) } ?? SourceLocation(line: 1, column: 1),
                message: "文件中有无法读取的字符（\(problem)），请把文件另存为 UTF-8 编码")
        case .duplicatedKeysInMapping(let duplicates, let context):
            let key = duplicates.first ?? ""
            let first = SourceLocation(context.mark)
            guard let second = repeatedKey(key, after: first, in: text) else {
                return Finding(at: first, message: "键 \(key) 在同一层写了两次，请删去一个")
            }
            return Finding(at: second, message: "键 \(key) 在同一层写了两次（第 \(first.line) 行已经写过），请删去一个")
        default:
            return Finding(at: SourceLocation(line: 1, column: 1), message: "YAML 格式有误：\(error)")
        }
    }

    private static let explanations: [(String, String)] = [
        ("mapping values are not allowed", "这里不能再出现“键: 值”：值里有冒号时请给整个值加引号，例如 \"18:30-21:30\"；也可能是这一行缩进不对"),
        ("did not find expected key", "缩进不对或缺少“键:”：同一层的键要左对齐，列表项以“- ”开头"),
        ("cannot start any token", "出现了不能开始一个值的字符：请用空格而不是 Tab 缩进；以 @ 或 ` 开头的值请加引号"),
        ("tab character", "不能用 Tab 缩进，请改用空格"),
        ("could not find expected ':'", "缺少冒号：键后面要写“: ”，例如 weekly_minutes: 120"),
        ("did not find expected ',' or ']'", "方括号列表没有闭合：请检查 [ ] 和逗号，例如 [\"08:00-11:50\", \"14:00-17:00\"]"),
        ("did not find expected ',' or '}'", "花括号没有闭合：请检查 { } 和逗号，例如 {policy: 1, law: 1}"),
        ("unexpected end of stream", "文件意外结束：有引号或括号没有闭合"),
        ("found unexpected end of", "文件意外结束：有引号或括号没有闭合"),
        ("did not find expected '-' indicator", "列表项的缩进不一致：每一项都以同样缩进的“- ”开头"),
        ("block sequence entries are not allowed", "这里不能开始列表：“- ”的缩进不对，或上一个键的冒号后已经写了值"),
        ("unknown escape character", "双引号里的反斜杠 \\ 用法不对：请改用单引号"),
        ("did not find expected node content", "这里缺少值"),
        ("undefined alias", "用到了没有定义的别名（*名称）"),
        ("did not find expected comment or line break", "值后面多了内容：引号内的值写完后只能接注释（# …）"),
    ]

    private static func explain(_ problem: String) -> String {
        explanations.first { problem.contains($0.0) }?.1 ?? "请检查这一行的缩进、冒号、引号和括号"
    }

    /// libyaml reports reader errors as a byte offset.
    private static func location(ofUTF8Offset offset: Int, in text: String) -> SourceLocation {
        var line = 1, column = 1, consumed = 0
        for scalar in text.unicodeScalars {
            guard consumed < offset else { break }
            consumed += String(scalar).utf8.count
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return SourceLocation(line: line, column: column)
    }

    /// Yams names only the first of two equal keys. The second one is the next `key:` at the same column
    /// (block style: nothing else of that mapping can come between) or later on the same line (flow style).
    private static func repeatedKey(_ key: String, after first: SourceLocation, in text: String) -> SourceLocation? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        guard first.line >= 1, first.line <= lines.count else { return nil }
        let pattern = Array("\(key):".unicodeScalars)
        func isKey(_ scalars: [Unicode.Scalar], at start: Int) -> Bool {
            start + pattern.count <= scalars.count && Array(scalars[start..<(start + pattern.count)]) == pattern
        }
        let sameLine = lines[first.line - 1]
        var column = first.column + pattern.count
        while column <= sameLine.count {
            if isKey(sameLine, at: column - 1), column >= 2, [",", "{", " "].contains(sameLine[column - 2]) {
                return SourceLocation(line: first.line, column: column)
            }
            column += 1
        }
        for index in first.line..<lines.count {
            let scalars = lines[index]
            guard scalars.count >= first.column, scalars[..<(first.column - 1)].allSatisfy({ $0 == " " || $0 == "-" })
            else { continue }
            if isKey(scalars, at: first.column - 1) { return SourceLocation(line: index + 1, column: first.column) }
        }
        return nil
    }
}
