import ArgumentParser
import Foundation
import Yuanjiao

struct AttendanceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "attendance",
        abstract: "学习签到（出勤）记录。",
        subcommands: [AttendanceImportCommand.self])
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
            if report.hasProblems { throw ExitCode(1) }
        }
    }
}
