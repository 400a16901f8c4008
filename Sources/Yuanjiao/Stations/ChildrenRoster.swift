import Foundation
import Planner

/// A station's 快乐园 roster: a CSV beside the station file (path relative to it) with columns 姓名,出生日期,年级
/// (or name,birth_date,grade), UTF-8 with or without BOM, or GBK, as a village keeps it in a spreadsheet.
/// A minor's personal data: read here for that station's bundle and pages, never copied into the catalogue.
enum ChildrenRoster {
    struct Line {
        var line: Int
        var message: String
    }

    struct Outcome {
        var children: [Child] = []
        var problems: [Line] = []
        /// Not errors: the same name twice with different birth dates (kept apart by the date).
        var warnings: [Line] = []
    }

    static let aliases = ["name": ["name", "姓名"], "birth": ["birth_date", "birthdate", "出生日期", "生日"], "grade": ["grade", "年级"]]

    static func read(_ url: URL) -> Outcome {
        var outcome = Outcome()
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let data = FileManager.default.contents(atPath: url.path)
        else {
            outcome.problems.append(Line(line: 0, message: "找不到孩子名单文件（或无法读取）：请检查 roster 的路径，它相对于站点文件所在的文件夹"))
            return outcome
        }
        let text: String
        do {
            text = try TagSheet.decode(data, path: url.relativePath)
        } catch {
            outcome.problems.append(Line(line: 0, message: error.message))
            return outcome
        }
        return parse(text)
    }

    static func parse(_ text: String) -> Outcome {
        var outcome = Outcome()
        let reader = CSVReader(text)
        outcome.problems = reader.problems.map { Line(line: $0.line, message: $0.message) }
        guard let header = reader.records.first else {
            outcome.problems.append(Line(line: 1, message: "孩子名单是空的：第一行写 姓名,出生日期,年级，每个孩子一行"))
            return outcome
        }
        var columns: [String: Int] = [:]
        for (index, title) in header.fields.enumerated() {
            let cleaned = title.trimmingCharacters(in: .whitespaces).lowercased()
            if let key = aliases.first(where: { $0.value.contains(cleaned) })?.key { columns[key] = index }
        }
        guard let nameColumn = columns["name"], let birthColumn = columns["birth"] else {
            outcome.problems.append(Line(line: header.line, message: "第一行要有 姓名 和 出生日期 两列（年级可选），例如 姓名,出生日期,年级"))
            return outcome
        }
        var firstLine: [String: Int] = [:]
        var byName: [String: Int] = [:]
        for record in reader.records.dropFirst() {
            func cell(_ index: Int?) -> String {
                guard let index, index < record.fields.count else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespaces)
            }
            let name = cell(nameColumn)
            guard !name.isEmpty else {
                outcome.problems.append(Line(line: record.line, message: "姓名是空的：每行写一个孩子，例如 王小明,2016-03-02,四年级"))
                continue
            }
            let written = cell(birthColumn)
            guard let birth = birthDate(written) else {
                outcome.problems.append(
                    Line(line: record.line, message: "\(name) 的出生日期“\(written)”不是真实的日期：应写成 YYYY-MM-DD，例如 2016-03-02"))
                continue
            }
            let key = "\(name)|\(birth)"
            if let line = firstLine[key] {
                outcome.problems.append(Line(line: record.line, message: "\(name)（\(birth)）重复：第 \(line) 行已经有这个孩子，请删去一行"))
                continue
            }
            firstLine[key] = record.line
            if let line = byName[name] {
                outcome.warnings.append(
                    Line(line: record.line, message: "\(name) 与第 \(line) 行重名，出生日期不同，按两个孩子安排（名单上注明出生日期以区分）"))
            } else {
                byName[name] = record.line
            }
            outcome.children.append(Child(name: name, birthDate: birth, grade: cell(columns["grade"])))
        }
        return outcome
    }

    /// `2016-03-02`, `2016/3/2` or `2016.3.2`; nil for anything else or a day that does not exist (2027-02-30).
    static func birthDate(_ text: String) -> LocalDate? {
        let parts = text.split(whereSeparator: { $0 == "-" || $0 == "/" || $0 == "." })
        guard parts.count == 3, let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        return try? LocalDate(year: year, month: month, day: day)
    }
}
