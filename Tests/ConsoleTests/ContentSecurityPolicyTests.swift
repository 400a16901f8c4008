import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

/// Point 17: no page of the console carries an inline script, style or event handler, and every response
/// carries a Content-Security-Policy without `'unsafe-inline'`, so an injected `<script>` never runs.
@Suite("Content-Security-Policy without unsafe-inline")
struct ContentSecurityPolicyTests {
    static let pagesByAccount: [(account: String?, paths: [String])] = [
        (nil, ["/login", "/no-such-page", "/month"]),
        ("admin", [
            "/month?m=2026-12", "/month?m=2027-01", "/stations", "/users", "/review", "/search?q=falv", "/upcoming",
            "/history", "/bulk?q=falv", "/account/password", "/station/shuangqiao?m=2026-12", "/station/shuangqiao/2026-12/script",
            "/station/shuangqiao/attendance", "/resources/1", "/resources/2", "/resources/3", "/month?m=2026-13",
        ]),
        ("lib", ["/review", "/search?q=falv", "/bulk", "/history", "/month"]),
        ("wang", ["/station/shuangqiao", "/station/shuangqiao/attendance", "/station/longhe"]),
    ]

    /// An inline `<script>` with a body, a `<style>` element, a `style=` or `on…=` attribute, a `javascript:` URL.
    static let inlinePatterns = [
        "<script(?![^>]*\\bsrc=)[^>]*>", "<style", "<[a-zA-Z][^>]*\\sstyle\\s*=", "<[a-zA-Z][^>]*\\son[a-z]+\\s*=", "javascript:",
    ]

    static func inlineFindings(_ html: String) -> [String] {
        inlinePatterns.compactMap { pattern in
            html.range(of: pattern, options: [.regularExpression, .caseInsensitive]).map { String(html[$0].prefix(80)) }
        }
    }

    @Test("every page is free of inline script, style and handlers, and its response carries the strict policy")
    func everyPage() async throws {
        let fixture = try ConsoleFixture(planned: true)
        try await fixture.test { client in
            for (account, paths) in Self.pagesByAccount {
                var browser = account == nil ? Browser(client: client) : try await Browser.signedIn(account!, client: client)
                for path in paths {
                    let page = try await browser.get(path)
                    let policy = page.headers.contentSecurityPolicy ?? ""
                    #expect(policy == ConsoleAssets.contentSecurityPolicy, "\(account ?? "匿名") \(path)")
                    #expect(!policy.contains("unsafe-inline"))
                    #expect(Self.inlineFindings(page.text).isEmpty, "\(account ?? "匿名") \(path): \(Self.inlineFindings(page.text))")
                    if page.headers[.contentType]?.hasPrefix("text/html") == true {
                        #expect(page.text.contains(ConsoleAssets.styleURL), "\(path) links the stylesheet")
                    }
                }
            }
        }
    }

    @Test("the policy itself forbids inline code and framing, and allows only this console's files")
    func policyText() {
        let policy = ConsoleAssets.contentSecurityPolicy
        for directive in ["default-src 'self'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "frame-ancestors 'none'", "object-src 'none'"] {
            #expect(policy.contains(directive + ";") || policy.hasSuffix(directive), "\(directive)")
        }
        #expect(!policy.contains("unsafe"))
        #expect(!policy.contains("*"))
    }

    @Test("the stylesheet and script are served as cacheable files, under a URL that changes with their content")
    func staticFiles() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var browser = Browser(client: client)
            let css = try await browser.get(ConsoleAssets.styleURL)
            #expect(css.status == .ok)
            #expect(css.headers[.contentType] == "text/css; charset=utf-8")
            #expect(css.headers[.cacheControl]?.contains("max-age=31536000") == true)
            #expect(css.text.contains("@media print"))
            let script = try await browser.get(ConsoleAssets.scriptURL)
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.text.contains("data-busy-on-submit"))
        }
        #expect(ConsoleAssets.fingerprint("a") != ConsoleAssets.fingerprint("b"))
        #expect(ConsoleAssets.fingerprint(ConsoleAssets.style) == ConsoleAssets.fingerprint(ConsoleAssets.style))
    }

    @Test("a printable document keeps its inline CSS only by its SHA-256, and runs no script")
    func printableDocuments() async throws {
        let fixture = try ConsoleFixture(planned: true)
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            for path in ["/station/shuangqiao/2026-12/poster", "/station/shuangqiao/2026-12/signin", "/report?m=2026-12"] {
                let page = try await admin.get(path)
                #expect(page.status == .ok, "\(path)")
                let policy = page.headers.contentSecurityPolicy ?? ""
                #expect(!policy.contains("unsafe-inline"), "\(path)")
                #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-"), "\(path): \(policy)")
                #expect(!page.text.contains("<script"), "\(path)")
                let blocks = PrintableDocumentPolicy.styleBlocks(in: page.text)
                #expect(!blocks.isEmpty, "\(path)")
                for block in blocks {
                    #expect(policy.contains("'sha256-\(ContentDigest.sha256Base64(block))'"), "\(path)")
                }
            }
        }
    }

    @Test("the style hash is the standard SHA-256 in base64")
    func digest() {
        // printf 'abc' | openssl dgst -sha256 -binary | base64
        #expect(ContentDigest.sha256Base64("abc") == "ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=")
        let html = "<style>p{}</style><main style=\"--x: 1\"></main>"
        #expect(PrintableDocumentPolicy.styleBlocks(in: html) == ["p{}"])
        #expect(PrintableDocumentPolicy.styleAttributes(in: html) == ["--x: 1"])
        #expect(PrintableDocumentPolicy.header(for: html).contains("'unsafe-hashes'"))
    }
}
