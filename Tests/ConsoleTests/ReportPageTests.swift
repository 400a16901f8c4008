import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import Console

@Suite("County report page")
struct ReportPageTests {
    @Test("admin gets the month's report to print, the year's table as CSV, and a Chinese message on bad input")
    func reportPage() async throws {
        let fixture = try ConsoleFixture(planned: true)
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let month = try await admin.get("/report?m=2026-12")
            #expect(month.status == .ok)
            #expect(month.text.contains("远程教育站点学习情况（2026-12）") && month.text.contains("未收到播放记录"))
            #expect(month.text.contains("@page { size: A4"))
            let csv = try await admin.get("/report?year=2026&format=csv")
            #expect(csv.status == .ok)
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.headers[.contentDisposition]?.contains("report-2026-01..2026-12.csv") == true)
            #expect(csv.bytes.starts(with: [0xEF, 0xBB, 0xBF]))
            let members = try await admin.get("/report?year=2026&table=members")
            #expect(members.status == .ok && !members.text.contains("学习场次（实际/计划）"))
            let badYear = try await admin.get("/report?year=二〇二六")
            #expect(badYear.status == .badRequest && badYear.text.contains("应写成 YYYY"))
            let badFormat = try await admin.get("/report?m=2026-12&format=pdf")
            #expect(badFormat.status == .badRequest && badFormat.text.contains("html（打印）或 csv"))
        }
    }
}
