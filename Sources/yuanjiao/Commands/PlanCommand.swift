import ArgumentParser
import Foundation
import Yuanjiao

struct PlanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "为站点排出一个月的学习计划（集中学习日、每周学习、开放日），并保存到目录。",
        discussion: """
            按站点文件的规则排课：不占用上课时间（含调休上班日），在开放时段内，避开回避日期；
            每月 \(2) 个集中学习日、每周不少于规定分钟数、每周一个开放日；按主题比例、农时、系列顺序选课，
            同一站点在 no_repeat_months 个月内不重复播放。做不到的规则会放宽并给出提示，不会悄悄失败。
            再次运行会替换这些站点该月的计划。

            每周按周一到周日整周计算：被月份切开的一周，相邻月份已保存计划中的学习时间计入该周；
            相邻月份还没有计划时才按天数折算（该周在本月的天数 ÷ 7 × 每周分钟数，向上取整到 15 分钟）。
            前后 no_repeat_months 个月内已保存的计划都不重复；重排会改变之后月份所依赖的内容时给出提示，
            加 --cascade 则依次重排之后已保存的月份。节假日日历不包括的月份不排（请先添加日历）。

            示例：
              yuanjiao plan --stations Samples/stations.yaml --month 2026-12
              yuanjiao plan --stations 县站点.yaml --month 2026-12 --station shuangqiao --out 下发
              yuanjiao plan --stations 县站点.yaml --month 2026-12 --out /media/U盘 --layout inside --with-courseware

            下发包里的播放列表用相对路径指向课件：默认课件文件夹“课件”与各站点文件夹并排（--layout beside），
            或放在每个站点文件夹里（--layout inside）。每个下发包里的 说明.txt 写明怎样复制。
            输出文件夹在排课前先检查；每个下发包先写到临时文件夹再整体换入，中断后重新运行即可。
              yuanjiao plan --stations 县站点.yaml --month 2026-12 --json
            --json 输出一个月的计划对象；加 --cascade 时输出数组：所问的月份在前，其后是依次重排的每个月份。
            """)

    @OptionGroup var global: GlobalOptions

    @OptionGroup var planning: PlanningOptions

    @OptionGroup var bundles: BundleFlags

    @Flag(name: .customLong("no-reasons"), help: "不显示每个课程的选择理由。")
    var noReasons = false

    @Flag(help: "以 JSON 输出计划（供脚本使用）。")
    var json = false

    @Flag(help: "排完这个月后，依次重排这些站点之后已保存的月份。")
    var cascade = false

    func run() throws {
        try reportingFailures {
            let month = planning.month
            let workspace = try global.openWorkspace()
            let context = try planning.context(workspace)
            let run = try workspace.runMonth(
                context, month: month, stationIDs: planning.stationIDs, plans: .planAnew(cascade: cascade), bundles: try bundles.target())
            let (plan, later, report) = (run.plan, run.later, run.bundles)
            if json {
                // With --cascade every month re-planned is printed: an array, the asked month first.
                if cascade { try Terminal.printJSON([plan] + later) } else { try Terminal.printJSON(plan) }
                report?.text.forEach(Terminal.standardError)
                if report?.failures.isEmpty == false { throw YuanjiaoError.reported(.job) }
                return
            }
            let stationsByID = Dictionary(uniqueKeysWithValues: context.stationFile.stations.map { ($0.id, $0) })
            for stationPlan in plan.stations {
                guard let station = stationsByID[stationPlan.id] else { continue }
                print(stationPlan.text(station: station, month: month, topicNames: context.topicNames, showReasons: !noReasons))
                print("")
            }
            let warnings = plan.stations.reduce(0) { $0 + $1.warnings.count }
            print("已保存 \(plan.stations.count) 个站点 \(month.chineseName)的计划" + (warnings > 0 ? "，共 \(warnings) 条提示。" : "。"))
            for plan in later {
                let count = plan.stations.reduce(0) { $0 + $1.warnings.count }
                print("已重排 \(plan.stations.count) 个站点 \(plan.month.chineseName)的计划" + (count > 0 ? "，共 \(count) 条提示。" : "。"))
            }
            report?.text.forEach { print($0) }
            if report?.failures.isEmpty == false { throw YuanjiaoError.reported(.job) }
        }
    }
}

/// The flags `plan` and `check` share, turned into the application layer's inputs.
struct PlanningOptions: ParsableArguments {
    @Option(help: ArgumentHelp("站点文件（YAML）。", valueName: "文件"))
    var stations: String

    @Option(help: ArgumentHelp("月份，如 2026-12。", valueName: "YYYY-MM"))
    var month: YearMonth

    @Option(name: .customLong("station"), help: ArgumentHelp("只处理这个站点（可重复给出）；默认全部站点。", valueName: "编号"))
    var stationIDs: [String] = []

    func context(_ workspace: Workspace) throws -> Workspace.PlanningContext { try PlanningInput.context(workspace, stations) }
}

/// The `--stations` value, as `plan`, `check` and `notice` read it.
enum PlanningInput {
    static func context(_ workspace: Workspace, _ stations: String) throws -> Workspace.PlanningContext {
        guard FileManager.default.fileExists(atPath: stations) else {
            throw YuanjiaoError(.usage, "站点文件不存在：\(stations)")
        }
        return try workspace.planningContext(stationsFile: URL(fileURLWithPath: stations))
    }
}
