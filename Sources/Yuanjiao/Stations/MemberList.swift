import Foundation
import Notices

/// `members.csv` beside the station file: the members of its stations for the sign-in sheets, as a
/// village keeps them in a spreadsheet. Columns `station,name,role,group` (or 站点,姓名,身份,小组); the
/// station column may be left out when the file has one station. UTF-8 with or without BOM, or GBK.
enum MemberList {
    static let fileName = "members.csv"

    struct Problem {
        var line: Int
        var message: String
    }

    static func roleProblem(_ role: String) -> String? {
        guard !role.isEmpty, !Member.roles.contains(role) else { return nil }
        return "身份“\(role)”不认识：应为 \(Member.roles.joined(separator: "、")) 之一，或不写"
    }

    /// Members by station id, and every problem by line; nil when there is no such file.
    static func read(beside stationFile: URL, stationIDs: [String]) -> (members: [String: [Member]], problems: [Problem])? {
        let url = stationFile.deletingLastPathComponent().appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: url.path) else { return nil }
        let text: String
        do {
            text = try TagSheet.decode(data, path: url.path)
        } catch {
            return ([:], [Problem(line: 0, message: error.message)])
        }
        let reader = CSVReader(text)
        var problems = reader.problems.map { Problem(line: $0.line, message: $0.message) }
        guard let header = reader.records.first else { return ([:], problems) }
        let aliases = ["station": ["station", "站点"], "name": ["name", "姓名"], "role": ["role", "身份"], "group": ["group", "小组"]]
        var columns: [String: Int] = [:]
        for (index, title) in header.fields.enumerated() {
            let cleaned = title.trimmingCharacters(in: .whitespaces)
            if let key = aliases.first(where: { $0.value.contains(cleaned) })?.key { columns[key] = index }
        }
        guard let nameColumn = columns["name"] else {
            return ([:], problems + [Problem(line: header.line, message: "第一行要有 name（姓名）列，例如 station,name,role,group")])
        }
        if columns["station"] == nil && stationIDs.count != 1 {
            return ([:], problems + [Problem(line: header.line, message: "站点文件有多个站点，members.csv 要有 station（站点）列")])
        }
        var members: [String: [Member]] = [:]
        for record in reader.records.dropFirst() {
            func cell(_ key: String) -> String {
                guard let index = columns[key], index < record.fields.count else { return "" }
                return record.fields[index].trimmingCharacters(in: .whitespaces)
            }
            let station = columns["station"] == nil ? stationIDs[0] : cell("station")
            guard stationIDs.contains(station) else {
                problems.append(Problem(line: record.line, message: "站点文件中没有站点 \(station)"))
                continue
            }
            let member = Member(name: cell("name"), role: cell("role"), group: cell("group"))
            guard nameColumn < record.fields.count, !member.name.isEmpty else {
                problems.append(Problem(line: record.line, message: "姓名是空的"))
                continue
            }
            if let problem = roleProblem(member.role) {
                problems.append(Problem(line: record.line, message: problem))
                continue
            }
            members[station, default: []].append(member)
        }
        return (members, problems)
    }
}
