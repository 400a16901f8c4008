import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

/// Point 17: `--secure-cookies` (a TLS proxy in front of the console) marks both the login form's cookie and
/// the session cookie `Secure`, so a browser never sends them over plain HTTP; without it neither is.
@Suite("--secure-cookies")
struct SecureCookieTests {
    @Test("with the switch both cookies are Secure, HttpOnly and SameSite=Strict; without it none is Secure", arguments: [true, false])
    func cookies(secure: Bool) async throws {
        let fixture = try ConsoleFixture()
        let options = ConsoleOptions(stationsFile: ConsoleFixture.stationsFile, secureCookies: secure)
        var services = ConsoleServer.makeServices(workspace: fixture.workspace, options: options)
        services.passwordCost = 4
        let app = Application(router: ConsoleServer.router(services: services, options: options, logger: .init(label: "t")))
        try await app.test(.router) { client in
            let form = try await client.execute(uri: "/login", method: .get)
            let loginCookie = form.headers[values: .setCookie].first { $0.hasPrefix("\(LoginRoutes.loginCookie)=") } ?? ""
            let token = Browser.csrfToken(in: String(buffer: form.body))
            let value = Browser.cookieValue(form.headers, name: LoginRoutes.loginCookie) ?? ""
            let response = try await client.execute(
                uri: "/login", method: .post,
                headers: [.cookie: "\(LoginRoutes.loginCookie)=\(value)", .contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: Browser.encode(["csrf": token, "name": "admin", "password": ConsoleFixture.passwords["admin"]!])))
            #expect(response.status == .seeOther)
            let sessionCookie = response.headers[values: .setCookie].first { $0.hasPrefix("\(ConsoleServices.sessionCookie)=") } ?? ""
            for cookie in [loginCookie, sessionCookie] {
                #expect(!cookie.isEmpty)
                #expect(cookie.contains("Secure") == secure, "\(cookie)")
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Strict"))
            }
        }
    }
}
