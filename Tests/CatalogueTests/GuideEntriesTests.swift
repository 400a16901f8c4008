import Foundation
import GRDB
import ProgrammeGuide
import Testing
@testable import Catalogue

@Suite("Several entries for one channel and start; stops by time; retiring what a newer guide dropped")
struct GuideEntriesTests {
    let workspace: TestWorkspace
    let catalogue: Catalogue

    init() throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath)
    }

    func guide(_ name: String, date: String? = nil, _ programmes: String) throws -> URL {
        let tv = date.map { "<tv date=\"\($0)\">" } ?? "<tv>"
        try workspace.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\(tv)\n\(programmes)\n</tv>\n", to: name)
        return URL(fileURLWithPath: workspace.path(name))
    }

    func rows() throws -> [String] {
        try catalogue.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT channel, start, stop, title FROM programme ORDER BY channel, start").map { row in
                let start = Date(timeIntervalSince1970: row["start"])
                let stop = (row["stop"] as Double?).map { ProgrammeLabel.localTime(Date(timeIntervalSince1970: $0), zone: GuideOptions.beijing) }
                return "\(row["channel"] as String) \(ProgrammeLabel.localTime(start, zone: GuideOptions.beijing))–\(stop ?? "?") \(row["title"] as String)"
            }
        }
    }

    static func slot(_ start: String, _ stop: String?, _ title: String, channel: String = "C", extra: String = "") -> String {
        let stopAttribute = stop.map { " stop=\"20261201\($0)00 +0800\"" } ?? ""
        return "<programme start=\"20261201\(start)00 +0800\"\(stopAttribute) channel=\"\(channel)\"\(extra)><title>\(title)</title></programme>"
    }

    @Test("identical repeats merge silently and count once")
    func repeats() throws {
        let url = try guide("g.xml", [Self.slot("1900", "1930", "新闻"), Self.slot("1900", "1930", "新闻")].joined())
        let imported = try catalogue.importGuide(at: url)
        #expect(imported.read == 2)
        #expect(imported.changed == 1)
        #expect(imported.warnings.isEmpty)
        #expect(try rows() == ["C 2026-12-01 19:00–2026-12-01 19:30 新闻"])
    }

    @Test("a zero-length placeholder gives way to the real programme, in either order")
    func placeholders() throws {
        let url = try guide("g.xml", [
            Self.slot("1900", "1900", "精彩节目"), Self.slot("1900", "1930", "新闻"),
            Self.slot("2000", "2030", "天气"), Self.slot("2000", "2000", "精彩节目"),
        ].joined())
        let imported = try catalogue.importGuide(at: url)
        #expect(imported.changed == 2)
        #expect(imported.warnings.isEmpty)
        #expect(try rows() == ["C 2026-12-01 19:00–2026-12-01 19:30 新闻", "C 2026-12-01 20:00–2026-12-01 20:30 天气"])
        #expect(try catalogue.importGuide(at: url).changed == 0)
    }

    @Test("clumped programmes are kept as parts of one slot; a re-import changes nothing")
    func clumps() throws {
        let url = try guide("g.xml", [
            Self.slot("1900", "1930", "新闻联播", extra: " clumpidx=\"0/2\""),
            Self.slot("1900", "1930", "天气预报", extra: " clumpidx=\"1/2\""),
        ].joined())
        let imported = try catalogue.importGuide(at: url)
        #expect(imported.changed == 1)
        #expect(try rows() == ["C 2026-12-01 19:00–2026-12-01 19:30 新闻联播 / 天气预报"])
        #expect(try catalogue.importGuide(at: url).changed == 0)
    }

    @Test("a clash inside one guide keeps the first entry and names the dropped one")
    func clashInGuide() throws {
        let url = try guide("g.xml", [Self.slot("1900", "1930", "新闻"), Self.slot("1900", "1945", "电影")].joined())
        let imported = try catalogue.importGuide(at: url)
        #expect(imported.changed == 1)
        let warning = try #require(imported.warnings.first)
        #expect(warning.kind == .conflict)
        #expect(warning.message.contains("频道 C 2026-12-01 19:00"))
        #expect(warning.message.contains("舍弃「电影」"))
        #expect(try catalogue.importGuide(at: url).changed == 0)
    }

    @Test("across guides the newer <tv date> wins, whatever the import order")
    func newerGuide() throws {
        let newer = try guide("newer.xml", date: "20261130", Self.slot("1900", "1930", "更正后的节目"))
        let older = try guide("older.xml", date: "20261120", Self.slot("1900", "1930", "原定节目"))
        #expect(try catalogue.importGuide(at: newer).changed == 1)
        let late = try catalogue.importGuide(at: older)
        #expect(late.changed == 0)
        #expect(late.warnings.first?.message.contains("保留较新的「更正后的节目」，舍弃「原定节目」") == true)
        #expect(try rows() == ["C 2026-12-01 19:00–2026-12-01 19:30 更正后的节目"])
    }

    @Test("a newer guide retires placeholders and programmes it no longer lists in its range")
    func retire() throws {
        let older = try guide("older.xml", date: "20261120", [
            Self.slot("1855", "1955", "精彩节目"), Self.slot("2000", "2100", "旧电影"), Self.slot("2200", "2230", "晚间新闻"),
            Self.slot("1900", "2000", "别的频道", channel: "D"),
        ].joined())
        let newer = try guide("newer.xml", date: "20261130", [
            Self.slot("1900", "1930", "新闻"), Self.slot("1930", "2030", "致富经"), Self.slot("2030", "2100", "天气"),
        ].joined())
        _ = try catalogue.importGuide(at: older)
        let imported = try catalogue.importGuide(at: newer)
        #expect(imported.retired == 2)
        #expect(try rows() == [
            "C 2026-12-01 19:00–2026-12-01 19:30 新闻", "C 2026-12-01 19:30–2026-12-01 20:30 致富经",
            "C 2026-12-01 20:30–2026-12-01 21:00 天气", "C 2026-12-01 22:00–2026-12-01 22:30 晚间新闻",
            "D 2026-12-01 19:00–2026-12-01 20:00 别的频道",
        ])
    }

    @Test("a guide as new as this one keeps its entries; a re-import of the same file retires what it dropped")
    func sameDate() throws {
        let first = try guide("first.xml", date: "20261130", Self.slot("1900", "2000", "甲台节目"))
        let second = try guide("second.xml", date: "20261130", Self.slot("1930", "2030", "乙台节目"))
        _ = try catalogue.importGuide(at: first)
        #expect(try catalogue.importGuide(at: second).retired == 0)
        let edited = try guide("first.xml", date: "20261130", Self.slot("1905", "2000", "甲台新节目"))
        #expect(try catalogue.importGuide(at: edited).retired == 1)
        #expect(try rows() == [
            "C 2026-12-01 19:05–2026-12-01 20:00 甲台新节目", "C 2026-12-01 19:30–2026-12-01 20:30 乙台节目",
        ])
    }

    @Test("a missing stop is the next start on the same channel by time, not by file order")
    func stopsByTime() throws {
        let url = try guide("g.xml", [
            Self.slot("1900", nil, "甲"), Self.slot("1930", "2000", "别台", channel: "D"), Self.slot("2100", "2130", "丙"),
            Self.slot("2000", nil, "乙"),
        ].joined())
        _ = try catalogue.importGuide(at: url)
        #expect(try rows() == [
            "C 2026-12-01 19:00–2026-12-01 20:00 甲", "C 2026-12-01 20:00–2026-12-01 21:00 乙",
            "C 2026-12-01 21:00–2026-12-01 21:30 丙", "D 2026-12-01 19:30–2026-12-01 20:00 别台",
        ])
    }

    @Test("a stop given when the next start arrived is corrected by a start out of order; a row replaced later gets its own")
    func stopsGivenWhileReading() throws {
        let url = try guide("g.xml", [
            Self.slot("1900", "1900", "精彩节目"), Self.slot("2000", nil, "乙"), Self.slot("1900", nil, "甲"),
            Self.slot("2200", nil, "己"), Self.slot("2100", nil, "庚"),
        ].joined())
        _ = try catalogue.importGuide(at: url)
        #expect(try rows() == [
            "C 2026-12-01 19:00–2026-12-01 20:00 甲", "C 2026-12-01 20:00–2026-12-01 21:00 乙",
            "C 2026-12-01 21:00–2026-12-01 22:00 庚", "C 2026-12-01 22:00–? 己",
        ])
    }
}
