import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import Yuanjiao
@testable import Console

/// Every route the router has, against every role: the table below must name each one, so a new route
/// without a rule fails here. A refused role gets 401/403 from the group's policy before the handler
/// runs; an allowed one reaches the handler (for a POST sent without its CSRF token: the CSRF refusal).
@Suite("Authorisation: every registered route × every role")
struct RouteRoleTableTests {
    enum Access: Sendable { case open, signedIn, staff, admin, ownStation, adminOrStation }
    enum Who: String, CaseIterable, Sendable { case anonymous, admin, lib, wang }

    /// "METHOD path-as-registered" → who may use it.
    static let table: [String: Access] = [
        "GET /": .open, "GET /login": .open, "POST /login": .open,
        "GET /static/console.css": .open, "GET /static/console.js": .open,
        "POST /logout": .signedIn, "GET /account/password": .signedIn, "POST /account/password": .signedIn,
        "GET /search": .staff, "GET /resources/{id}": .staff, "GET /review": .staff, "GET /bulk": .staff,
        "POST /bulk": .staff, "GET /history": .staff, "POST /history/{id}/undo": .staff,
        "POST /resources/{id}/confirm": .staff, "POST /resources/{id}/reject": .staff, "POST /resources/{id}/tags": .staff,
        "GET /resources/{id}/media": .staff, "GET /resources/{id}/preview.png": .staff, "GET /resources/{id}/document": .staff, "GET /upcoming": .staff, "POST /rescan": .staff,
        "GET /api/search": .staff, "GET /api/resources/{id}": .staff, "GET /api/review": .staff, "GET /api/history": .staff,
        "GET /stations": .admin, "GET /month": .admin, "POST /month/plan": .admin, "GET /month/progress": .admin,
        "GET /users": .admin, "GET /report": .admin, "GET /api/check/{month}": .admin,
        "GET /api/plan/{month}": .adminOrStation,
        "GET /station/{station}": .ownStation, "GET /station/{station}/{month}/poster": .ownStation,
        "GET /station/{station}/{month}/signin": .ownStation, "GET /station/{station}/{month}/script": .ownStation,
        "GET /station/{station}/{month}/audio.wav": .ownStation, "GET /bundles/{station}/{file}": .ownStation,
        "GET /station/{station}/attendance": .ownStation, "POST /station/{station}/attendance": .ownStation,
        "GET /station/{station}/ratios.svg": .ownStation, "GET /guide.xml": .admin,
    ]

    /// Whether `who` may use a route of `access` whose station (if any) is `station`.
    static func allows(_ access: Access, _ who: Who, station: String) -> Bool {
        switch (access, who) {
        case (.open, _): true
        case (_, .anonymous): false
        case (.signedIn, _): true
        case (.staff, .admin), (.staff, .lib): true
        case (.admin, .admin), (.adminOrStation, .admin), (.adminOrStation, .wang), (.ownStation, .admin): true
        case (.ownStation, .wang): station == "shuangqiao"
        default: false
        }
    }

    /// The registered path with its parameters filled in.
    static func uri(_ path: String, station: String) -> String {
        path.replacingOccurrences(of: "{station}", with: station).replacingOccurrences(of: "{id}", with: "9")
            .replacingOccurrences(of: "{month}", with: "2026-12").replacingOccurrences(of: "{file}", with: "2026-12.zip")
    }

    @Test("the table names every registered route, and every rule in it is a registered route")
    func tableCoversRouter() throws {
        let fixture = try ConsoleFixture()
        let registered = Set(ConsoleServer.router(services: fixture.services, options: fixture.options, logger: Logger(label: "t"))
            .routes.map { "\($0.method) \($0.path)" })
        for route in registered.sorted() where Self.table[route] == nil {
            Issue.record("「\(route)」 has no rule in RouteRoleTableTests.table: put it in a route group and name it here")
        }
        for rule in Self.table.keys.sorted() where !registered.contains(rule) {
            Issue.record("「\(rule)」 is in the table but not registered")
        }
    }

    @Test("each role gets each registered route, or is refused by the group's policy with a Chinese page")
    func everyRouteEveryRole() async throws {
        let fixture = try ConsoleFixture(planned: true)
        let routes = ConsoleServer.router(services: fixture.services, options: fixture.options, logger: Logger(label: "t"))
            .routes.map { (method: "\($0.method)", path: "\($0.path)") }
        try await fixture.test { client in
            for who in Who.allCases {
                var browser = who == .anonymous ? Browser(client: client) : try await Browser.signedIn(who.rawValue, client: client)
                for route in routes {
                    let access = try #require(Self.table["\(route.method) \(route.path)"], "\(route.method) \(route.path)")
                    let stations = route.path.contains("{station}") ? ["shuangqiao", "longhe"] : ["shuangqiao"]
                    for station in stations {
                        let uri = Self.uri(route.path, station: station)
                        let page = route.method == "GET" ? try await browser.get(uri) : try await browser.post(uri, [:], csrf: "")
                        let label = "\(who) \(route.method) \(uri)"
                        let forbiddenText = uri.hasPrefix("/api/") ? "\"forbidden\"" : "不能打开这个页面"
                        if Self.allows(access, who, station: station) {
                            #expect(page.status != .unauthorized, "\(label) is let in")
                            #expect(!page.text.contains(forbiddenText), "\(label) is let in")
                            if route.method == "POST" { #expect(page.text.contains("表单已过期"), "\(label) reaches the CSRF check") }
                        } else if who == .anonymous {
                            #expect(page.status == .unauthorized, "\(label) asks to log in")
                        } else {
                            #expect(page.status == .forbidden, "\(label) is refused")
                            #expect(page.text.contains(forbiddenText), "\(label) says why")
                            #expect(!page.text.contains("<table"), "\(label) shows no data")
                        }
                    }
                }
            }
        }
    }
}
