import Foundation
import GRDB
import MediaProbe
import Testing
@testable import Catalogue

/// Issue 26's linking rules. The guides below are cut down from the shapes public Chinese EPG feeds write
/// (channel ids that are display names, CCTV5+ called 「CCTV5体育赛事」, half-width brackets and `/` in one
/// feed where another writes full-width ones); times are moved into December 2026.
@Suite("Linking rules: a channel identity or a unique time, never a guess")
struct LinkingRulesTests {
    let workspace: TestWorkspace
    let catalogue: Catalogue

    init() throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath)
    }

    func importGuide(_ body: String) throws {
        try workspace.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n\(body)\n</tv>\n", to: "feed.xml")
        _ = try catalogue.importGuide(at: URL(fileURLWithPath: workspace.path("feed.xml")))
    }

    /// The linker's decision for a recording, as the indexer would ask it.
    func outcome(path: String = "/录像/video.ts", title: String = "video", media: MediaInfo?) throws
        -> RecordingLinker.Outcome
    {
        let aliases = try TestWorkspace.channelAliases()
        return try catalogue.pool.write { db in
            try RecordingLinker.foldNewTitles(db)
            return try RecordingLinker(db: db, timeZone: Self.beijing, aliases: aliases).link(path: path, title: title, media: media)
        }
    }

    static let beijing = TimeZone(identifier: "Asia/Shanghai") ?? .gmt

    func programmeID(channel: String) throws -> Int64 {
        try #require(try catalogue.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM programme WHERE channel = ?", arguments: [channel])
        })
    }

    /// 30 minutes of MPEG-TS stamped 2026-12-01 19:00:20 +08:00, with the given service names.
    func recording(services: [String]) -> MediaInfo {
        MediaInfo(
            formatName: "mpegts", formatLongName: "MPEG-TS", duration: 1800,
            tags: ["creation_time": "2026-12-01T11:00:20Z"],
            programs: services.enumerated().map { ProgramInfo(number: $0.offset + 1, serviceName: $0.element) })
    }

    static let twoChannelsAtSeven = """
        <channel id="湖南卫视"><display-name lang="zh">湖南卫视</display-name></channel>
        <channel id="河北卫视"><display-name lang="zh">河北卫视</display-name></channel>
        <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="湖南卫视"><title lang="zh">新闻联播</title></programme>
        <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="河北卫视"><title lang="zh">河北新闻联播</title></programme>
        """

    @Test("without a channel identity, a time several channels fit links nothing and keeps the candidates")
    func ambiguousTime() throws {
        try importGuide(Self.twoChannelsAtSeven)
        let expected = [try programmeID(channel: "河北卫视"), try programmeID(channel: "湖南卫视")].sorted()
        #expect(try outcome(media: recording(services: [])) == .ambiguous(candidates: expected))
    }

    @Test("review shows a recording's candidates with channel, time and title")
    func reviewShowsCandidates() throws {
        try importGuide(Self.twoChannelsAtSeven)
        let folder = try workspace.copySamples(["农业科技/水稻育秧技术.mp4"])
        _ = try catalogue.index(roots: [folder])
        let programme = try programmeID(channel: "河北卫视")
        try catalogue.pool.write { db in
            try db.execute(
                sql: "INSERT INTO linkCandidate (resourceId, programmeId) SELECT id, ? FROM resource", arguments: [programme])
        }
        let item = try #require(try catalogue.reviewQueue().items.first)
        #expect(item.linkCandidates?.map(\.channel) == ["河北卫视"])
        #expect(item.linkCandidates?.first?.title == "河北新闻联播")
    }

    @Test("without a channel identity, a time only one channel fits links by creation time")
    func uniqueTime() throws {
        try importGuide("""
            <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="湖南卫视"><title>新闻联播</title></programme>
            <programme start="20261201183000 +0800" stop="20261201193000 +0800" channel="河北卫视"><title>民生剧场:我是刑警9</title></programme>
            """)
        let result = try outcome(media: recording(services: []))
        #expect(result == .linked(programme: try programmeID(channel: "湖南卫视"), method: .creationTime))
    }

    @Test("the recording's own title tells the candidates of one time apart")
    func titleAmongCandidates() throws {
        try importGuide(Self.twoChannelsAtSeven)
        let result = try outcome(title: "河北新闻联播", media: recording(services: []))
        #expect(result == .linked(programme: try programmeID(channel: "河北卫视"), method: .creationTime))
    }

    @Test("a named service the guide does not carry never takes another channel's programme at that time")
    func unknownService() throws {
        try importGuide("""
            <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="湖南卫视"><title>新闻联播</title></programme>
            """)
        #expect(try outcome(media: recording(services: ["CCTV-7"])) == .unlinked)
    }

    @Test("CCTV5 never takes CCTV5+ that a feed calls 「CCTV5体育赛事」; CCTV5+ and CCTV-5 spellings do")
    func plusChannelByAnotherName() throws {
        try importGuide("""
            <channel id="CCTV5+"><display-name lang="zh">CCTV5体育赛事</display-name></channel>
            <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="CCTV5+"><title>CBA联赛</title></programme>
            """)
        #expect(try outcome(path: "/录像/CCTV5_20261201_1900.ts", media: nil) == .unlinked)
        #expect(try outcome(path: "/录像/CCTV-5_20261201_1900.ts", media: recording(services: ["CCTV-5 体育"])) == .unlinked)
        let plus = try programmeID(channel: "CCTV5+")
        #expect(try outcome(path: "/录像/CCTV5+_20261201_1900.ts", media: nil) == .linked(programme: plus, method: .filename))
        #expect(
            try outcome(path: "/录像/a.ts", media: recording(services: ["CCTV-5+ 体育赛事"]))
                == .linked(programme: plus, method: .creationTime))
    }

    @Test("a feed's own display-name is a name of its channel")
    func displayNames() throws {
        try importGuide("""
            <channel id="c17"><display-name lang="zh">CCTV-17农业农村</display-name><display-name>CCTV17</display-name></channel>
            <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="c17"><title>谁知盘中餐</title></programme>
            """)
        let id = try programmeID(channel: "c17")
        #expect(try outcome(path: "/录像/CCTV17_20261201_1900.ts", media: nil) == .linked(programme: id, method: .filename))
        #expect(try outcome(path: "/录像/中央十七套_20261201_1900.ts", media: nil) == .linked(programme: id, method: .filename))
        #expect(try outcome(path: "/录像/CCTV1_20261201_1900.ts", media: nil) == .unlinked)
    }

    @Test("titles compare after search folding: width, brackets, ／ and 繁體", arguments: [
        "农业气象(重播)/特别节目", "农业气象（重播）／特别节目", "農業氣象（重播）/特別節目", "ＡＢＣ農業氣象(重播)/特别节目",
    ])
    func foldedTitles(title: String) throws {
        try importGuide("""
            <programme start="20261201190000 +0800" stop="20261201193000 +0800" channel="c7"><title>农业气象（重播）/特别节目</title></programme>
            <programme start="20261202190000 +0800" stop="20261202193000 +0800" channel="c7"><title>ABC农业气象（重播）／特别节目</title></programme>
            """)
        let ids = try catalogue.pool.read { db in try Int64.fetchAll(db, sql: "SELECT id FROM programme ORDER BY start") }
        let expected = title.hasPrefix("ＡＢＣ") ? ids[1] : ids[0]
        #expect(try outcome(path: "/录像/\(title).mp4", title: title, media: nil) == .linked(programme: expected, method: .title))
    }
}

@Suite("The channel alias table says what is wrong and where")
struct ChannelAliasTableTests {
    @Test("the repository's table reads; CCTV5 and CCTV5+ stay apart")
    func repositoryTable() throws {
        let matcher = ChannelMatcher(
            channels: [("a", ["CCTV5体育赛事"]), ("b", ["CCTV-5 体育"])], aliases: try TestWorkspace.channelAliases())
        #expect(matcher.channels(matching: "CCTV5+") == ["a"])
        #expect(matcher.channels(matching: "CCTV5") == ["b"])
        #expect(matcher.channels(matching: "ＣＣＴＶ－５＋") == ["a"])
    }

    @Test("a line without a colon names its line")
    func missingColon() {
        #expect {
            _ = try ChannelAliases(text: "# 注释\nCCTV1: CCTV1综合\nCCTV2 CCTV2财经\n", path: "channel-aliases.txt")
        } throws: { error in
            let error = error as? ChannelAliasesError
            return error?.line == 3 && error?.description.contains("channel-aliases.txt 第 3 行") == true
        }
    }

    @Test("one name given to two channels is refused")
    func nameOnTwoChannels() {
        #expect {
            _ = try ChannelAliases(text: "CCTV5: 体育频道\nCCTV5+: 体育频道\n", path: "a.txt")
        } throws: { error in
            (error as? ChannelAliasesError)?.line == 2
        }
    }
}
