import ArgumentParser
import Yuanjiao

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "按关键词查找课件。",
        discussion: """
            简体、繁体都能找到（農業 = 农业），也可以输入拼音或首字母（falv、nongye、flfg）。
            查询写法：
              法律 农业          两个词都要出现
              "民法典 农民"      整句查找
              法律 -诈骗         排除含"诈骗"的
              水稻 OR 柑橘       任一个词
              title:法律         只查标题（desc: 简介，tag: 标签与主题，file: 文件名）
            示例：
              yuanjiao search 法律
              yuanjiao search nongye --topic agritech --max 30
              yuanjiao search 水稻 --limit 5 --json
              yuanjiao search 合作社 --kind document   只查 PDF、EPUB、TXT 文档的正文
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("查找的关键词（可以不加引号；以 - 开头的词表示排除）。", valueName: "关键词"))
    var words: [String] = []

    var query: String { words.joined(separator: " ") }

    /// For `ArgumentRewriting.protectingQuery`: what is an option here, everything else is the query.
    static let optionsWithValues: Set<String> = ["--limit", "--topic", "--min", "--max", "--format", "--kind", "--catalog"]
    static let flags: Set<String> = ["--json", "-h", "--help"]

    @Option(help: ArgumentHelp("最多显示多少条，默认 20。", valueName: "N"))
    var limit = 20

    @Option(help: ArgumentHelp("只看这个主题的课件（如 law、agritech）。", valueName: "主题"))
    var topic: String?

    @Option(help: ArgumentHelp("最短时长（分钟）。", valueName: "分钟"))
    var min: Double?

    @Option(help: ArgumentHelp("最长时长（分钟）。", valueName: "分钟"))
    var max: Double?

    @Option(help: ArgumentHelp("只看这种格式（如 mp4、mpegts、mp3）。", valueName: "格式"))
    var format: String?

    @Option(help: ArgumentHelp("只看这类资源：video（视频）、audio（音频）或 document（文档：PDF、EPUB、TXT）。", valueName: "类别"))
    var kind: String?

    @Flag(help: "以 JSON 输出结果（供脚本使用）；匹配处用 <mark>…</mark> 标出。")
    var json = false

    func validate() throws {
        if limit < 1 { throw ValidationError("--limit 必须是正整数") }
        if let kind, !["video", "audio", "document"].contains(kind) {
            throw ValidationError("--kind 只能是 video、audio 或 document（收到「\(kind)」）")
        }
        if words.isEmpty { throw ValidationError("请给出查找的关键词，例如：yuanjiao search 法律") }
    }

    func run() throws {
        try reportingFailures {
            let workspace = try global.openWorkspaceReadOnly()
            let results = try workspace.search(
                query, topic: topic, minMinutes: min, maxMinutes: max, format: format, kind: kind, limit: limit)
            if json {
                try Terminal.printJSON(results)
            } else {
                Terminal.output(results.text(
                    highlight: Terminal.standardOutputIsTerminal ? .terminal : .brackets, topicNames: workspace.topicLabels()))
            }
        }
    }
}
