import Foundation
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

/// The county's monitoring in the console: the behind table on the admin's month page, the station's
/// server-drawn SVG chart, the county XMLTV, and ticking reflections on the attendance page.
@Suite struct MonitoringPageTests {
    @Test func behindTableChartAndCountyGuide() async throws {
        let fixture = try ConsoleFixture(planned: true)
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let month = try await admin.get("/month?m=2026-12")
            #expect(month.text.contains("未达目标的站点"))
            // Planned but silent: every planned station is behind with no log, never shown as 0%.
            #expect(month.text.contains("未收到播放记录") && !month.text.contains("开机率 0%"))
            let chart = try await admin.get("/station/shuangqiao/ratios.svg?m=2026-12")
            #expect(chart.status == .ok && chart.text.hasPrefix("<svg") && chart.text.contains("开机率"))
            #expect(!chart.text.contains("<polyline"))  // no figures: gaps, not a line at zero
            let guide = try await admin.get("/guide.xml?m=2026-12")
            #expect(guide.status == .ok && guide.text.contains("<!DOCTYPE tv SYSTEM \"xmltv.dtd\">"))
            #expect(guide.text.contains("<channel id=\"shuangqiao.yuanjiao\">"))
            let page = try await admin.get("/station/shuangqiao?m=2026-12")
            #expect(page.text.contains("/station/shuangqiao/ratios.svg?m=2026-12"))
        }
    }

    @Test func stationTicksReflectionsOfMembersWhoCame() async throws {
        let fixture = try ConsoleFixture(planned: true)
        let month = try YearMonth(parsing: "2026-12")
        let day = try #require(try fixture.workspace.storedPlan(station: "shuangqiao", month: month)?.sessions.first { $0.kind != .openDay }?.date)
        try await AttendancePageTests.application(fixture).test(.router) { client in
            var wang = try await Browser.signedIn("wang", client: client)
            let form = try await wang.get("/station/shuangqiao/attendance?date=\(day)")
            #expect(form.text.contains("name=\"reflection-0\"") && form.text.contains("交了心得"))
            let saved = try await wang.post("/station/shuangqiao/attendance", [
                "date": "\(day)", "member-0": "张三", "present-0": "1", "reflection-0": "1", "member-1": "李四", "reflection-1": "1",
            ])
            #expect(saved.status == .seeOther)
            let again = try await wang.get("/station/shuangqiao/attendance?date=\(day)")
            #expect(again.text.contains("name=\"reflection-0\" value=\"1\" checked"))
        }
        let reflections = try fixture.workspace.reflections(stations: ["shuangqiao"], from: day.description, through: day.description)
        // 李四 did not come: a tick for an absent member is not kept.
        #expect(reflections.filter(\.handedIn).map(\.member) == ["张三"])
    }
}
