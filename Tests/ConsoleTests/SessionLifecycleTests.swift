import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import Yuanjiao
@testable import Console

/// Sessions come from hummingbird-auth over the catalogue: they survive a restart, and end with a
/// password change, the account's removal, a logout or a new login in the same browser.
@Suite("Session lifecycle")
struct SessionLifecycleTests {
    /// A second console over the same catalogue file, as after a restart.
    static func restarted(_ fixture: ConsoleFixture) throws -> some ApplicationProtocol {
        let data = CatalogData(directory: ConsoleFixture.repository.appendingPathComponent("Catalog"))
        let workspace = try Workspace(catalogPath: fixture.directory.appendingPathComponent("catalog.sqlite").path, data: data)
        let services = ConsoleServices(
            workspace: workspace, stationsFile: ConsoleFixture.stationsFile, watchFolders: [],
            loginLimiter: LoginLimiter(), rescans: RescanState())
        return Application(router: ConsoleServer.router(services: services, options: fixture.options, logger: Logger(label: "t")))
    }

    @Test("a restart of the console keeps the session; the catalogue holds only a digest of the cookie")
    func restartKeepsSession() async throws {
        let fixture = try ConsoleFixture()
        let cookie = try await fixture.test { client in
            let browser = try await Browser.signedIn("lib", client: client)
            return browser.cookie
        }
        #expect(cookie.hasPrefix("yj_session="))
        // The catalogue keeps a digest of the key, never the cookie itself (the file is copied between PCs).
        let value = Data(cookie.dropFirst("yj_session=".count).utf8)
        for suffix in ["", "-wal"] {
            let file = fixture.directory.appendingPathComponent("catalog.sqlite" + suffix)
            let bytes = (try? Data(contentsOf: file)) ?? Data()
            #expect(bytes.range(of: value) == nil, "catalog.sqlite\(suffix) holds the cookie's value")
        }
        let status = try await Self.restarted(fixture).test(.router) { client async throws -> HTTPResponse.Status in
            var browser = Browser(client: client, cookie: cookie)
            return try await browser.get("/review").status
        }
        #expect(status == .ok)
    }

    @Test("users passwd ends every session of that account and no other")
    func passwdEndsSessions() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var office = try await Browser.signedIn("lib", client: client)
            var home = try await Browser.signedIn("lib", client: client)
            var admin = try await Browser.signedIn("admin", client: client)
            let id = try #require(try fixture.workspace.account(named: "lib")?.id)
            #expect(try fixture.workspace.sessionCount(accountID: id) == 2)
            try fixture.workspace.changePassword(ofAccount: "lib", to: "another-secret", cost: 4)
            #expect(try await office.get("/review").status == .unauthorized)
            #expect(try await home.get("/review").status == .unauthorized)
            #expect(try await admin.get("/month").status == .ok)
            #expect(try fixture.workspace.sessionCount(accountID: id) == 0)
            var again = Browser(client: client)
            #expect(try await again.login("lib", password: "another-secret") == .seeOther)
        }
    }

    @Test("the console's password page checks the old password, then ends every session of the account")
    func passwordPage() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var other = try await Browser.signedIn("wang", client: client)
            var browser = try await Browser.signedIn("wang", client: client)
            _ = try await browser.get("/account/password")
            let wrong = try await browser.post("/account/password", ["current": "not-it-at-all", "new": "new-secret-9", "confirm": "new-secret-9"])
            #expect(wrong.status == .unauthorized)
            #expect(wrong.text.contains("原密码不对"))
            let mismatch = try await browser.post("/account/password", ["current": ConsoleFixture.passwords["wang"]!, "new": "new-secret-9", "confirm": "new-secret-8"])
            #expect(mismatch.status == .badRequest)
            let short = try await browser.post("/account/password", ["current": ConsoleFixture.passwords["wang"]!, "new": "short", "confirm": "short"])
            #expect(short.status == .badRequest)
            #expect(short.text.contains("至少要 8 个字符"))
            #expect(try await other.get("/station/shuangqiao").status == .ok)
            let done = try await browser.post("/account/password", ["current": ConsoleFixture.passwords["wang"]!, "new": "new-secret-9", "confirm": "new-secret-9"])
            #expect(done.status == .seeOther)
            #expect(done.headers[.location] == "/login?changed=1")
            #expect(try await browser.get("/station/shuangqiao").status == .unauthorized)
            #expect(try await other.get("/station/shuangqiao").status == .unauthorized)
            var fresh = Browser(client: client)
            #expect(try await fresh.login("wang", password: ConsoleFixture.passwords["wang"]!) == .unauthorized)
            #expect(try await fresh.login("wang", password: "new-secret-9") == .seeOther)
        }
    }

    @Test("removing an account ends its sessions; a re-added name has a new id and never inherits the old cookie")
    func removedAndReAdded() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var old = try await Browser.signedIn("lib", client: client)
            let oldID = try #require(try fixture.workspace.account(named: "lib")?.id)
            try fixture.workspace.removeAccount(named: "lib")
            #expect(try fixture.workspace.sessionCount(accountID: oldID) == 0)
            try fixture.workspace.addAccount(Account(name: "lib", role: .admin), password: "re-added-secret", cost: 4)
            let newID = try #require(try fixture.workspace.account(named: "lib")?.id)
            #expect(newID != oldID)
            #expect(try await old.get("/review").status == .unauthorized)
            #expect(try await old.get("/month").status == .unauthorized)
        }
    }

    @Test("a new login in the same browser ends the old session; a logout cannot be replayed")
    func newLoginAndLogout() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var browser = try await Browser.signedIn("lib", client: client)
            var before = browser
            #expect(try await browser.login("lib", password: ConsoleFixture.passwords["lib"]!) == .seeOther)
            #expect(browser.cookie != before.cookie)
            #expect(try await before.get("/review").status == .unauthorized)
            var replay = browser
            _ = try await browser.get("/review")
            #expect(try await browser.post("/logout", [:]).status == .seeOther)
            #expect(try await replay.get("/review").status == .unauthorized)
            let id = try #require(try fixture.workspace.account(named: "lib")?.id)
            #expect(try fixture.workspace.sessionCount(accountID: id) == 0)
        }
    }
}
