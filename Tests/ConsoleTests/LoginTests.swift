import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

@Suite("Login, sessions, CSRF and the rate limit")
struct LoginTests {
    @Test("a login sets an HttpOnly, SameSite=Strict session cookie and leads to the role's home")
    func loginCookie() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            let page = try await client.execute(uri: "/login", method: .get)
            let token = Browser.csrfToken(in: String(buffer: page.body))
            let loginCookie = Browser.cookieValue(page.headers, name: LoginRoutes.loginCookie) ?? ""
            let response = try await client.execute(
                uri: "/login", method: .post,
                headers: [.cookie: "yj_login=\(loginCookie)", .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: Browser.encode(["csrf": token, "name": "lib", "password": ConsoleFixture.passwords["lib"]!])))
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/review")
            let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("yj_session=") } ?? ""
            #expect(cookie.contains("HttpOnly"))
            #expect(cookie.contains("SameSite=Strict"))
            #expect(!cookie.contains("Secure"))
        }
    }

    @Test("a wrong password is a 401 with a Chinese message on the same page")
    func wrongPassword() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var browser = Browser(client: client)
            #expect(try await browser.login("admin", password: "not-the-password") == .unauthorized)
            #expect(try await browser.login("nobody", password: "whatever-password") == .unauthorized)
            #expect(browser.cookie.isEmpty)
            let page = try await browser.get("/month")
            #expect(page.status == .unauthorized)
        }
    }

    @Test("the login form needs its token: a forged POST without it is refused")
    func loginCSRF() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            let response = try await client.execute(
                uri: "/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "name=admin&password=\(ConsoleFixture.passwords["admin"]!)&csrf=abc"))
            #expect(response.status == .forbidden)
            #expect(String(buffer: response.body).contains("表单已过期"))
        }
    }

    @Test("every form needs the session's CSRF token")
    func formCSRF() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            _ = try await librarian.get("/review")
            #expect(!librarian.csrf.isEmpty)
            #expect(try await librarian.post("/resources/9/tags", ["add": "普法"], csrf: "").status == .forbidden)
            #expect(try await librarian.post("/resources/9/tags", ["add": "普法"], csrf: String(repeating: "0", count: 64)).status == .forbidden)
            #expect(try await librarian.post("/logout", [:], csrf: "").status == .forbidden)
            #expect(try fixture.workspace.history().isEmpty)
            #expect(try await librarian.post("/resources/9/tags", ["add": "普法"]).status == .seeOther)
            #expect(try fixture.workspace.details(id: 9).tags.contains("普法"))
        }
    }

    @Test("five failures lock the account, also for the right password, until the window passes")
    func accountRateLimit() async throws {
        let clock = TestClock()
        let fixture = try ConsoleFixture(loginLimiter: LoginLimiter(now: { clock.now }))
        try await fixture.test { client in
            var browser = Browser(client: client)
            for _ in 0..<5 {
                let status = try await browser.login("admin", password: "guess-guess")
                #expect(status == .unauthorized)
            }
            let locked = try await browser.login("admin", password: ConsoleFixture.passwords["admin"]!)
            #expect(locked == .tooManyRequests)
            clock.advance(by: 16 * 60)
            let later = try await browser.login("admin", password: ConsoleFixture.passwords["admin"]!)
            #expect(later == .seeOther)
        }
    }

    @Test("one address guessing many accounts is locked out after 20 failures")
    func addressRateLimit() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var browser = Browser(client: client)
            for index in 0..<20 {
                let status = try await browser.login("user\(index)", password: "guess-guess")
                #expect(status == .unauthorized)
            }
            let locked = try await browser.login("lib", password: ConsoleFixture.passwords["lib"]!)
            #expect(locked == .tooManyRequests)
        }
    }

    @Test("logging out ends the session; a removed account loses access at once")
    func logoutAndRemoval() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var librarian = try await Browser.signedIn("lib", client: client)
            _ = try await librarian.get("/review")
            #expect(try await librarian.post("/logout", [:]).status == .seeOther)
            #expect(try await librarian.get("/review").status == .unauthorized)
            var admin = try await Browser.signedIn("admin", client: client)
            #expect(try await admin.get("/month").status == .ok)
            try fixture.workspace.removeAccount(named: "admin")
            #expect(try await admin.get("/month").status == .unauthorized)
        }
    }
}

/// A clock the rate-limit test moves by hand.
final class TestClock: @unchecked Sendable {
    // Only the test's own task reads and moves it, one step at a time.
    private(set) var now = Date(timeIntervalSince1970: 1_796_000_000)
    func advance(by seconds: TimeInterval) { now = now.addingTimeInterval(seconds) }
}
