import ChineseText
import Testing

@Suite("Episode forms of real Chinese guides")
struct EpisodeFormTests {
    @Test("numbers, ranges, totals, seasons and colon subtitles", arguments: [
        ("山海情 第 42 集", 42, nil, nil, "山海情"),
        ("六姊妹10/38", 10, nil, nil, "六姊妹"),
        ("六姊妹(10/38)", 10, nil, nil, "六姊妹"),
        ("繁花 第1-4集", 1, 4, nil, "繁花"),
        ("人世间(13-15)", 13, 15, nil, "人世间"),
        ("山海情 12：回家", 12, nil, nil, "山海情"),
        ("老友记 S04E34", 34, nil, 4, "老友记"),
        ("乡村爱情 第4季 第12集", 12, nil, 4, "乡村爱情"),
        // From a real Guangdong IPTV guide (LiuYi0526/IPTVnew gmcc_epg.xml): finales and mixed brackets.
        ("手枪队(46完)", 46, nil, nil, "手枪队"),
        ("深潜（38完）", 38, nil, nil, "深潜"),
        ("苍狼(16）", 16, nil, nil, "苍狼"),
        ("承欢记（4)", 4, nil, nil, "承欢记"),
    ] as [(String, Int?, Int?, Int?, String)])
    func forms(title: String, number: Int?, last: Int?, season: Int?, series: String) throws {
        let marker = try #require(EpisodeMarker.parse(title: title), "\(title)")
        #expect(marker.number == number, "\(title)")
        #expect(marker.lastNumber == last, "\(title)")
        #expect(marker.season == season, "\(title)")
        #expect(marker.seriesTitle == series, "\(title)")
    }

    @Test("a season alone is kept; times, years and year spans are not episodes")
    func notEpisodes() {
        #expect(EpisodeMarker.parse(title: "乡村爱情 第4季")?.season == 4)
        #expect(EpisodeMarker.parse(title: "新闻 19:30") == nil)
        #expect(EpisodeMarker.parse(title: "春节联欢晚会（2025-2026）") == nil)
        #expect(EpisodeMarker.parse(title: "第2026-44期")?.number == nil || EpisodeMarker.parse(title: "第2026-44期")?.number == 2026)
    }
}
