import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

/// Point 12 in the console: a station file with thousands of mistakes prints the first ones with file and
/// line, then how many more, as `stations check` does; the page stays small.
@Suite("The stations page bounds its problem list")
struct StationFileProblemsPageTests {
    @Test("3,000 broken stations: the first 50 with file:line, then the count of the rest")
    func thousandsOfProblems() async throws {
        let fixture = try ConsoleFixture()
        let broken = fixture.directory.appendingPathComponent("huge.yaml")
        var yaml = "county: 示例县\ncalendar: CN-2026\nstations:\n"
        for index in 0..<3000 { yaml += "  - id: s\(index)\n    name: 站\(index)\n    weekly_minutes: lots\n" }
        try yaml.write(to: broken, atomically: true, encoding: .utf8)
        let services = ConsoleServices(
            workspace: fixture.workspace, stationsFile: broken, watchFolders: [], loginLimiter: LoginLimiter(), rescans: RescanState())
        let app = Application(router: ConsoleServer.router(services: services, options: ConsoleOptions(stationsFile: broken), logger: .init(label: "t")))
        try await app.test(.router) { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let page = try await admin.get("/stations")
            #expect(page.status == .ok)
            let rows = page.text.components(separatedBy: "<tr><td>\(broken.path):").count - 1
            #expect(rows == BoundedProblemList.limit)
            #expect(page.text.contains("<tr><td>\(broken.path):6:"), "the first mistake, with its line")
            #expect(page.text.contains("个问题未列出"))
            #expect(page.text.contains("id=\"problems-omitted\""))
            #expect(page.bytes.count < 100_000, "\(page.bytes.count) bytes")
        }
    }

    @Test("a few problems are all listed, with no note")
    func fewProblems() {
        #expect(BoundedProblemList.omittedNote(total: BoundedProblemList.limit) == nil)
        #expect(BoundedProblemList.omittedNote(total: BoundedProblemList.limit + 7)?.contains("另有 7 个问题") == true)
    }
}
