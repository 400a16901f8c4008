import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

/// Every route against every role: who gets the page, who is refused with 401/403 and a Chinese page.
@Suite("Authorisation: role × route")
struct AuthorizationTests {
    enum Who: String, CaseIterable { case anonymous, admin, lib, wang }

    struct Rule: Sendable, CustomStringConvertible {
        var path: String
        /// The status for anonymous, admin, librarian, station (shuangqiao).
        var statuses: [HTTPResponse.Status]
        var description: String { path }
    }

    static let ok = HTTPResponse.Status.ok, no = HTTPResponse.Status.forbidden, out = HTTPResponse.Status.unauthorized
    /// The audio needs espeak-ng: without it an admin is told so (a failure of the job), never given data.
    static let speech = SpeechSynthesizer.locate() != nil ? ok : HTTPResponse.Status.unprocessableContent

    static let rules: [Rule] = [
        Rule(path: "/search?q=falv", statuses: [out, ok, ok, no]),
        Rule(path: "/resources/9", statuses: [out, ok, ok, no]),
        Rule(path: "/review", statuses: [out, ok, ok, no]),
        Rule(path: "/bulk?q=falv&tag=普法", statuses: [out, ok, ok, no]),
        Rule(path: "/history", statuses: [out, ok, ok, no]),
        Rule(path: "/review?after=1", statuses: [out, ok, ok, no]),
        Rule(path: "/upcoming", statuses: [out, ok, ok, no]),
        Rule(path: "/month/progress?m=2026-12", statuses: [out, ok, no, no]),
        Rule(path: "/stations", statuses: [out, ok, no, no]),
        Rule(path: "/month?m=2026-12", statuses: [out, ok, no, no]),
        Rule(path: "/users", statuses: [out, ok, no, no]),
        Rule(path: "/station/shuangqiao", statuses: [out, ok, no, ok]),
        Rule(path: "/station/longhe", statuses: [out, ok, no, no]),
        Rule(path: "/station/shuangqiao/2026-12/poster", statuses: [out, ok, no, ok]),
        Rule(path: "/station/shuangqiao/2026-12/signin", statuses: [out, ok, no, ok]),
        Rule(path: "/station/shuangqiao/2026-12/script", statuses: [out, ok, no, ok]),
        Rule(path: "/station/longhe/2026-12/poster", statuses: [out, ok, no, no]),
        Rule(path: "/station/longhe/2026-12/audio.wav", statuses: [out, speech, no, no]),
        Rule(path: "/bundles/shuangqiao/2026-12.zip", statuses: [out, ok, no, ok]),
        Rule(path: "/bundles/longhe/2026-12.zip", statuses: [out, ok, no, no]),
        Rule(path: "/api/search?q=falv", statuses: [out, ok, ok, no]),
        Rule(path: "/api/resources/9", statuses: [out, ok, ok, no]),
        Rule(path: "/api/review", statuses: [out, ok, ok, no]),
        Rule(path: "/api/history", statuses: [out, ok, ok, no]),
        Rule(path: "/api/plan/2026-12", statuses: [out, ok, no, ok]),
        Rule(path: "/api/check/2026-12", statuses: [out, ok, no, no]),
        Rule(path: "/report?m=2026-12", statuses: [out, ok, no, no]),
        Rule(path: "/station/shuangqiao/attendance?date=2026-12-05", statuses: [out, ok, no, ok]),
        Rule(path: "/station/longhe/attendance", statuses: [out, ok, no, no]),
        Rule(path: "/report?year=2026&format=csv", statuses: [out, ok, no, no]),
        Rule(path: "/station/shuangqiao/ratios.svg?m=2026-12", statuses: [out, ok, no, ok]),
        Rule(path: "/station/longhe/ratios.svg?m=2026-12", statuses: [out, ok, no, no]),
        Rule(path: "/guide.xml?m=2026-12", statuses: [out, ok, no, no]),
    ]

    @Test("every role against every GET route")
    func everyRoleEveryRoute() async throws {
        let fixture = try ConsoleFixture(planned: true)
        try await fixture.test { client in
            for (index, who) in Who.allCases.enumerated() {
                var browser = who == .anonymous ? Browser(client: client) : try await Browser.signedIn(who.rawValue, client: client)
                for rule in Self.rules {
                    let page = try await browser.get(rule.path)
                    let expected = rule.statuses[index]
                    #expect(page.status == expected, "\(who) GET \(rule.path)")
                    if expected != .ok {
                        if rule.path.hasPrefix("/api/") {
                            #expect(page.text.contains("\"error\""), "\(who) \(rule.path) answers a JSON error")
                            #expect(!page.text.contains("\"results\"") && !page.text.contains("\"stations\""))
                        } else {
                            #expect(page.text.contains(expected == .unauthorized ? "请先登录" : "不能打开这个页面"), "\(who) \(rule.path)")
                            #expect(!page.text.contains("<table"), "a refusal shows no data: \(who) \(rule.path)")
                        }
                    }
                }
            }
        }
    }

    @Test("writes are refused to roles that may not make them, and change nothing")
    func writesByRole() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var station = try await Browser.signedIn("wang", client: client)
            _ = try await station.get("/station/shuangqiao")
            #expect(try await station.post("/resources/9/confirm", ["topic": "law"]).status == .forbidden)
            #expect(try await station.post("/month/plan", ["m": "2026-12"]).status == .forbidden)
            #expect(try await station.post("/history/1/undo", [:]).status == .forbidden)
            var librarian = try await Browser.signedIn("lib", client: client)
            _ = try await librarian.get("/review")
            #expect(try await librarian.post("/month/plan", ["m": "2026-12"]).status == .forbidden)
            let anonymous = Browser(client: client)
            #expect(try await anonymous.post("/resources/9/tags", ["add": "x"]).status == .unauthorized)
        }
        #expect(try fixture.workspace.history().isEmpty)
        #expect(try fixture.workspace.storedPlan(station: "shuangqiao", month: .init(parsing: "2026-12")) == nil)
    }

    @Test("ids only: traversal in a path parameter finds nothing")
    func noTraversal() async throws {
        let fixture = try ConsoleFixture(planned: true)
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            for path in ["/station/..%2F..%2Fetc/2026-12/poster", "/bundles/..%2Fshuangqiao/2026-12.zip", "/resources/..%2F1", "/resources/-1"] {
                let page = try await admin.get(path)
                #expect(page.status == .notFound || page.status == .badRequest, "\(path)")
                #expect(!page.text.contains("root:"))
            }
        }
    }
}
