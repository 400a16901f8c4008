import Foundation
import Testing

@Suite("yuanjiao review, tag, history, undo")
struct LibrarianCLITests {
    @Test("review --json: the DESIGN.md shape, newest first, suggestions with source and reason")
    func reviewJSON() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let review = try cli.json(["review", "--json", "--limit", "50"])
        let total = try #require(review["total"] as? Int)
        let items = try #require(review["items"] as? [[String: Any]])
        #expect(total == items.count && total >= 20)
        let formatter = ISO8601DateFormatter()
        let added = items.compactMap { ($0["added"] as? String).flatMap(formatter.date(from:)) }
        #expect(added.count == items.count)
        let ids = items.compactMap { $0["id"] as? Int }
        let order: [(added: Date, id: Int)] = Array(zip(added, ids))
        let newestFirst = order.sorted { a, b in a.added != b.added ? a.added > b.added : a.id > b.id }
        #expect(order.map(\.id) == newestFirst.map(\.id))
        for item in items {
            #expect(item["title"] is String && item["path"] is String)
            for suggestion in item["suggested"] as? [[String: Any]] ?? [] {
                #expect(["guide", "rule", "season"].contains(suggestion["source"] as? String ?? ""))
                #expect(suggestion["topic"] is String && !(suggestion["reason"] as? String ?? "").isEmpty)
            }
        }
        let rice = try #require(items.first { ($0["path"] as? String)?.hasSuffix("水稻育秧技术.mp4") == true })
        let reasons = (rice["suggested"] as? [[String: Any]] ?? []).compactMap { $0["reason"] as? String }
        #expect(reasons.contains("文件夹 农业科技/"))
        #expect(reasons.contains("时令：水稻育秧（3–4月）"))
        #expect(rice["months"] as? [Int] == [3, 4])

        let text = try cli.run(["review", "--limit", "3"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("待审核 \(total) 个资源") && text.stdout.contains("显示前 3 个"))
    }

    @Test("tag by id: topic, tags, audience, series; show and review reflect it; recorded as the login name")
    func tagByID() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let id = try cli.id("宪法", pathSuffix: "宪法宣传教育.mp3")
        let result = try cli.run(["tag", "\(id)", "--topic", "法律法规", "--tag", "普法", "--tag", "宪法日", "--audience", "党员",
                                  "--series", "宪法学习", "--episode", "2"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("已修改 1 个资源") && result.stdout.contains("yuanjiao undo"))
        let show = try cli.json(["show", "\(id)", "--json"])
        #expect(show["tags"] as? [String] == ["宪法日", "普法"])
        #expect(show["audience"] as? String == "party-member")
        #expect(show["series"] as? String == "宪法学习" && show["episode"] as? Int == 2)
        let topics = show["topics"] as? [[String: Any]] ?? []
        #expect(topics.first?["id"] as? String == "law" && topics.first?["source"] as? String == "librarian")
        #expect(topics.first?["confirmed"] as? Bool == true)
        let review = try cli.json(["review", "--json", "--limit", "100"])
        #expect(!((review["items"] as? [[String: Any]] ?? []).contains { $0["id"] as? Int == id }))
        let history = try cli.json(["history", "--json"])
        let change = try #require((history["changes"] as? [[String: Any]])?.first)
        #expect(change["by"] as? String == "测试馆员")
        #expect((change["items"] as? [[String: Any]])?.first?["resource"] as? Int == id)
        #expect(try cli.run(["tag", "\(id)", "--untag", "普法", "--by", "王馆员"]).status == 0)
        let last = try #require((try cli.json(["history", "\(id)", "--json"])["changes"] as? [[String: Any]])?.first)
        #expect(last["by"] as? String == "王馆员")
    }

    @Test("bad input: a clear message naming what to do, exit 2, nothing changed", arguments: [
        (["tag", "99999", "--topic", "law"], "没有编号为 99999 的资源"),
        (["tag", "1", "--topic", "lawz"], "未知的主题「lawz」。可用的主题：policy（政策理论）"),
        (["tag", "abc", "--topic", "law"], "「abc」不是资源编号"),
        (["tag", "--query", "", "--topic", "law"], "查询为空"),
        (["tag", "--query", "   ", "--topic", "law", "--yes"], "查询为空"),
        (["tag", "--query=-诈骗", "--topic", "law", "--yes"], "没有可查找的文字"),
        (["tag", "1", "--query", "法律", "--topic", "law"], "只能用一种"),
        (["tag", "--topic", "law"], "请给出资源编号"),
        (["tag", "1"], "没有要做的修改"),
        (["tag", "1", "--audience", "老人"], "不是受众：请用 党员、干部、群众、少儿 之一"),
        (["tag", "1", "--episode", "二"], "不是集数"),
        (["tag", "1", "--episode", "2"], "还不属于任何系列"),
        (["tag", "1", "--tag", "甲,乙"], "含有分隔符"),
        (["review", "--limit", "0"], "--limit 必须是正整数"),
        (["history", "99999"], "没有编号为 99999 的资源"),
        (["history", "--change", "42"], "没有编号为 #42 的变更"),
        (["undo", "42"], "没有编号为 #42 的变更"),
        (["undo", "x"], "不是变更编号"),
    ])
    func badInput(arguments: [String], message: String) throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let result = try cli.run(arguments)
        #expect(result.status == 2, "\(arguments): \(result.stderr)")
        #expect(result.stderr.contains(message), "\(arguments): \(result.stderr)")
        #expect((try cli.json(["history", "--json"])["changes"] as? [Any])?.isEmpty == true)
    }

    @Test("bulk by query: refused without a terminal unless --yes; with --yes every match changes, one change")
    func bulkWithoutTerminal() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let refused = try cli.run(["tag", "--query", "法律", "--topic", "law"])
        #expect(refused.status == 2)
        #expect(refused.stderr.contains("需要确认") && refused.stderr.contains("--yes"))
        #expect((try cli.json(["history", "--json"])["changes"] as? [Any])?.isEmpty == true)

        let matches = try cli.json(["search", "法律", "--json", "--limit", "1"])["total"] as? Int ?? 0
        #expect(matches > 1)
        let done = try cli.json(["tag", "--query", "法律", "--topic", "law", "--tag", "普法", "--yes", "--json"])
        #expect(done["matched"] as? Int == matches && done["changed"] as? Int == matches)
        let history = try cli.json(["history", "--json"])["changes"] as? [[String: Any]] ?? []
        #expect(history.count == 1 && history.first?["resources"] as? Int == matches)
        #expect(try cli.json(["search", "普法", "--json"])["total"] as? Int == matches)
    }

    @Test("bulk on a terminal: shows how many will change and asks; y applies, anything else cancels")
    func bulkOnTerminal() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let matches = try cli.json(["search", "宪法", "--json", "--limit", "1"])["total"] as? Int ?? 0
        let cancelled = try cli.runInTerminal(["tag", "--query", "宪法", "--tag", "测试标记甲"], input: "n\n")
        #expect(cancelled.status == 1, "\(cancelled.stdout)")
        #expect(cancelled.stdout.contains("将修改 \(matches) 个资源") && cancelled.stdout.contains("[y/N]"))
        #expect(cancelled.stdout.contains("已取消"))
        #expect(try cli.json(["search", "测试标记甲", "--json"])["total"] as? Int == 0)
        let confirmed = try cli.runInTerminal(["tag", "--query", "宪法", "--tag", "测试标记甲"], input: "y\n")
        #expect(confirmed.status == 0, "\(confirmed.stdout)")
        #expect(try cli.json(["search", "测试标记甲", "--json"])["total"] as? Int == matches)
    }

    @Test("undo: the last change by default, a bulk change as a whole, logged; then nothing left to undo")
    func undo() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        #expect(try cli.run(["tag", "--query", "法律", "--tag", "普法", "--yes"]).status == 0)
        let undone = try cli.json(["undo", "--json", "--by", "李馆员"])
        #expect(undone["kind"] as? String == "undo" && undone["undoes"] as? Int == 1 && undone["by"] as? String == "李馆员")
        #expect(try cli.json(["search", "普法", "--json"])["total"] as? Int == 0)
        let nothing = try cli.run(["undo"])
        #expect(nothing.status == 1 && nothing.stderr.contains("没有可以撤销的变更"))
        let again = try cli.run(["undo", "1"])
        #expect(again.status == 2 && again.stderr.contains("已经由 #2 撤销过了"))
        let redo = try cli.run(["undo", "2"])
        #expect(redo.status == 0 && redo.stdout.contains("已撤销 #2"))
        #expect((try cli.json(["search", "普法", "--json"])["total"] as? Int ?? 0) > 0)
        let text = try cli.run(["history"])
        #expect(text.stdout.contains("#1") && text.stdout.contains("（已由 #2 撤销）") && text.stdout.contains("李馆员"))
    }

    @Test("--help explains each librarian command with examples, in Chinese", arguments: [
        "review", "tag", "history", "undo", "export-tags", "import-tags",
    ])
    func help(command: String) throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        let result = try cli.run([command, "--help"])
        #expect(result.status == 0)
        #expect(result.stdout.contains("示例") && result.stdout.contains("yuanjiao \(command)"))
    }
}
