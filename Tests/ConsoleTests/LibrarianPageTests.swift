import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

@Suite("Librarian pages")
struct LibrarianPageTests {
    @Test("search by pinyin highlights the matches and links each resource")
    func searchPinyin() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let page = try await librarian.get("/search?q=falv")
            #expect(page.status == .ok)
            #expect(page.text.contains("<mark>法律</mark>"))
            #expect(page.text.contains("href=\"/resources/"))
            let filtered = try await librarian.get("/search?q=falv&topic=agritech")
            #expect(filtered.text.contains("没有找到"))
        }
    }

    @Test("a query with nothing searchable is a Chinese message on the search page, not an error page")
    func badQuery() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let page = try await librarian.get("/search?q=%22%22")
            #expect(page.status == .ok)
            #expect(page.text.contains("class=\"error\""))
        }
    }

    @Test("confirming a suggestion takes the resource out of the queue and is recorded under the account")
    func confirmSuggestion() async throws {
        let fixture = try ConsoleFixture()
        let before = try fixture.workspace.review(limit: 100)
        let item = try #require(before.items.first { !$0.suggested.isEmpty })
        let topic = item.suggested[0].topic
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let queue = try await librarian.get("/review")
            #expect(queue.text.contains("/resources/\(item.id)/confirm"))
            let response = try await librarian.post("/resources/\(item.id)/confirm", ["topic": topic, "return": "/review"])
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/review")
        }
        let after = try fixture.workspace.review(limit: 100)
        #expect(!after.items.contains { $0.id == item.id })
        let change = try #require(try fixture.workspace.history().first)
        #expect(change.by == "lib")
        #expect(try fixture.workspace.details(id: item.id).topics.contains { $0.id == topic && $0.confirmed })
    }

    @Test("rejecting a suggestion, adding and removing tags")
    func rejectAndTags() async throws {
        let fixture = try ConsoleFixture()
        let item = try #require(try fixture.workspace.review(limit: 100).items.first { !$0.suggested.isEmpty })
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            _ = try await librarian.get("/resources/\(item.id)")
            #expect(try await librarian.post("/resources/\(item.id)/reject", ["topic": item.suggested[0].topic]).status == .seeOther)
            #expect(try await librarian.post("/resources/\(item.id)/tags", ["add": "普法、冬季"]).status == .seeOther)
            #expect(try fixture.workspace.details(id: item.id).tags.sorted() == ["冬季", "普法"])
            #expect(try await librarian.post("/resources/\(item.id)/tags", ["remove": "冬季"]).status == .seeOther)
            #expect(try fixture.workspace.details(id: item.id).tags == ["普法"])
            let empty = try await librarian.post("/resources/\(item.id)/tags", ["add": " "])
            #expect(empty.status == .badRequest)
            #expect(empty.text.contains("请填写要加的标记"))
            let missingTopic = try await librarian.post("/resources/\(item.id)/confirm", [:])
            #expect(missingTopic.status == .badRequest)
            #expect(missingTopic.text.contains("缺少主题"))
        }
    }

    @Test("an unknown resource id is a Chinese page, an unknown topic a Chinese message")
    func unknownIDs() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let page = try await librarian.get("/resources/99999")
            #expect(page.status == .badRequest)
            #expect(page.text.contains("没有编号为 99999 的资源"))
            _ = try await librarian.get("/review")
            let topic = try await librarian.post("/resources/9/confirm", ["topic": "no-such-topic"])
            #expect(topic.status == .badRequest)
            #expect(!topic.text.contains("Error"))
        }
    }

    @Test("resource page: metadata, topics with provenance, a player for browser formats, a note for others")
    func resourcePage() async throws {
        let fixture = try ConsoleFixture()
        let results = try fixture.workspace.search("falv", limit: 50).results
        let hit = try #require(results.first)
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let page = try await librarian.get("/resources/\(hit.id)")
            #expect(page.status == .ok)
            #expect(page.text.contains(HTML.escape(hit.title)))
            #expect(page.text.contains("<h2>主题</h2>"))
            #expect(page.text.contains("<video") || page.text.contains("浏览器不能直接播放"))
        }
    }

    @Test("bulk tag: the count is previewed, then applied, and undone from the history")
    func bulkAndUndo() async throws {
        let fixture = try ConsoleFixture()
        let expected = try fixture.workspace.search("falv", limit: 500).total
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let preview = try await librarian.get("/bulk?q=falv&tag=%E6%99%AE%E6%B3%95")
            #expect(preview.text.contains("匹配 <strong>\(expected)</strong> 个课件"))
            #expect(try fixture.workspace.history().isEmpty)
            let stale = try await librarian.post("/bulk", ["q": "falv", "tag": "普法", "expected": "\(expected + 1)"])
            #expect(stale.status == .badRequest)
            #expect(try fixture.workspace.history().isEmpty)
            let done = try await librarian.post("/bulk", ["q": "falv", "tag": "普法", "expected": "\(expected)"])
            #expect(done.status == .ok)
            #expect(done.text.contains("匹配 \(expected) 个"))
            let change = try #require(try fixture.workspace.history().first)
            let history = try await librarian.get("/history")
            #expect(history.text.contains("/history/\(change.id)/undo"))
            #expect(try await librarian.post("/history/\(change.id)/undo", [:]).status == .seeOther)
            #expect(try fixture.workspace.history().first?.kind == .undo)
            let again = try await librarian.post("/history/\(change.id)/undo", [:])
            #expect(again.status != .seeOther)
        }
    }

    @Test("titles are escaped: courseware text cannot inject markup")
    func escaping() {
        let html: HTML = "<td>\("<script>alert('x')</script>")</td>"
        #expect(html.source == "<td>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</td>")
        let snippet = HTML.highlighted("a<b><mark>法律</mark>&", markStart: "<mark>", markEnd: "</mark>")
        #expect(snippet.source == "a&lt;b&gt;<mark>法律</mark>&amp;")
        let unclosed = HTML.highlighted("<mark>x<i>", markStart: "<mark>", markEnd: "</mark>")
        #expect(!unclosed.source.contains("<i>"))
    }

    @Test("byte ranges for the media preview")
    func byteRanges() {
        #expect(MediaPreview.byteRange("bytes=0-99", size: 1000)! == (0, 99))
        #expect(MediaPreview.byteRange("bytes=900-", size: 1000)! == (900, 999))
        #expect(MediaPreview.byteRange("bytes=-100", size: 1000)! == (900, 999))
        #expect(MediaPreview.byteRange("bytes=990-2000", size: 1000)! == (990, 999))
        #expect(MediaPreview.byteRange("bytes=1000-", size: 1000) == nil)
        #expect(MediaPreview.byteRange("bytes=5-1", size: 1000) == nil)
        #expect(MediaPreview.byteRange("bytes=0-1,5-6", size: 1000) == nil)
        #expect(MediaPreview.byteRange("items=0-1", size: 1000) == nil)
    }

    @Test("the media route answers range requests with 206")
    func mediaRange() async throws {
        let fixture = try ConsoleFixture()
        let playable = try #require(
            try fixture.workspace.search("水稻育秧技术", limit: 10).results.first { $0.path.hasSuffix(".mp4") }, "the samples have an MP4")
        try await fixture.test { client in
            let librarian = try await Browser.signedIn("lib", client: client)
            let response = try await client.execute(
                uri: "/resources/\(playable.id)/media", method: .get, headers: [.cookie: librarian.cookie, .range: "bytes=0-9"])
            #expect(response.status == .partialContent)
            #expect(response.body.readableBytes == 10)
            #expect(response.headers[.contentRange]?.hasPrefix("bytes 0-9/") == true)
        }
    }
}
