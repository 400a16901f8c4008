import Foundation
import Testing
@testable import ProgrammeGuide

/// The import's flat path (`GuideReader.streamRows`) makes most rows straight from the parsed bytes; they must be
/// exactly the rows `ProgrammeRows.append` makes of the programmes `GuideReader.stream` hands out, in the same
/// order, with the same warnings, on every fixture and on a guide of awkward cases.
@Suite("Flat rows of the import")
struct FlatRowsTests {
    /// A row with its texts and its channel spelled out, slots aside (the two paths number channels in
    /// different orders when a programme waits for its stop).
    struct Spelled: Hashable {
        var channel: String
        var numbers: [Double?]
        var texts: [String?]
        var flags: [Int?]
        var clumpPart: Programme?
    }

    static func spelled(_ chunks: [ProgrammeRows]) -> [Spelled] {
        var names: [String] = []
        var result: [Spelled] = []
        for chunk in chunks {
            names += chunk.newChannels
            #expect(!chunk.rows.isEmpty)
            func text(_ span: ProgrammeRows.Span) -> String? {
                span.isNull ? nil : String(decoding: chunk.bytes[Int(span.offset)..<Int(span.offset + span.count)], as: UTF8.self)
            }
            for row in chunk.rows {
                // A channel is named in the chunk of its first row or before.
                #expect(names.indices.contains(row.channel))
                result.append(Spelled(
                    channel: names.indices.contains(row.channel) ? names[row.channel] : "?", numbers: [row.start, row.stop, row.coveredStop],
                    texts: [row.title, row.subTitle, row.description, row.categories, row.keywords, row.episodeNumbers,
                            row.seriesTitle, row.channelName].map(text),
                    flags: [row.season, row.episode, row.episodeLast, row.part, row.clumpCount,
                            row.isPremiere.map { $0 ? 1 : 0 }, row.isPlaceholder ? 1 : 0, row.line],
                    clumpPart: row.clumpPart.map { chunk.parts[$0] }))
            }
        }
        return result
    }

    /// Both paths on one guide: rows, warnings, or the error.
    static func compare(_ url: URL, options: GuideOptions = .init()) {
        var slots: [String: Int] = [:]
        var expected = ProgrammeRows()
        let streamed = Result { () throws(GuideError) in
            try GuideReader.stream(contentsOf: url, options: options, channel: { _ in }) { programme in
                let slot = slots[programme.channel] ?? slots.count
                let isNew = slots[programme.channel] == nil
                slots[programme.channel] = slot
                expected.append(programme, slot: slot, newChannel: isNew)
            }
        }
        var chunks: [ProgrammeRows] = []
        let flat = Result { () throws(GuideError) in
            try GuideReader.streamRows(contentsOf: url, options: options, chunkSize: 3, channel: { _ in }) {
                chunks.append($0)
            }
        }
        #expect(streamed == flat, "\(url.lastPathComponent)")
        #expect(spelled(chunks) == spelled(expected.count > 0 ? [expected] : []), "\(url.lastPathComponent)")
    }

    @Test("every fixture and sample guide gives the same rows, warnings and errors both ways")
    func fixtures() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Fixture.folder.path)
            .filter { $0.hasSuffix(".xml") || $0.hasSuffix(".gz") }.sorted()
        #expect(names.count > 20)
        for name in names { Self.compare(Fixture.url(name)) }
        for name in ["sample-guide.xml", "sample-guide-gb18030.xml"] {
            Self.compare(Fixture.samples.appendingPathComponent(name))
        }
    }

    /// Real feeds are not committed (size, licence): `YUANJIAO_REAL_FEEDS=a.xml,b.xml.gz swift test --filter FlatRows`.
    static let realFeeds = ProcessInfo.processInfo.environment["YUANJIAO_REAL_FEEDS"]?.split(separator: ",").map(String.init) ?? []

    @Test("real feeds named in YUANJIAO_REAL_FEEDS give the same rows and warnings both ways", .enabled(if: !FlatRowsTests.realFeeds.isEmpty))
    func realFeedsBothWays() {
        for path in Self.realFeeds { Self.compare(URL(fileURLWithPath: path)) }
    }

    @Test("padded texts, languages, episode numbers, premieres, lengths, missing stops, clumps and odd times")
    func awkwardCases() throws {
        let url = try Fixture.temporary(Data(Self.awkwardGuide.utf8))
        defer { Fixture.remove(url) }
        Self.compare(url)
        Self.compare(url, options: GuideOptions(defaultTimeZone: TimeZone(identifier: "Europe/London")!))
    }

    static let awkwardGuide = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tv date="20261201">
          <channel id="CCTV-1"><display-name>CCTV-1 综合</display-name></channel>
          <programme start="20261201060000 +0800" stop="20261201063000 +0800" channel=" CCTV-1\u{3000}">
            <title lang="en">Morning News</title><title lang="ZH-cn">\u{3000} 朝闻天下\u{A0}</title>
            <title lang="zh">第二个</title><sub-title>  </sub-title><sub-title lang="">第3集</sub-title>
            <desc lang="en">News.</desc><category>新闻</category><category lang="en"> News </category>
            <keyword>早间</keyword><episode-num system="onscreen"> E05 </episode-num>
            <episode-num system="xmltv_ns">0.11.0/1</episode-num><episode-num>  </episode-num>
            <previously-shown/><premiere/><length units="minutes">30</length>
          </programme>
          <programme start="20261201063000 +0800" channel="陕西农林卫视"><title>水稻种植技术（第三集）</title></programme>
          <programme start="20261201063000 +0800" stop="20261201070000 +0800" channel="CCTV-1">
            <title>民生剧场:我是刑警9</title><previously-shown/><length units="hours">x</length></programme>
          <programme start="20261201070000 +0800" stop="20261201073000 +0800" channel="陕西农林卫视">
            <title>致富经</title><length units="seconds">1800</length><length units="weeks">2</length></programme>
          <programme start="20261201073000" stop="20261201080000" channel="CCTV-1"><title>无时区</title></programme>
          <programme start="20261201235000 +0800" stop="20261201001000 +0800" channel="CCTV-1"><title>跨夜</title></programme>
          <programme start="20261202080000 +0800" stop="20261202080000 +0800" channel="CCTV-1"><title>精彩节目</title></programme>
          <programme start="20261202080000 +0800" stop="20261202083000 +0800" channel="CCTV-1" clumpidx="0/2"><title>新闻联播</title></programme>
          <programme start="20261202080000 +0800" stop="20261202083000 +0800" channel="CCTV-1" clumpidx="1/2"><title>天气预报</title></programme>
          <programme start="20261202090000 +0800" stop="20261202093000 +0800" channel="CCTV-1" clumpidx="bad"><title>坏的分组</title></programme>
          <programme start="20261202100000 +0800" stop="20261212100000 +0800" channel="CCTV-1"><title>太长</title></programme>
          <programme start="20261202110000 +0800" stop="20261202120000 +0800" channel=""><title>无频道</title></programme>
          <programme start="2026120212 +0800" stop="20261202130000 CST" channel="CCTV-1"><title>截短的时间</title></programme>
          <programme start="20261202140000 +0800" stop="20261202150000 +0800" channel="CCTV-1">
            <title lang="en">Only English</title><episode-num system="onscreen">第十二集</episode-num>
            <episode-num system="onscreen">第十二集</episode-num><date>2026</date><language>zh</language></programme>
          <programme start="20261202150000 +0800" channel="CCTV-1"><title>频道最后一个</title></programme>
          <programme start="20261202160000 +0800" stop="20261202170000 +0800" channel="陕西农林卫视"><title/></programme>
        </tv>
        """
}
