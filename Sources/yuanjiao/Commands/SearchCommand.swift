import ArgumentParser
import Yuanjiao

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "按关键词查找课件。",
        discussion: """
            示例：
              yuanjiao search 法律
              yuanjiao search 水稻 --limit 5 --json
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("查找的关键词。", valueName: "关键词"))
    var query: String

    @Option(help: ArgumentHelp("最多显示多少条，默认 20。", valueName: "N"))
    var limit = 20

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit 必须是正整数") }
    }

    func run() throws {
        try reportingFailures {
            let workspace = try global.openWorkspace()
            let results = try workspace.catalogue.search(query, limit: limit)
            if json { try Terminal.printJSON(results) } else { print(results.text) }
        }
    }
}
