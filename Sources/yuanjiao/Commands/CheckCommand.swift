import ArgumentParser
import Yuanjiao

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "按全部规则复查已保存的月计划；有违规时退出码为 1。",
        discussion: """
            复查不借用排课程序的代码：重新计算上课日（含调休）、上课时段、开放时段、回避日期，
            检查集中学习日数量、每周学习分钟数、开放日、不重复播放和时长是否装得下。

            示例：
              yuanjiao check --stations Samples/stations.yaml --month 2026-12
              yuanjiao check --stations 县站点.yaml --month 2026-12 --json
            """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var planning: PlanningOptions

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func run() throws {
        try reportingFailures {
            let month = planning.month
            let workspace = try global.openWorkspaceReadOnly()
            let context = try planning.context(workspace)
            let report = try workspace.check(context, month: month, stationIDs: planning.stationIDs)
            if json { try Terminal.printJSON(report) } else { print(report.text) }
            if !report.violations.isEmpty { throw ExitCode(1) }
        }
    }
}
