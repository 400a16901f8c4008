import ArgumentParser
import Foundation
import Yuanjiao

struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "学习签到（出勤）记录。",
        subcommands: [AttendanceImportCommand.self, AttendanceEditCommand.self])
}

struct AttendanceImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入填好的签到表（从 WPS/Excel 导出的 CSV），记录每位成员的出勤。",
        discussion: """
            格式即签到表本身：表上方有“站点”“日期”两栏，表头为 序号,姓名,身份,小组,签名,到达时间；
            签名或到达时间有填写即为出勤（也可用“出勤”列，填 √、1、是）。UTF-8 或 GBK 均可。
            同一成员同一天再次导入：相同则不变，不同则更正并记入修改记录（谁、何时、改前改后）。
            不在成员名单中的姓名按“文件:行号”列出，计为非成员群众，退出码为 1；其余各行照常导入。

            示例：
              yuanjiao attendance import 签到表-12月5日.csv --stations stations.yaml
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("签到表 CSV 文件。", valueName: "文件.csv"))
    var files: [String]

    @Option(help: ArgumentHelp("站点文件（含成员名单，或旁边有 members.csv）。", valueName: "文件"))
    var stations: String

    @Option(help: ArgumentHelp("记录的操作人，默认为登录名。", valueName: "姓名"))
    var by: String?

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func run() throws {
        try reportingFailures {
            guard !files.isEmpty else { throw YuanjiaoError(.usage, "请给出至少一个签到表文件") }
            let workspace = try global.openWorkspace()
            let context = try workspace.planningContext(stationsFile: URL(fileURLWithPath: stations))
            let report = try workspace.importAttendance(files: files.map { URL(fileURLWithPath: $0) }, context: context, by: by)
            if json { try Terminal.printJSON(report) } else { print(report.text) }
            if report.hasProblems { throw YuanjiaoError.reported(.job) }
        }
    }
}

struct AttendanceEditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edit",
        abstract: "更正一次学习的出勤：某位成员到或没到，或非成员群众人数。",
        discussion: """
            记录只追加、不删除：改动了已有的记录时，谁、何时、改前改后都记入修改记录。
            成员须在站点名单中；非成员用 --visitors 记人数（只记人数，不记姓名）。

            示例：
              yuanjiao attendance edit --stations stations.yaml --station shuangqiao --date 2026-12-05 --member 张三 --present
              yuanjiao attendance edit --stations stations.yaml --station shuangqiao --date 2026-12-05 --visitors 6 --by 王站长
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("站点文件（含成员名单，或旁边有 members.csv）。", valueName: "文件"))
    var stations: String

    @Option(help: ArgumentHelp("站点编号或名称。", valueName: "站点"))
    var station: String

    @Option(help: ArgumentHelp("学习的日期。", valueName: "YYYY-MM-DD"))
    var date: String

    @Option(help: ArgumentHelp("成员姓名（与 --present 或 --absent 一起用）。", valueName: "姓名"))
    var member: String?

    @Flag(help: "该成员出勤。")
    var present = false

    @Flag(help: "该成员缺勤。")
    var absent = false

    @Option(help: ArgumentHelp("非成员群众人数。", valueName: "人数"))
    var visitors: Int?

    @Option(help: ArgumentHelp("记录的操作人，默认为登录名。", valueName: "姓名"))
    var by: String?

    func run() throws {
        try reportingFailures {
            guard let day = try? LocalDate(parsing: date) else {
                throw YuanjiaoError(.usage, "--date「\(date)」不是日期：请写成 YYYY-MM-DD，例如 2026-12-05")
            }
            var mark: (name: String, present: Bool)?
            if let member {
                guard present != absent else { throw YuanjiaoError(.usage, "请给出 --present（出勤）或 --absent（缺勤）其中一个") }
                mark = (member, present)
            } else if present || absent {
                throw YuanjiaoError(.usage, "--present / --absent 要和 --member 姓名 一起用")
            }
            let workspace = try global.openWorkspace()
            let context = try workspace.planningContext(stationsFile: URL(fileURLWithPath: stations))
            let outcome = try workspace.editAttendance(context: context, station: station, date: day, member: mark, visitors: visitors, by: by)
            print("出勤记录：新增 \(outcome.added) 条，未变 \(outcome.unchanged) 条，更正 \(outcome.changed) 条（更正已记入修改记录）。")
        }
    }
}
