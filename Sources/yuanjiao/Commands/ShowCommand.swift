import ArgumentParser
import Yuanjiao

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "查看一个课件的详细信息：媒体流、标签、主题、排课记录。",
        discussion: "示例：yuanjiao show 12 --json")

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("课件编号（见 search 的结果）。", valueName: "编号"))
    var id: Int64

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func run() throws {
        try reportingFailures {
            let workspace = try global.openWorkspaceReadOnly()
            let details = try workspace.details(id: id)
            if json { try Terminal.printJSON(details) } else { Terminal.output(details.text) }
        }
    }
}
