import ArgumentParser
import Foundation
import Yuanjiao

/// `yuanjiao stations …`: tools for the county's station file.
struct StationsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stations",
        abstract: "站点文件（各站点的开放时间、上课时间、学期、主题等）的工具。",
        subcommands: [Check.self])

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "检查站点文件，一次列出所有问题（文件:行:列: 说明）。",
            discussion: """
                主题和节假日日历以 Catalog/ 中的 topics.yaml 和 calendars/ 为准；不需要目录文件。
                退出码：0 没有问题；2 有问题或文件无法读取。
                示例：
                  yuanjiao stations check Samples/stations.yaml
                  yuanjiao stations check 站点.yaml --json
                  yuanjiao stations check 站点.yaml --month 2027-01   # 也检查节假日日历是否包括该月
                """)

        @OptionGroup var global: GlobalOptions

        @Argument(help: ArgumentHelp("站点文件（YAML）。", valueName: "文件"))
        var file: String

        @Flag(help: "以 JSON 输出结果（供脚本使用）。")
        var json = false

        @Option(help: ArgumentHelp("也检查站点文件的节假日日历是否包括这个月份，如 2027-01。", valueName: "YYYY-MM"))
        var month: YearMonth?

        func run() throws {
            try reportingFailures {
                let report = try Workspace.checkStationFile(URL(fileURLWithPath: file), month: month)
                if json {
                    try Terminal.printJSON(report)
                } else if report.isValid {
                    print(report.text)
                } else {
                    Terminal.standardError(report.text)
                }
                if !report.isValid { throw YuanjiaoError.reported(.input) }
            }
        }
    }
}
