import Foundation
import Notices
import Testing

/// Every format on the sample county's fixed December, compared with the files in `Golden/`.
@Suite("Golden notices and playlists")
struct NoticeGoldenTests {
    @Test func shuangqiaoSimplified() throws {
        let input = NoticeFixtures.shuangqiaoInput
        try Golden.check(try LoudspeakerScript(input).text(), "shuangqiao-notice.txt")
        try Golden.check(try NoticeBoardPoster(input).html(), "shuangqiao-notice.html")
        try Golden.check(try SignInSheet(input).html(), "shuangqiao-signin.html")
        try Golden.check(XSPFPlaylist(input).xml(), "shuangqiao-playlist.xspf")
        try Golden.check(ICalendarWriter(input, generated: NoticeFixtures.generated).text(), "shuangqiao-plan.ics")
        let day = try #require(M3U8Playlist.daily(input.plan).first { $0.date == NoticeFixtures.day("2026-12-20") })
        try Golden.check(day.text(), "shuangqiao-playlist-2026-12-20.m3u8")
    }

    @Test func guangshunTraditional() throws {
        let input = NoticeFixtures.guangshunInput
        try Golden.check(try LoudspeakerScript(input).text(), "guangshun-notice.txt")
        try Golden.check(try NoticeBoardPoster(input).html(), "guangshun-notice.html")
        try Golden.check(try SignInSheet(input).html(), "guangshun-signin.html")
    }
}
