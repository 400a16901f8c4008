import ArgumentParser
import Foundation
import Yuanjiao

struct ReportCommand: ParsableCommand {
    enum Format: String, ExpressibleByArgument, CaseIterable { case text, html, csv, json }

    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "县级报表：各站点计划与实际对照（场次、每周学习时间、开放日、内容、出勤率，红黄绿）。",
        discussion: """
            根据已导入的播放记录（playlog import）和签到（attendance import）与存储的计划对照。
            没有收到播放记录的站点单列为“未收到播放记录”，不会当作 0。
            --year 给出整年（每月一行，并附全年成员出勤表）；成员姓名只在 --names 时列出，否则只列人数。
            --format csv 为 UTF-8 带 BOM，可直接用 WPS/Excel 打开。

            示例：
              yuanjiao report --stations stations.yaml --month 2026-12
              yuanjiao report --stations stations.yaml --year 2026 --names --format csv > 2026年出勤.csv
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("站点文件。", valueName: "文件"))
    var stations: String

    @Option(help: ArgumentHelp("月份，如 2026-12。", valueName: "YYYY-MM"))
    var month: YearMonth?

    @Option(help: ArgumentHelp("整年，如 2026。", valueName: "YYYY"))
    var year: Int?

    @Option(help: "输出格式：text、html（A4 打印）、csv 或 json。")
    var format: Format = .text

    @Flag(help: "列出成员姓名（个人信息，仅供本站点和县远程办使用）。")
    var names = false

    func run() throws {
        try reportingFailures {
            let months: [YearMonth]
            if let year {
                months = try (1...12).map { try YearMonth(year: year, month: $0) }
            } else if let month {
                months = [month]
            } else {
                throw YuanjiaoError(.usage, "请用 --month YYYY-MM 或 --year YYYY 指定报表的时间")
            }
            let workspace = try global.openWorkspaceReadOnly()
            let context = try workspace.planningContext(stationsFile: URL(fileURLWithPath: stations))
            let report = try workspace.countyReport(context: context, months: months, names: names)
            switch format {
            case .text: print(report.text)
            case .html: print(report.html, terminator: "")
            case .csv: FileHandle.standardOutput.write(Data(report.csv.utf8))
            case .json: try Terminal.printJSON(report)
            }
        }
    }
}
