import Foundation
import Testing
@testable import Catalogue

/// The hand-written reader of `频道_日期_时间` file names reads what the regex it replaced read.
@Suite("Channel and start time in a recording's file name")
struct FileNameStampTests {
    static let beijing = TimeZone(identifier: "Asia/Shanghai") ?? .gmt

    /// Seconds since 1970 of a Beijing wall-clock time.
    static func beijingTime(_ year: Int, _ month: Int, _ day: Int, _ hour: Int, _ minute: Int, _ second: Int = 0) -> Date? {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = beijing
        return calendar.date(from: DateComponents(year: year, month: month, day: day, hour: hour, minute: minute, second: second))
    }

    @Test("the receivers' and downloaders' shapes", arguments: [
        ("/录像/CCTV7_20261201_1900.ts", "CCTV7", beijingTime(2026, 12, 1, 19, 0)),
        ("先锋频道-2026-12-01-19-00.mp4", "先锋频道", beijingTime(2026, 12, 1, 19, 0)),
        ("CCTV-7 2026.12.01 19.00.ts", "CCTV-7", beijingTime(2026, 12, 1, 19, 0)),
        ("CCTV5+_20260817_1930.ts", "CCTV5+", beijingTime(2026, 8, 17, 19, 30)),
        ("湖南卫视 2026-12-01T19:30:15.ts", "湖南卫视", beijingTime(2026, 12, 1, 19, 30, 15)),
        ("CCTV-1__20261201-190000.ts", "CCTV-1", beijingTime(2026, 12, 1, 19, 0)),
        ("a.b_20261201_1900.mp4", "a.b", beijingTime(2026, 12, 1, 19, 0)),
    ])
    func reads(path: String, channel: String, start: Date?) throws {
        let stamp = try #require(FileNameStamp.parse(path: path, timeZone: Self.beijing))
        #expect(stamp.channel == channel)
        #expect(stamp.start == start)
    }

    @Test("names without a channel, without a full time or with an impossible time read nothing", arguments: [
        "20261201_1900.ts", "_20261201_1900.ts", "水稻育秧技术.mp4", "CCTV7_2026120_1900.ts", "CCTV7_20261201.ts",
        "CCTV7_20261201_2500.ts", "CCTV7_20261301_1900.ts", "CCTV7 20261201 19.ts", "CCTV7_２０２６1201_1900.ts",
    ])
    func readsNothing(path: String) {
        #expect(FileNameStamp.parse(path: path, timeZone: Self.beijing) == nil)
    }
}
