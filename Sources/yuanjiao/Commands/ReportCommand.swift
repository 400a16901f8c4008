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
            每个站点每月列出开机率、使用率、参学率、心得率（没有记录的写“—”，JSON 中为 null）；--year 另附全年指标。
            --behind 列出该月未达目标（站点文件 targets:）的站点、哪些指标、连续几个月。
            --members 给出成员的年度出勤与心得（评先评优），按出勤率排序；含姓名，仅供县远程办和本站点使用。

            示例：
              yuanjiao report --stations stations.yaml --month 2026-12
              yuanjiao report --stations stations.yaml --year 2026 --names --format csv > 2026年出勤.csv
              yuanjiao report --stations stations.yaml --month 2026-12 --behind --json
              yuanjiao report --stations stations.yaml --year 2026 --members --format html > 2026年成员考评.html
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

    @Flag(help: "列出未达目标的站点（开机率、使用率、参学率、心得率）及连续月数。")
    var behind = false

    @Flag(help: "成员年度考评表：每人出勤/应到场次与心得份数，按出勤排序（含姓名）。")
    var members = false

    @Flag(help: "输出 JSON（同 --format json）。")
    var json = false

    func run() throws {
        try reportingFailures {
            let period: Workspace.ReportRequest.Period
            if let year {
                period = .year(year)
            } else if let month {
                period = .month(month)
            } else {
                throw YuanjiaoError(.usage, "请用 --month YYYY-MM 或 --year YYYY 指定报表的时间")
            }
            let workspace = try global.openWorkspaceReadOnly()
            let context = try workspace.planningContext(stationsFile: URL(fileURLWithPath: stations))
            let format = json ? Format.json : format
            if behind {
                guard let month, year == nil else {
                    throw YuanjiaoError(.usage, "--behind 要和 --month YYYY-MM 一起用：按该月判断，并向前数连续月数")
                }
                let list = try workspace.behindList(context: context, month: month)
                if format == .json { try Terminal.printJSON(list) } else { print(list.text) }
                return
            }
            let report = try workspace.report(context, .init(period: period, names: names, membersOnly: members))
            switch format {
            case .text: print(report.text)
            case .html: print(report.html, terminator: "")
            case .csv: FileHandle.standardOutput.write(Data(report.csv.utf8))
            case .json: try Terminal.printJSON(report)
            }
        }
    }
}
