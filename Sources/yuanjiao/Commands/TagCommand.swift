import ArgumentParser
import Foundation
import Yuanjiao

#if canImport(Glibc)
import Glibc
#endif

struct TagCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tag",
        abstract: "馆员标注：确认或设定主题、移除主题、加减标记、受众、系列与集数；单个或按查询批量。",
        discussion: """
            主题可写编号或名称（law 或 法律法规）。--untopic 移除主题，并且以后重新扫描、导入节目单时不再建议它。
            馆员的标注不会被重新扫描、节目单导入或主题规则覆盖，文件移动、改名后仍然保留。
            每次 tag 记为一条变更（批量也只是一条），可用 yuanjiao history 查看、yuanjiao undo 撤销。
            --query 按全文检索选中全部匹配的资源（不只第一页），先显示将修改多少个并询问；脚本中请加 --yes。

            示例：
              yuanjiao tag 12 --topic law
              yuanjiao tag 12 13 --topic agritech --tag 水稻 --tag 春耕 --audience 群众
              yuanjiao tag 12 --untopic policy --untag 旧标记
              yuanjiao tag 21 --series 民法典与农民生活 --episode 2
              yuanjiao tag --query 民法典 --series 民法典与农民生活      集数从标题读出（上→1，下→3，第二讲→2）
              yuanjiao tag --query 水稻 --topic agritech --tag 春耕 --yes --by 张馆员
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("资源编号（可多个；见 search、review 的结果）。", valueName: "编号"))
    var ids: [String] = []

    @Option(help: ArgumentHelp("按全文检索批量标注全部匹配的资源，写法同 yuanjiao search。", valueName: "查询"))
    var query: String?

    @Option(name: .customLong("topic"), help: ArgumentHelp("设定或确认主题（可重复）。", valueName: "主题"))
    var topics: [String] = []

    @Option(name: .customLong("untopic"), help: ArgumentHelp("移除主题，且不再建议（可重复）。", valueName: "主题"))
    var untopics: [String] = []

    @Option(name: .customLong("tag"), help: ArgumentHelp("加上标记（可重复）。", valueName: "文字"))
    var tags: [String] = []

    @Option(name: .customLong("untag"), help: ArgumentHelp("去掉标记（可重复）。", valueName: "文字"))
    var untags: [String] = []

    @Option(help: ArgumentHelp("受众：党员、干部、群众或少儿。", valueName: "受众"))
    var audience: String?

    @Flag(name: .customLong("clear-audience"), help: "清除受众。")
    var clearAudience = false

    @Option(help: ArgumentHelp("系列名；不给 --episode 时从标题读出集数。", valueName: "名称"))
    var series: String?

    @Option(help: ArgumentHelp("集数（正整数）。", valueName: "N"))
    var episode: String?

    @Flag(name: .customLong("clear-series"), help: "清除系列与集数。")
    var clearSeries = false

    @Option(help: ArgumentHelp("记录的操作人，默认为登录名。", valueName: "姓名"))
    var by: String?

    @Flag(name: [.customShort("y"), .long], help: "批量修改时不询问，直接执行（脚本中使用）。")
    var yes = false

    @Flag(help: "以 JSON 输出结果（供脚本使用）。")
    var json = false

    func run() throws {
        try reportingFailures {
            let target = try self.target()
            let edit = try self.edit()
            let workspace = try global.openWorkspace()
            if case .query = target, !yes {
                let preview = try workspace.previewTag(target, edit: edit)
                guard !preview.changes.isEmpty else {
                    let outcome = TagOutcome(matched: preview.matched, changed: 0, change: nil, changes: [])
                    if json { try Terminal.printJSON(outcome) } else { print(outcome.text) }
                    return
                }
                try confirm(preview)
            }
            let outcome = try workspace.tag(target, edit: edit, by: by, summary: summary)
            if json { try Terminal.printJSON(outcome) } else { print(outcome.text) }
        }
    }

    private func target() throws -> TagTarget {
        if let query {
            guard ids.isEmpty else {
                throw YuanjiaoError(.usage, "资源编号和 --query 只能用一种：要么列出编号，要么用查询批量选中")
            }
            guard !query.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw YuanjiaoError(.usage, "查询为空：请在 --query 后写上关键词，例如 --query 水稻")
            }
            return .query(query)
        }
        guard !ids.isEmpty else {
            throw YuanjiaoError(.usage, "请给出资源编号（如 yuanjiao tag 12 --topic law），或用 --query 按关键词批量标注")
        }
        return .resources(try ids.map { try resourceID($0) })
    }

    private func edit() throws -> LibrarianEdit {
        var edit = LibrarianEdit(confirmTopics: topics, rejectTopics: untopics, addTags: tags, removeTags: untags)
        if let audience {
            guard !clearAudience else { throw YuanjiaoError(.usage, "--audience 和 --clear-audience 只能用一个") }
            guard let value = Audience(text: audience) else {
                throw YuanjiaoError(.usage, "「\(audience)」不是受众：请用 \(Audience.choices) 之一，例如 --audience 党员")
            }
            edit.audience = .set(value)
        } else if clearAudience {
            edit.audience = .clear
        }
        if clearSeries {
            guard series == nil, episode == nil else {
                throw YuanjiaoError(.usage, "--clear-series 不能和 --series、--episode 一起用")
            }
            edit.series = .clear
        } else if let series {
            edit.series = .set(series.trimmingCharacters(in: .whitespaces))
        }
        if let episode {
            guard let number = Int(episode), number >= 1 else {
                throw YuanjiaoError(.usage, "「\(episode)」不是集数：请给出正整数，例如 --episode 2")
            }
            edit.episode = .set(number)
        }
        return edit
    }

    /// Asks on the terminal; without one (a script, a pipe) the bulk change needs `--yes`.
    private func confirm(_ preview: TagPreview) throws {
        guard isatty(STDIN_FILENO) == 1 else {
            throw YuanjiaoError(
                .usage, "批量修改 \(preview.changes.count) 个资源需要确认，但当前没有终端可以询问。确认无误后加 --yes 再运行（可先去掉 --yes 在终端中查看将修改哪些）")
        }
        FileHandle.standardError.write(Data(preview.question.utf8))
        let answer = (readLine() ?? "").trimmingCharacters(in: .whitespaces).lowercased()
        guard ["y", "yes", "是", "好", "确定"].contains(answer) else {
            Terminal.standardError("已取消，未作任何修改。")
            throw YuanjiaoError.reported(.job)
        }
    }

    /// The command as typed, for the change log.
    private var summary: String {
        func quoted(_ text: String) -> String { text.contains(" ") || text.isEmpty ? "\"\(text)\"" : text }
        var parts = ["tag"]
        if let query { parts += ["--query", quoted(query)] } else { parts += ids }
        parts += topics.flatMap { ["--topic", $0] } + untopics.flatMap { ["--untopic", $0] }
        parts += tags.flatMap { ["--tag", quoted($0)] } + untags.flatMap { ["--untag", quoted($0)] }
        if let audience { parts += ["--audience", audience] }
        if clearAudience { parts.append("--clear-audience") }
        if let series { parts += ["--series", quoted(series)] }
        if let episode { parts += ["--episode", episode] }
        if clearSeries { parts.append("--clear-series") }
        return parts.joined(separator: " ")
    }
}
