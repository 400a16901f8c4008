import ArgumentParser
import Yuanjiao

struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "馆员修改记录：谁、何时、改了哪些资源、改前改后。",
        discussion: """
            每次 tag、import-tags、undo 记为一条变更（批量标注也只是一条），带编号，可用 yuanjiao undo 撤销。

            示例：
              yuanjiao history              最近 20 条变更
              yuanjiao history 12           资源 12 的全部变更
              yuanjiao history --change 7   变更 #7 涉及的全部资源
              yuanjiao history --json
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("只看这个资源的变更（资源编号）。", valueName: "编号"))
    var id: String?

    @Option(help: ArgumentHelp("只看这一条变更，列出它涉及的全部资源。", valueName: "变更编号"))
    var change: String?

    @Option(help: ArgumentHelp("最多列出多少条变更，默认 20。", valueName: "N"))
    var limit = 20

    @Flag(help: "以 JSON 输出结果（供脚本使用）：{\"changes\":[…]}。")
    var json = false

    private struct Output: Encodable {
        var changes: [LibrarianChange]
    }

    func run() throws {
        try reportingFailures {
            guard limit >= 1 else { throw YuanjiaoError(.usage, "--limit 必须是正整数，例如 --limit 50") }
            let resource = try id.map { try resourceID($0) }
            let workspace = try global.openWorkspaceReadOnly()
            let changes: [LibrarianChange]
            if let change {
                changes = [try workspace.change(try resourceID(change, what: "变更编号"))]
            } else {
                changes = try workspace.history(resource: resource, limit: limit, itemLimit: json ? nil : 10)
            }
            if json {
                try Terminal.printJSON(Output(changes: changes))
            } else {
                Terminal.output(LibrarianChange.text(changes, resource: resource, itemLimit: change == nil ? 10 : Int.max))
            }
        }
    }
}
