import Foundation
import ProgrammeGuide
import Testing

@Suite("Time forms of real feeds")
struct RealTimeFormTests {
    let guide: Guide

    init() throws {
        guide = try Fixture.read("real-time-forms.xml")
    }

    @Test("a stop past midnight written with the start's date is the next day, with one summarised warning")
    func pastMidnight() throws {
        let news = try #require(guide.programme(onChannel: "CCTV1"))
        #expect(news.start == Fixture.beijing(2026, 8, 17, 23, 58))
        #expect(news.stop == Fixture.beijing(2026, 8, 18, 0, 10))
        #expect(guide.programme(onChannel: "CCTV2")?.stop == Fixture.beijing(2026, 8, 18, 0, 5))
        let summaries = guide.warnings.filter { $0.message.contains("已按次日计算") }
        #expect(summaries.map(\.message) == [
            "2 个节目的结束时间写成了开始那天的日期（如频道 CCTV1 的节目「晚间新闻」（2026-08-17 23:58）），已按次日计算"
        ])
    }

    @Test("named zones: BST, UTC, GMT, and CST as China Standard Time in a Chinese guide")
    func namedZones() throws {
        let bst = try #require(guide.programme(onChannel: "bst"))
        #expect(bst.start == Fixture.beijing(2026, 12, 1, 19))
        #expect(bst.stop == Fixture.beijing(2026, 12, 1, 20, 30))
        #expect(guide.programme(onChannel: "cst")?.start == Fixture.beijing(2026, 12, 1, 19))
    }

    @Test("fractional seconds are accepted")
    func fractions() {
        #expect(guide.programme(onChannel: "fraction")?.start == Fixture.beijing(2026, 12, 1, 19))
    }

    @Test("years outside 1970–2100 and spans over 7 days are refused with a warning")
    func refused() {
        #expect(guide.programme(onChannel: "far") == nil)
        #expect(guide.programme(onChannel: "long") == nil)
        #expect(guide.warnings.contains { $0.message.contains("开始年份 2126 不在 1970–2100 之间") })
        #expect(guide.warnings.contains { $0.message.contains("开始年份 1899 不在 1970–2100 之间") })
        #expect(guide.warnings.contains { $0.message.contains("「二十天」（2026-12-01 19:00）长达 20 天，超过 7 天") })
    }

    @Test("the DTD's truncated 200209 is the first of the month")
    func truncated() {
        #expect(guide.programme(onChannel: "dtd")?.start == Fixture.beijing(2002, 9, 1))
    }
}
