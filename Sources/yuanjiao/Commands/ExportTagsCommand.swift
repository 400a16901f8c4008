import ArgumentParser
import Foundation
import Yuanjiao

struct ExportTagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export-tags",
        abstract: "把馆员标注导出为 CSV（UTF-8 带 BOM，Excel、WPS 可直接打开）。",
        discussion: """
            列：fingerprint,path,title,topics,rejected,tags,audience,series,episode
              fingerprint  文件内容指纹（另一个县导入时靠它找到同一个课件，文件改名、换目录都不影响）
              topics       确认的主题编号；rejected 移除的主题；tags 标记 —— 多个值用 | 分隔
              audience     受众：党员、干部、群众、少儿
              series, episode  系列名与集数
            title 只供阅读，导入时不用。

            示例：
              yuanjiao export-tags 标注.csv
              yuanjiao export-tags 全部课件.csv --all     连同还没标注的课件一起导出，便于在表格里批量填写
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("写入的 CSV 文件（已存在则覆盖）。", valueName: "文件.csv"))
    var file: String

    @Flag(help: "导出全部课件，包括还没有任何标注的。")
    var all = false

    func run() throws {
        try reportingFailures {
            let workspace = try global.openWorkspaceReadOnly()
            let count = try workspace.exportTags(to: URL(fileURLWithPath: file), includeUntagged: all)
            print("已导出 \(count) 个课件的标注到 \(file)。")
        }
    }
}
