public import Catalogue
public import Foundation
import ChineseText

/// The librarian exchange sheet (`export-tags`, `import-tags`): UTF-8 CSV with a BOM so Excel and WPS
/// open it, RFC 4180 quoting, one row per resource with the columns below. In `topics`, `rejected` and
/// `tags` several values are separated by `|` (on import also by ； ; ， , 、). `audience` is written
/// as 党员/干部/群众/少儿. A text that Excel would run as a formula (starting with = + - @) is written
/// with a leading ' that the import removes again.
public enum TagSheet {
    public static let columns = ["fingerprint", "path", "title", "topics", "rejected", "tags", "audience", "series", "episode"]

    /// A bad row: the sheet's file and the line it starts on, and what to write instead.
    public struct RowProblem: Sendable, Equatable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var message: String
        public var description: String { "\(path):\(line): \(message)" }
    }

    public struct Parsed: Sendable {
        public var rows: [LibrarianImportRow]
        public var problems: [RowProblem]
    }

    public static func write(_ records: [LibrarianRecord]) -> String {
        var text = CSVWriter.byteOrderMark + CSVWriter.line(columns)
        for record in records {
            let state = record.state
            text += CSVWriter.line([
                record.fingerprint, record.path, guarded(record.title), state.topics.joined(separator: "|"),
                state.rejected.joined(separator: "|"), state.tags.map(guarded).joined(separator: "|"),
                state.audience?.label ?? "", guarded(state.series ?? ""), state.episode.map(String.init) ?? "",
            ])
        }
        return text
    }

    /// Reads a sheet. `replace`: each row's columns replace the resource's data (an empty cell clears it);
    /// otherwise they add to it (an empty cell changes nothing). `topics` resolves names like 法律法规.
    public static func parse(_ data: Data, path: String, replace: Bool, topics: [TopicLabel]) throws(TagSheetError) -> Parsed {
        let text = try decode(data, path: path)
        let reader = CSVReader(text)
        var problems = reader.problems.map { RowProblem(path: path, line: $0.line, message: $0.message) }
        guard let header = reader.records.first else {
            throw TagSheetError(path: path, message: "表格是空的：第一行应是表头 \(columns.joined(separator: ","))")
        }
        let names = header.fields.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        if let unknown = names.first(where: { !columns.contains($0) }) {
            throw TagSheetError(path: path, line: header.line, message: "未知的列「\(unknown)」：表头只能用 \(columns.joined(separator: ","))（列的顺序不限，不用的列可以删去）")
        }
        if let duplicate = names.first(where: { name in names.filter { $0 == name }.count > 1 }) {
            throw TagSheetError(path: path, line: header.line, message: "列「\(duplicate)」出现了两次")
        }
        guard names.contains("fingerprint") || names.contains("path") else {
            throw TagSheetError(path: path, line: header.line, message: "表头里要有 fingerprint 或 path 列，用来找到对应的课件")
        }
        var rows: [LibrarianImportRow] = []
        for record in reader.records.dropFirst() {
            guard record.fields.count == names.count else {
                problems.append(RowProblem(path: path, line: record.line, message: "这一行有 \(record.fields.count) 列，表头有 \(names.count) 列：含逗号的内容要用英文双引号括起来"))
                continue
            }
            var cells: [String: String] = [:]
            for (name, value) in zip(names, record.fields) { cells[name] = value.trimmingCharacters(in: .whitespaces) }
            switch row(cells, line: record.line, replace: replace, topics: topics) {
            case .success(let row): rows.append(row)
            case .failure(let message): problems.append(RowProblem(path: path, line: record.line, message: message.text))
            }
        }
        return Parsed(rows: rows, problems: problems.sorted { $0.line < $1.line })
    }

    private struct Message: Error { var text: String }

    private static func row(
        _ cells: [String: String], line: Int, replace: Bool, topics known: [TopicLabel]
    ) -> Result<LibrarianImportRow, Message> {
        let fingerprint = cells["fingerprint"].flatMap { $0.isEmpty ? nil : $0 }
        let path = cells["path"].flatMap { $0.isEmpty ? nil : $0 }
        guard fingerprint != nil || path != nil else {
            return .failure(Message(text: "fingerprint 和 path 都是空的：至少填一个，才能找到对应的课件"))
        }
        var edit = LibrarianEdit()
        for (column, isRejected) in [("topics", false), ("rejected", true)] {
            guard let cell = cells[column] else { continue }
            var ids: [String] = []
            for name in split(cell) {
                guard let id = TopicLabel.resolve(name, in: known) else {
                    return .failure(Message(text: "\(column) 列中的主题「\(name)」不存在。\(TopicLabel.listing(known))"))
                }
                ids.append(id)
            }
            if isRejected { edit.rejectTopics = ids } else { edit.confirmTopics = ids }
        }
        edit.replaceTopics = replace && cells["topics"] != nil
        edit.replaceRejected = replace && cells["rejected"] != nil
        if let cell = cells["tags"] {
            edit.addTags = split(cell).map(unguarded)
            edit.replaceTags = replace
        }
        if let cell = cells["audience"] {
            if cell.isEmpty {
                edit.audience = replace ? .clear : .keep
            } else if let audience = Audience(text: cell) {
                edit.audience = .set(audience)
            } else {
                return .failure(Message(text: "audience 列的「\(cell)」不是受众：请填 \(Audience.choices) 之一，或留空"))
            }
        }
        if let cell = cells["series"] {
            let name = unguarded(cell)
            edit.series = name.isEmpty ? (replace ? .clear : .keep) : .set(name)
        }
        if let cell = cells["episode"], !cell.isEmpty {
            guard let number = Int(cell), number >= 1 else {
                return .failure(Message(text: "episode 列的「\(cell)」不是集数：请填正整数，如 3"))
            }
            edit.episode = .set(number)
        }
        return .success(LibrarianImportRow(line: line, fingerprint: fingerprint, path: path, edit: edit))
    }

    /// UTF-8 is recognised by being valid UTF-8, with or without a BOM (LibreOffice and WPS save it without);
    /// anything else is read as GBK/GB18030, what Excel saves as “CSV” on a Chinese Windows. Only bytes that
    /// are neither are refused.
    static func decode(_ data: Data, path: String) throws(TagSheetError) -> String {
        var body = [UInt8](data)
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body.removeFirst(3) }
        if let text = String(validating: body, as: UTF8.self) { return text }
        if let text = try? LegacyText.decode(bytes: body, encoding: "GB18030") { return text }
        throw TagSheetError(path: path, message: """
            既不是 UTF-8 也不是 GBK 编码，无法读取。请在 Excel 中“另存为”选择「CSV UTF-8（逗号分隔）」，\
            或在 WPS、LibreOffice 中保存时选择 UTF-8 编码
            """)
    }

    private static let separators: Set<Character> = LibrarianEdit.tagSeparators

    private static func split(_ cell: String) -> [String] {
        cell.split(whereSeparator: { separators.contains($0) })
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    private static let formulaStarts = CSVWriter.formulaStarts

    /// A leading ' keeps Excel from running the text as a formula.
    private static func guarded(_ text: String) -> String {
        guard let first = text.first, formulaStarts.contains(first) else { return text }
        return "'" + text
    }

    private static func unguarded(_ text: String) -> String {
        guard text.first == "'", let second = text.dropFirst().first, formulaStarts.contains(second) else { return text }
        return String(text.dropFirst())
    }
}
