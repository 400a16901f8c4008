import ArgumentParser
import Foundation
import Yuanjiao

struct SurveyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "survey",
        abstract: "需求调查：导入群众想学的内容，查看各站点的需求和相应的主题权重。",
        subcommands: [SurveyShowCommand.self, SurveyImportCommand.self],
        defaultSubcommand: SurveyShowCommand.self)
}

struct SurveyShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "各站点近十二个月的需求调查：想学的内容、意见，以及 topics: survey 将采用的权重。",
        discussion: """
            站点文件中写 topics: survey 的站点，制定计划时按这里的权重安排内容（计划的说明中注明“按需求调查”）。

            示例：
              yuanjiao survey --stations stations.yaml
              yuanjiao survey --stations stations.yaml --month 2026-12 --json
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("站点文件。", valueName: "文件"))
    var stations: String

    @Option(help: ArgumentHelp("截至哪个月（含），默认本月。", valueName: "YYYY-MM"))
    var month: YearMonth?

    @Flag(help: "以 JSON 输出。")
    var json = false

    func run() throws {
        try reportingFailures {
            let workspace = try global.openWorkspaceReadOnly()
            let context = try workspace.planningContext(stationsFile: URL(fileURLWithPath: stations))
            let demand = try workspace.surveyDemand(context: context, month: month ?? Workspace.currentMonth(context))
            if json { try Terminal.printJSON(demand) } else { print(demand.text(topicNames: context.topicNames)) }
        }
    }
}

struct SurveyImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入填好的需求调查表（CSV，UTF-8 或 GBK）。",
        discussion: """
            表头：站点,姓名,想学的内容,意见（或 station,member,topics,comment），可加“月份”列；
            想学的内容写主题编号或中文名（见 Catalog/topics.yaml），多项用“、”分开。
            一个文件中只要有一行有错（未知主题、姓名为空、别的站点、还没到的月份），整份不导入，并按“文件:行号”列出，退出码为 1。
            同一人同一月再次导入：以新的为准。

            示例：
              yuanjiao survey import 需求调查-双桥村.csv --stations stations.yaml --month 2026-12
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("调查表 CSV 文件。", valueName: "文件.csv"))
    var files: [String]

    @Option(help: ArgumentHelp("站点文件。", valueName: "文件"))
    var stations: String

    @Option(help: ArgumentHelp("调查表没有“月份”列时记在哪个月，默认本月。", valueName: "YYYY-MM"))
    var month: YearMonth?

    @Option(help: ArgumentHelp("只接受这个站点的答卷（站点编号）。", valueName: "站点"))
    var station: String?

    @Option(help: ArgumentHelp("记录的操作人，默认为登录名。", valueName: "姓名"))
    var by: String?

    @Flag(help: "以 JSON 输出结果。")
    var json = false

    func run() throws {
        try reportingFailures {
            guard !files.isEmpty else { throw YuanjiaoError(.usage, "请给出至少一个调查表文件") }
            let workspace = try global.openWorkspace()
            let context = try workspace.planningContext(stationsFile: URL(fileURLWithPath: stations))
            let report = try workspace.importSurveys(
                files: files.map { URL(fileURLWithPath: $0) }, context: context, month: month, station: station, by: by)
            if json { try Terminal.printJSON(report) } else { print(report.text) }
            if report.hasProblems { throw YuanjiaoError.reported(.job) }
        }
    }
}
