import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

@Suite("Upcoming programmes, topic names, review pages")
struct UpcomingAndTopicNameTests {
    /// 2026-12-02 12:00 in Beijing: the sample guide's first day is over, its second and third are to come.
    static let noonDecember2 = Date(timeIntervalSince1970: 1_796_184_000)

    @Test("「即将播出」 lists guide programmes not recorded yet, to come, with channel, time and title")
    func upcomingPage() async throws {
        let fixture = try ConsoleFixture(now: Self.noonDecember2)
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let page = try await librarian.get("/upcoming")
            #expect(page.status == .ok)
            #expect(page.text.contains("即将播出"))
            #expect(page.text.contains("CCTV-7 农业农村"))
            #expect(page.text.contains("<td>2026-12-02</td><td>18:00–18:30</td>"))
            #expect(page.text.contains("每日农经"))
            #expect(page.text.contains("先锋新闻"))
            // Aired before noon on the 2nd, or recorded already (CCTV7_20261202_1930.ts): not listed.
            #expect(!page.text.contains("谁知盘中餐"))
            #expect(!page.text.contains("乡村法治课堂"))
            #expect(page.text.contains("href=\"/upcoming\""), "the navigation links the page")
        }
    }

    @Test("a search lists the guide programmes it matches that have no recording")
    func searchShowsProgrammes() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let page = try await librarian.get("/search?q=" + ("田间示范秀".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))
            #expect(page.text.contains("节目单中还没有录像的节目"))
            #expect(page.text.contains("田间示范秀"))
            #expect(page.text.contains("CCTV-7 农业农村"))
        }
    }

    @Test("every console page names topics in Chinese, never by id")
    func topicNames() async throws {
        let fixture = try ConsoleFixture(planned: true)
        let ids = try fixture.workspace.taxonomy().ids
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let law = try #require(try fixture.workspace.search("宪法", limit: 1).results.first?.id)
            _ = try await admin.get("/review")
            _ = try await admin.post("/resources/\(law)/confirm", ["topic": "law"])
            #expect(try await admin.post("/bulk", ["q": "falv", "topic": "policy"]).status == .ok)
            let pages = [
                "/search?q=falv", "/search?q=" + ("技术".addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""),
                "/review", "/resources/\(law)", "/month?m=2026-12", "/station/shuangqiao?m=2026-12", "/upcoming", "/history",
            ]
            var seen = Set<String>()
            for path in pages {
                let page = try await admin.get(path)
                #expect(page.status == .ok, "\(path)")
                let text = Self.visibleText(page.text)
                for id in ids {
                    #expect(text.range(of: "\\b\(id)\\b", options: .regularExpression) == nil, "\(path) shows the topic id \(id)")
                }
                for name in ["政策理论", "法律法规", "道德教育", "农业科技与实用技术"] where text.contains(name) { seen.insert(name) }
            }
            #expect(seen.count >= 3, "Chinese topic names shown: \(seen)")
        }
    }

    @Test("the review queue pages on by cursor: 下一页 continues after the last item, a bad cursor is a message")
    func reviewPages() async throws {
        let fixture = try ConsoleFixture()
        let all = try fixture.workspace.review().items.map(\.id)
        let first = try fixture.workspace.review(limit: 3)
        #expect(first.next == all[2])
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            let page = try await librarian.get("/review")
            #expect(page.text.contains("共 \(all.count) 个"))
            if all.count > 50 { #expect(page.text.contains("下一页")) }
            let second = try await librarian.get("/review?after=\(all[2])")
            #expect(second.status == .ok)
            #expect(second.text.contains("/resources/\(all[3])\""))
            #expect(!second.text.contains("/resources/\(all[2])\""))
            let api = try JSONSerialization.jsonObject(with: Data(try await librarian.get("/api/review?limit=3").bytes)) as? [String: Any]
            #expect((api?["next"] as? Int).map(Int64.init) == all[2])
            let bad = try await librarian.get("/review?after=abc")
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("重新开始"))
        }
    }

    /// The page's text as a reader sees it: tags, attribute values, scripts and styles removed.
    static func visibleText(_ html: String) -> String {
        html.replacingOccurrences(of: "<(script|style)[^>]*>[\\s\\S]*?</\\1>", with: " ", options: .regularExpression)
            .replacingOccurrences(of: "<[^>]+>", with: " ", options: .regularExpression)
    }
}
