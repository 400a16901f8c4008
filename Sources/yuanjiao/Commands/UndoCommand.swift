import ArgumentParser
import Yuanjiao

struct UndoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "undo",
        abstract: "撤销一条馆员变更（默认：最近一条还没撤销的）。",
        discussion: """
            撤销把这条变更涉及的每个资源恢复到改前的样子，本身也记为一条变更（可以再撤销，即恢复）。
            批量标注和导入整体撤销。若其中的资源之后又被改过，会拒绝并列出那些变更：请先撤销较新的。

            示例：
              yuanjiao undo          撤销最近一条
              yuanjiao undo 7        撤销变更 #7（编号见 yuanjiao history）
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("要撤销的变更编号，默认最近一条。", valueName: "变更编号"))
    var change: String?

    @Option(help: ArgumentHelp("记录的操作人，默认为登录名。", valueName: "姓名"))
    var by: String?

    @Flag(help: "以 JSON 输出撤销这条变更（供脚本使用）。")
    var json = false

    func run() throws {
        try reportingFailures {
            let target = try change.map { try resourceID($0, what: "变更编号") }
            let workspace = try global.openWorkspace()
            let undo = try workspace.undo(change: target, by: by)
            if json {
                try Terminal.printJSON(undo)
            } else {
                print("已撤销 #\(undo.undoes ?? 0)，记为变更 #\(undo.id)：")
                print(undo.text())
            }
        }
    }
}
