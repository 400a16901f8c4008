import Notices
import Yams

extension StationFileReader {
    /// `members:` of a station, for its sign-in sheets: a list whose items are either one line
    /// (`张三 党员 一组`) or a mapping (`{name: 张三, role: 党员, group: 一组}`).
    mutating func readMembers(_ node: Node) -> [Member] {
        guard case .sequence(let sequence) = node else {
            report("members 应为成员列表，例如 members: [\"张三 党员 一组\", \"李四 群众 二组\"]", at: node.location)
            return []
        }
        return sequence.compactMap { readMember($0) }
    }

    private mutating func readMember(_ node: Node) -> Member? {
        var member: Member
        switch node {
        case .scalar:
            guard let line = readText(node, key: "members", example: "张三 党员 一组") else { return nil }
            let parts = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "," || $0 == "，" || $0 == "、" })
                .map(String.init)
            guard parts.count <= 3 else {
                report("成员“\(line)”写成了 \(parts.count) 段：应为“姓名 身份 小组”，例如 张三 党员 一组", at: node.location)
                return nil
            }
            member = Member(name: parts[0], role: parts.count > 1 ? parts[1] : "", group: parts.count > 2 ? parts[2] : "")
        case .mapping(let mapping):
            member = Member(name: "")
            for (keyNode, value) in mapping {
                switch keyNode.text ?? "" {
                case "name": member.name = readText(value, key: "name", example: "张三") ?? ""
                case "role": member.role = readText(value, key: "role", example: "党员") ?? ""
                case "group": member.group = readText(value, key: "group", example: "一组") ?? ""
                case let key: report(StationFileKeys.unknownKeyMessage(key, allowed: ["name", "role", "group"], place: "成员中"), at: keyNode.location)
                }
            }
            guard !member.name.isEmpty else {
                report("成员缺少 name（姓名），例如 {name: 张三, role: 党员, group: 一组}", at: node.location)
                return nil
            }
        default:
            report("成员应为“姓名 身份 小组”或 {name: 张三, role: 党员}，这里写的是\(node.writtenDescription)", at: node.location)
            return nil
        }
        if let problem = MemberList.roleProblem(member.role) {
            report(problem, at: node.location)
            return nil
        }
        return member
    }
}
