import ArgumentParser
import Foundation
import Yuanjiao

struct ImportTagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import-tags",
        abstract: "从 CSV 导入馆员标注（export-tags 的格式），整体记为一条变更，可撤销。",
        discussion: """
            文件须为 UTF-8 带 BOM（Excel：另存为「CSV UTF-8（逗号分隔）」）。每行先按 fingerprint、再按 path
            找到课件；找不到的行会列出但不算错误（别的县可能有本县没有的课件）。
            默认是合并：加上表中的主题和标记，空格子不改动。--replace：表中的列取代原有标注，空格子即清空。
            多个值用 | 分隔（也可用 ；、，）。主题可写编号（law）或名称（法律法规）。
            有错的行按“文件:行号: 原因”列出，其余照常导入；--strict 时只要有错的行就全部不导入。
            有错的行时退出码为 1。

            示例：
              yuanjiao import-tags 标注.csv --dry-run      先看会改什么
              yuanjiao import-tags 标注.csv
              yuanjiao import-tags 标注.csv --strict --by 张馆员
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("要导入的 CSV 文件。", valueName: "文件.csv"))
    var file: String

    @Flag(name: .customLong("dry-run"), help: "只报告会改什么，不写入。")
    var dryRun = false

    @Flag(help: "只要有一行有错，就全部不导入。")
    var strict = false

    @Flag(help: "表中的列取代原有标注（空格子即清空），而不是合并。")
    var replace = false

    @Option(help: ArgumentHelp("记录的操作人，默认为登录名。", valueName: "姓名"))
    var by: String?

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func run() throws {
        try reportingFailures {
            guard FileManager.default.fileExists(atPath: file) else {
                throw YuanjiaoError(.usage, "文件不存在：\(file)")
            }
            let workspace = try global.openWorkspace()
            let report = try workspace.importTags(
                from: URL(fileURLWithPath: file), dryRun: dryRun, strict: strict, replace: replace, by: by)
            if json { try Terminal.printJSON(report) } else { print(report.text) }
            if report.hasProblems { throw YuanjiaoError.reported(.job) }
        }
    }
}
