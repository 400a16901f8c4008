import ArgumentParser
import Foundation
import Yuanjiao

struct PlayLogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "playlog",
        abstract: "站点播放记录（playlog-YYYY-MM.csv）。",
        subcommands: [PlayLogImportCommand.self])
}

struct PlayLogImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "导入站点的播放记录，并与计划逐项对照：已播放、部分播放、未播放、计划外。",
        discussion: """
            文件为 playlog-YYYY-MM.csv，表头 start,end,file,station（或 开始,结束,文件,站点），UTF-8 或 GBK；
            时间写成 2026-12-05 19:30 或 2026-12-05 19:30:00（县里的当地时间）。由 yuanjiao play 写入，也可照打印的表格手填。
            能找到文件时（站点电脑上的路径，或相对于播放记录所在文件夹的路径，或随回的下发包 manifest.json 中的路径）
            按内容指纹认定是哪个课件：改了名或挪了位置的同一课件照样对上，只是同名的其他文件不算；找不到时按文件名对照并注明。
            同一行重复导入不会重复记录。别的站点、别的月份、时间重叠、结束早于开始、目录中没有的文件：
            按“文件:行号: 原因”列出，这些行不导入，其余各行照常导入；有这样的行时退出码为 1。

            示例：
              yuanjiao playlog import 回收/shuangqiao/playlog-2026-12.csv
              yuanjiao playlog import 回收/*/playlog-2026-12.csv --json
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("播放记录文件。", valueName: "文件.csv"))
    var files: [String]

    @Option(help: ArgumentHelp("记录的操作人，默认为登录名。", valueName: "姓名"))
    var by: String?

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func run() throws {
        try reportingFailures {
            guard !files.isEmpty else { throw YuanjiaoError(.usage, "请给出至少一个播放记录文件，例如 playlog-2026-12.csv") }
            let workspace = try global.openWorkspace()
            let report = try workspace.importPlayLog(files: files.map { URL(fileURLWithPath: $0) }, by: by)
            if json { try Terminal.printJSON(report) } else { print(report.text) }
            if report.hasProblems { throw YuanjiaoError.reported(.job) }
        }
    }
}
