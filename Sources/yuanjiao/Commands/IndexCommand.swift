import ArgumentParser
import Foundation
import Yuanjiao

struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "登记课件文件夹：读取媒体信息，写入目录。",
        discussion: """
            递归扫描每个文件夹。只读取新增或改动过的文件；移动或改名的文件保留原编号和馆员标注；
            找不到的文件标记为"缺失"，不会删除。损坏的文件列在"失败"中，其余照常登记，退出码仍为 0；
            给出的节目单读不了（不存在、是文件夹、不完整、不是 XMLTV）时列在"未能导入的节目单"中，退出码为 2。

            示例：
              yuanjiao index Samples/courseware
              yuanjiao index /mnt/卫星下载 --guide /mnt/卫星下载/节目预告.xml
              yuanjiao index /mnt/卫星下载 /mnt/网络下载 --jobs 2 --json

            节目单（--guide）：导入 XMLTV 节目预告（.xml 或 .xml.gz，没写时区的时间按北京时间），按文件名中的频道和时间、容器的 creation_time
            或标题把录像与节目对应起来；对应上的录像采用节目的标题、简介、分类和集数。
            主题建议来自节目分类、文件夹名（如 法律法规/）和标题简介中的关键词，待馆员确认。
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("要扫描的文件夹（可多个）。", valueName: "路径"))
    var paths: [String] = []

    @Option(name: .customLong("guide"), help: ArgumentHelp("同时导入的节目单（XMLTV），可重复给出。", valueName: "文件"))
    var guides: [String] = []

    @Option(help: ArgumentHelp("同时读取的文件数，默认为处理器核数。", valueName: "N"))
    var jobs: Int?

    @Flag(name: .customLong("rebuild-search"), help: "扫描后重建全文检索索引（索引损坏或升级后使用）。")
    var rebuildSearch = false

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func validate() throws {
        if paths.isEmpty && !rebuildSearch {
            throw ValidationError("请至少给出一个要扫描的文件夹，例如：yuanjiao index Samples/courseware")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs 必须是正整数") }
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("路径不存在：\(path)")
        }
    }

    func run() throws {
        try reportingFailures {
            let workspace = try global.openWorkspace()
            let showProgress = Terminal.standardErrorIsTerminal
            let report = try workspace.index(
                paths: paths, guides: guides, jobs: jobs, rebuildSearch: rebuildSearch,
                waiting: { Terminal.standardError("另一个登记任务正在进行，等待中…") },
                progress: { progress in if showProgress { Terminal.status(progress.statusLine) } })
            if showProgress { Terminal.clearStatus() }
            if rebuildSearch && !json { print("全文检索索引已重建。") }
            if json {
                try Terminal.printJSON(report)
            } else {
                Terminal.output(report.summaryText)
            }
            // Unreadable input: the contract's exit code 2, after everything else was indexed and reported.
            if !report.guides.isEmpty { throw YuanjiaoError.reported(.input) }
        }
    }
}
