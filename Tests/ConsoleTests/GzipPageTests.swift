import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

/// Point 18: the month page goes gzip-compressed to browsers that accept it, its cached part compressed once
/// and the parts made per request (the head with the CSRF token) compressed alone; what arrives unpacks to
/// exactly the page sent to a browser that does not accept gzip.
@Suite("Gzip pages")
struct GzipPageTests {
    @Test("parts compressed one by one unpack as one gzip member to their concatenation")
    func parts() throws {
        let texts = ["<main>头部 csrf=abc", "", String(repeating: "<tr><td>12-05</td><td>乡村振兴战略解读</td></tr>", count: 4_000), "</main>"]
        let parts = try texts.indices.map { try #require(GzipPart(texts[$0].utf8, last: $0 == texts.count - 1)) }
        let member = GzipPart.header + parts.flatMap(\.deflated) + GzipPart.trailer(parts)
        #expect(try Self.gunzip(member) == texts.joined())
        #expect(parts[2].deflated.count < texts[2].utf8.count / 20, "a plan table compresses well")
    }

    @Test("Accept-Encoding allows gzip only when it names gzip or * without q=0", arguments: [
        ("gzip, deflate, br", true), ("br;q=1.0, gzip;q=0.8", true), ("*", true), ("x-gzip", true),
        ("gzip;q=0", false), ("gzip; q=0.000", false), ("identity", false), ("br, *;q=0", false), ("deflate", false),
    ])
    func acceptance(header: String, accepted: Bool) {
        #expect(GzipAcceptance.accepts(header) == accepted)
        #expect(!GzipAcceptance.accepts(nil))
    }

    @Test("the month page with a plan unpacks to the same page as sent uncompressed")
    func monthPage() async throws {
        let fixture = try ConsoleFixture()
        _ = try fixture.workspace.plan(
            fixture.workspace.planningContext(stationsFile: ConsoleFixture.stationsFile), month: try YearMonth(parsing: "2026-12"))
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let plain = try await admin.get("/month?m=2026-12")
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(plain.text.contains("集中学习日"))
            let compressed = try await client.execute(
                uri: "/month?m=2026-12", method: .get, headers: [.cookie: admin.cookie, .acceptEncoding: "gzip, deflate"])
            #expect(compressed.headers[.contentEncoding] == "gzip")
            #expect(compressed.headers[.vary] == "Accept-Encoding")
            let bytes = Array(buffer: compressed.body)
            #expect(bytes.count < plain.bytes.count / 3)
            #expect(try Self.gunzip(bytes) == plain.text)
        }
    }

    /// Debian's own gzip, not our code, judges the member.
    static func gunzip(_ bytes: [UInt8]) throws -> String {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("gzip-\(UUID().uuidString).gz")
        defer { try? FileManager.default.removeItem(at: file) }
        try Data(bytes).write(to: file)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc", file.path]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "gzip -t accepts the member")
        return String(decoding: data, as: UTF8.self)
    }
}
