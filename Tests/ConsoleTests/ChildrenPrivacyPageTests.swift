import Foundation
import Logging
import Synchronization
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

/// Minors' data stays local (issue 24): the admin's report and month pages of a county with the 快乐园 sample
/// station, a filled children's sheet imported, carry counts only — never a child's name or birth date.
@Suite("快乐园 on the admin pages")
struct ChildrenPrivacyPageTests {
    static let stations = ConsoleFixture.repository.appendingPathComponent("Samples/stations-children.yaml")

    @Test("report (page and CSV) and month pages show no child's name or birth date")
    func adminPagesCarryCountsOnly() async throws {
        let fixture = try ConsoleFixture(planned: true, stationsFile: Self.stations)
        let roster = try String(
            contentsOf: ConsoleFixture.repository.appendingPathComponent("Samples/children/qingshi.csv"), encoding: .utf8)
        let secrets = roster.split(whereSeparator: \.isNewline).dropFirst().flatMap { $0.split(separator: ",").prefix(2).map(String.init) }
        try #require(secrets.contains("王小明"))
        let context = try fixture.workspace.planningContext(stationsFile: Self.stations)
        let plan = try #require(try fixture.workspace.storedPlan(station: "qingshi", month: YearMonth(parsing: "2026-12")))
        let session = try #require(plan.children?.sessions.first { $0.kind == .childrenClass })
        let sheet = fixture.directory.appendingPathComponent("快乐园签到.csv")
        try Data([",快乐园签到表", "站点,qingshi", "日期,\(session.date)", "活动,\(session.title)", "序号,孩子姓名,签到",
                  "1,王小明,√", "2,李红,√"].joined(separator: "\n").utf8).write(to: sheet)
        let imported = try fixture.workspace.importAttendance(files: [sheet], context: context)
        try #require(imported.childSignIns == 2, "\(imported.text)")
        let lines = CapturedLog()
        var logger = Logger(label: "children-privacy") { _ in CapturingLogHandler(log: lines) }
        logger.logLevel = .trace
        let application = Application(
            router: ConsoleServer.router(services: fixture.services, options: fixture.options, logger: logger), logger: logger)
        try await application.test(.router) { client in
            var admin = try await Browser.signedIn("admin", client: client)
            for uri in ["/report?m=2026-12", "/report?m=2026-12&format=csv", "/report?year=2026&format=csv", "/month?m=2026-12"] {
                let page = try await admin.get(uri)
                #expect(page.status == .ok, "\(uri)")
                #expect(secrets.filter { page.text.contains($0) }.isEmpty, "\(uri) carries \(secrets.filter { page.text.contains($0) })")
            }
            let report = try await admin.get("/report?m=2026-12")
            #expect(report.text.contains("快乐园") && report.text.contains("孩子签到人次"))
        }
        // Every log line of those requests, at every level.
        let logged = lines.text
        #expect(logged.contains("/report"))
        #expect(secrets.filter { logged.contains($0) }.isEmpty, "the log carries \(secrets.filter { logged.contains($0) })")
    }
}

/// Every line logged, message and metadata, kept for the test to search.
final class CapturedLog: Sendable {
    private let lines = Mutex<[String]>([])
    func append(_ line: String) { lines.withLock { $0.append(line) } }
    var text: String { lines.withLock { $0.joined(separator: "\n") } }
}

struct CapturingLogHandler: LogHandler {
    let log: CapturedLog
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(event: LogEvent) {
        log.append("\(event.level) \(event.message) \(metadata.merging(event.metadata ?? [:]) { $1 }) \(event.error.map { "\($0)" } ?? "")")
    }
}
