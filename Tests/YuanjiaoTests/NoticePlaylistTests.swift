import Foundation
import Notices
import Planner
import Testing

@Suite("Playlists and iCalendar")
struct NoticePlaylistTests {
    @Test func oneM3U8PerSessionDateWithExtinf() throws {
        let playlists = M3U8Playlist.daily(NoticeFixtures.shuangqiaoPlan)
        // 12月19日's open day has no loop items: no playlist for it.
        #expect(playlists.map(\.fileName) == [
            "playlist-2026-12-02.m3u8", "playlist-2026-12-05.m3u8", "playlist-2026-12-06.m3u8", "playlist-2026-12-09.m3u8",
            "playlist-2026-12-13.m3u8", "playlist-2026-12-20.m3u8", "playlist-2026-12-26.m3u8", "playlist-2026-12-30.m3u8",
        ])
        let text = try #require(playlists.first { $0.date == NoticeFixtures.day("2026-12-06") }).text()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[0] == "#EXTM3U")
        #expect(lines[1] == "# 2026-12-06 09:00-11:00 集中学习日")
        #expect(lines[2] == "#EXTINF:2393,党的二十大精神学习辅导（第2讲）")
        #expect(lines[3] == "/srv/课件/policy/党的二十大精神学习辅导（第2讲）.mp4")
        #expect(lines.filter { $0.hasPrefix("#EXTINF:") }.count == 4)
        #expect(text.hasSuffix(".mp4\n"))
    }

    @Test func m3u8KeepsEachEntryOnItsLines() {
        var session = NoticeFixtures.session("2026-12-02", "19:00", "21:00", .weekly, [0])
        session.items[0].title = "两行\n标题"
        let text = M3U8Playlist(date: session.date, sessions: [session]).text()
        #expect(text.contains("#EXTINF:2393,两行 标题\n"))
    }

    @Test func xspfIsWellFormedWithFileURIs() throws {
        let xml = XSPFPlaylist(NoticeFixtures.shuangqiaoInput).xml()
        try HTMLCheck.assertWellFormed(xml)
        #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<playlist version=\"1\" xmlns=\"http://xspf.org/ns/0/\">"))
        #expect(xml.components(separatedBy: "<track>").count - 1 == 19)
        #expect(xml.contains("<duration>2393000</duration>"))
        #expect(XSPFPlaylist.location("/srv/课件/a b.mp4") == "file:///srv/%E8%AF%BE%E4%BB%B6/a%20b.mp4")
        #expect(XSPFPlaylist.location("law/x&y.mp4") == "law/x%26y.mp4")
    }

    @Test func iCalendarHasTimeZoneCRLFAndStableUIDs() throws {
        let ics = ICalendarWriter(NoticeFixtures.shuangqiaoInput, generated: NoticeFixtures.generated).text()
        #expect(ics.hasPrefix("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"))
        #expect(ics.hasSuffix("END:VCALENDAR\r\n"))
        #expect(!ics.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(ics.contains("BEGIN:VTIMEZONE\r\nTZID:Asia/Shanghai\r\n"))
        #expect(ics.contains("TZOFFSETFROM:+0800\r\nTZOFFSETTO:+0800\r\n"))
        #expect(ics.contains("UID:shuangqiao-20261206-study-day-1@yuanjiao\r\nSEQUENCE:476760\r\n"))
        #expect(ics.contains("CATEGORIES:集中学习日,政策理论,"))
        // Moved to another hour, the session keeps its UID; a later bundle has a higher SEQUENCE.
        var moved = NoticeFixtures.shuangqiaoInput
        let index = try #require(moved.plan.sessions.firstIndex { $0.date == NoticeFixtures.day("2026-12-06") })
        moved.plan.sessions[index].start = try TimeOfDay(parsing: "14:00")
        moved.plan.sessions[index].end = try TimeOfDay(parsing: "16:00")
        let later = ICalendarWriter(moved, generated: NoticeFixtures.generated.addingTimeInterval(3600)).text()
        #expect(later.contains("UID:shuangqiao-20261206-study-day-1@yuanjiao\r\nSEQUENCE:476820\r\n"))
        #expect(ics.contains("DTSTART;TZID=Asia/Shanghai:20261206T090000\r\nDTEND;TZID=Asia/Shanghai:20261206T110000\r\n"))
        #expect(ics.contains("DTSTAMP:20261128T020000Z\r\n"))
        #expect(ics.components(separatedBy: "BEGIN:VEVENT").count - 1 == 9)
        for line in ics.components(separatedBy: "\r\n") { #expect(line.utf8.count <= 75, "line over 75 octets: \(line)") }
        // Unfolded, the description holds each course.
        let unfolded = ics.replacingOccurrences(of: "\r\n ", with: "")
        #expect(unfolded.contains("DESCRIPTION:1. 党的二十大精神学习辅导（第2讲）（政策理论，40分钟）\\n2. "))
    }

    @Test func foldingNeverSplitsACharacter() {
        let line = "SUMMARY:" + String(repeating: "学习", count: 40)
        let folded = ICalendarWriter.fold(line)
        let pieces = folded.components(separatedBy: "\r\n")
        #expect(pieces.count > 1)
        #expect(pieces.allSatisfy { $0.utf8.count <= 75 })
        #expect(pieces.dropFirst().allSatisfy { $0.hasPrefix(" ") })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == line)
        #expect(ICalendarWriter.escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne")
    }

    @Test func sessionEndingAtMidnightEndsNextDay() {
        var input = NoticeFixtures.shuangqiaoInput
        input.plan.sessions = [NoticeFixtures.session("2026-12-31", "22:00", "24:00", .weekly, [0])]
        let ics = ICalendarWriter(input, generated: NoticeFixtures.generated).text()
        #expect(ics.contains("DTEND;TZID=Asia/Shanghai:20270101T000000"))
    }
}
