import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import Yuanjiao
@testable import Console

/// A console over a fresh catalogue of the sample county (indexed from `Samples/`), with one account of
/// each role, driven through HummingbirdTesting's router client.
struct ConsoleFixture {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()
    static let stationsFile = repository.appendingPathComponent("Samples/stations.yaml")
    static let passwords = ["admin": "admin-secret-1", "lib": "librarian-secret", "wang": "station-secret", "li": "station-secret"]

    let directory: URL
    let workspace: Workspace
    let services: ConsoleServices
    let options: ConsoleOptions

    init(
        planned: Bool = false, watch: Bool = false, loginLimiter: LoginLimiter = LoginLimiter(), now: Date? = nil,
        stationsFile: URL = Self.stationsFile
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-console-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let data = CatalogData(directory: Self.repository.appendingPathComponent("Catalog"))
        workspace = try Workspace(catalogPath: directory.appendingPathComponent("catalog.sqlite").path, data: data)
        let samples = Self.repository.appendingPathComponent("Samples")
        _ = try workspace.index(
            paths: [samples.appendingPathComponent("courseware").path],
            guides: [samples.appendingPathComponent("guides/sample-guide.xml").path])
        // Cost 4, bcrypt's least, keeps the tests fast; the real cost is tested on its own.
        try workspace.addAccount(Account(name: "admin", role: .admin), password: Self.passwords["admin"]!, cost: 4)
        try workspace.addAccount(Account(name: "lib", role: .librarian), password: Self.passwords["lib"]!, cost: 4)
        try workspace.addAccount(Account(name: "wang", role: .station, station: "shuangqiao"), password: Self.passwords["wang"]!, cost: 4)
        try workspace.addAccount(Account(name: "li", role: .station, station: "longhe"), password: Self.passwords["li"]!, cost: 4)
        if planned {
            let context = try workspace.planningContext(stationsFile: stationsFile)
            _ = try workspace.plan(context, month: try YearMonth(parsing: "2026-12"))
        }
        options = ConsoleOptions(
            stationsFile: stationsFile, watchFolders: watch ? [samples.appendingPathComponent("courseware").path] : [])
        services = ConsoleServices(
            workspace: workspace, stationsFile: stationsFile, watchFolders: options.watchFolders,
            loginLimiter: loginLimiter, rescans: RescanState(), passwordCost: 4, now: { now ?? Date() })
    }

    var application: some ApplicationProtocol {
        var logger = Logger(label: "console-tests")
        logger.logLevel = .warning
        return Application(router: ConsoleServer.router(services: services, options: options, logger: logger), logger: logger)
    }

    func test<Value>(_ body: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
        try await application.test(.router, body)
    }
}

/// A browser: keeps the session cookie and the CSRF token of the last page it saw.
struct Browser {
    let client: any TestClientProtocol
    var cookie = ""
    var csrf = ""

    /// Logs in through the login form, as a person would.
    static func signedIn(_ name: String, client: any TestClientProtocol) async throws -> Browser {
        var browser = Browser(client: client)
        let status = try await browser.login(name, password: ConsoleFixture.passwords[name]!)
        #expect(status == .seeOther)
        return browser
    }

    mutating func login(_ name: String, password: String) async throws -> HTTPResponse.Status {
        let page = try await client.execute(uri: "/login", method: .get)
        let loginToken = Self.csrfToken(in: String(buffer: page.body))
        let loginCookie = Self.cookieValue(page.headers, name: LoginRoutes.loginCookie) ?? ""
        let response = try await client.execute(
            uri: "/login", method: .post,
            headers: [
                .cookie: ["\(LoginRoutes.loginCookie)=\(loginCookie)", cookie].filter { !$0.isEmpty }.joined(separator: "; "),
                .contentType: "application/x-www-form-urlencoded",
            ],
            body: ByteBuffer(string: Self.encode(["csrf": loginToken, "name": name, "password": password])))
        if let session = Self.cookieValue(response.headers, name: ConsoleServices.sessionCookie) {
            cookie = "\(ConsoleServices.sessionCookie)=\(session)"
            _ = try await get(response.headers[.location] ?? "/")
        }
        return response.status
    }

    struct Page {
        var status: HTTPResponse.Status
        var headers: HTTPFields
        var text: String
        var bytes: [UInt8]
    }

    mutating func get(_ uri: String) async throws -> Page {
        let response = try await client.execute(uri: uri, method: .get, headers: cookie.isEmpty ? [:] : [.cookie: cookie])
        let page = Page(status: response.status, headers: response.headers, text: String(buffer: response.body), bytes: Array(buffer: response.body))
        let token = Self.csrfToken(in: page.text)
        if !token.isEmpty { csrf = token }
        return page
    }

    /// POSTs a form with the session's CSRF token unless `csrf` overrides it.
    func post(_ uri: String, _ fields: [String: String], csrf: String? = nil) async throws -> Page {
        var all = fields
        all["csrf"] = csrf ?? self.csrf
        let response = try await client.execute(
            uri: uri, method: .post,
            headers: [.cookie: cookie, .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: Self.encode(all)))
        return Page(status: response.status, headers: response.headers, text: String(buffer: response.body), bytes: Array(buffer: response.body))
    }

    static func csrfToken(in html: String) -> String {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return "" }
        return String(html[range.upperBound...].prefix(64))
    }

    static func cookieValue(_ headers: HTTPFields, name: String) -> String? {
        for header in headers[values: .setCookie] where header.hasPrefix(name + "=") {
            return String(header.dropFirst(name.count + 1).prefix { $0 != ";" })
        }
        return nil
    }

    static func encode(_ fields: [String: String]) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return fields.map { "\($0.key)=\($0.value.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")" }.joined(separator: "&")
    }
}
