import ArgumentParser
import Yuanjiao

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "按全部规则复查已保存的月计划和内容；有未说明的违规时退出码为 1。",
        discussion: """
            复查不借用排课程序的代码：重新计算上课日（含调休）、上课时段、开放时段、回避日期，
            检查集中学习日数量、每周学习分钟数（跨月的一周连同相邻月份已保存的计划整周计算）、开放日、
            前后月份都不重复播放、时长是否装得下；还检查内容：空的或不够满的场次、主题比例、
            与目录不一致的课程（标题、时长、已删除、文件已不在磁盘上）、系列顺序。
            排课时已说明的放宽列为“已接受”，退出码仍为 0（加 --strict 则为 1）。

            示例：
              yuanjiao check --stations Samples/stations.yaml --month 2026-12
              yuanjiao check --stations 县站点.yaml --month 2026-12 --json
            """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var planning: PlanningOptions

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    @Option(name: .customLong("fill-ratio"), help: ArgumentHelp("场次内课程至少占满的比例（0–1），默认 0.8。", valueName: "比例"))
    var fillRatio: Double = ContentTolerance().fillRatio

    @Flag(help: "排课时已说明的放宽也算违规（退出码 1）。")
    var strict = false

    func run() throws {
        try reportingFailures {
            let month = planning.month
            let workspace = try global.openWorkspaceReadOnly()
            let context = try planning.context(workspace)
            guard fillRatio.isFinite, (0...1).contains(fillRatio) else {
                throw YuanjiaoError(.usage, "--fill-ratio 应为 0 到 1 之间的数，例如 0.8")
            }
            let report = try workspace.check(
                context, month: month, stationIDs: planning.stationIDs, tolerance: ContentTolerance(fillRatio: fillRatio))
            if json { try Terminal.printJSON(report) } else { print(report.text) }
            if !report.passed(strict: strict) { throw YuanjiaoError.reported(.job) }
        }
    }
}
