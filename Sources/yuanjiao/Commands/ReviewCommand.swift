import ArgumentParser
import Yuanjiao

struct ReviewCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "review",
        abstract: "待审核的课件：还没有确认主题的资源，最新的在前，附建议的主题和理由。",
        discussion: """
            建议来自节目单分类（节目单分类「法制」）、文件夹名（文件夹 法律法规/）、标题简介中的关键词
            （关键词「宪法」）和时令农事历（时令：水稻育秧（3–4月），见 Catalog/seasons.yaml）。
            确认后（yuanjiao tag 编号 --topic 主题）资源离开队列；文件缺失的资源不列出。

            示例：
              yuanjiao review
              yuanjiao review --limit 50
              yuanjiao review --json
              yuanjiao review --limit 50 --after 1234   （下一页：接着编号 1234 之后列出）
            """)

    @OptionGroup var global: GlobalOptions

    @Option(help: ArgumentHelp("最多列出多少个，默认 20。", valueName: "N"))
    var limit = 20

    @Option(help: ArgumentHelp("从这个编号之后接着列出（上一页最后一个的编号；JSON 中的 next）。", valueName: "编号"))
    var after: Int64?

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func run() throws {
        try reportingFailures {
            guard limit >= 1 else { throw YuanjiaoError(.usage, "--limit 必须是正整数，例如 --limit 50") }
            let workspace = try global.openWorkspaceReadOnly()
            let queue = try workspace.review(limit: limit, after: after)
            if json { try Terminal.printJSON(queue) } else { Terminal.output(queue.text(topicNames: workspace.topicLabels())) }
        }
    }
}
