import Foundation
import GRDB
import MediaProbe
import Testing
@testable import Catalogue

/// The indexer's hand-written storage must store exactly what the generic machinery stored before.
@Suite("Index storage")
struct IndexStorageTests {
    private static func encoderText(_ info: MediaInfo) throws -> String {
        String(decoding: try ResourceRow.databaseJSONEncoder(for: "media").encode(info), as: UTF8.self)
    }

    static let awkwardTags: [String: String] = [
        "title": "农业技术讲座 第1讲", "comment": "a/b \"quoted\" back\\slash\ttab\nline\r\u{1}\u{1F}\u{7F}",
        "Ä": "ä", "a10": "x", "a2": "y", "_x": "", "中文键": "值 ／ 全角", "emoji": "📺 \u{301}",
        "track": "10", "creation_time": "2026-12-03T11:00:00.000000Z", "": "empty key", "\u{2028}": "\u{FEFF}",
    ]

    static let examples: [MediaInfo] = {
        var full = MediaInfo(
            formatName: "mpegts", formatLongName: "MPEG-TS (MPEG-2 Transport Stream)", duration: 1_234.56789,
            bitRate: 1_200_000, startTime: 1.4, tags: awkwardTags,
            streams: [
                StreamInfo(index: 0, kind: .video, codecName: "h264", width: 1920, height: 1080, frameRate: 30000.0 / 1001.0,
                           language: "chi", bitRate: 1_000_000, duration: 20, tags: ["language": "chi", "handler_name": "Video/Handler"]),
                StreamInfo(index: 1, kind: .audio, codecName: "aac", sampleRate: 48_000, channels: 2, duration: 1e-5),
                StreamInfo(index: 2, kind: .video, codecName: "mjpeg", isAttachedPicture: true),
                StreamInfo(index: 3, kind: .subtitle, codecName: "none"),
                StreamInfo(index: 4, kind: .data, codecName: "bin_data", duration: 1e21),
                StreamInfo(index: 5, kind: .attachment, codecName: "ttf"),
                StreamInfo(index: 6, kind: .unknown, codecName: "none", duration: -0.0),
            ],
            programs: [
                ProgramInfo(number: 1, serviceName: "CCTV-7 农业农村", serviceProvider: "CCTV", streamIndices: [0, 1],
                            tags: ["service_name": "CCTV-7 农业农村"]),
                ProgramInfo(number: 2),
            ],
            chapters: [
                ChapterInfo(start: 0, end: 12.5, title: "第一节", tags: ["title": "第一节"]),
                ChapterInfo(start: 12.5, end: .leastNonzeroMagnitude),
            ])
        full.creationTime = Date(timeIntervalSince1970: 1_733_486_400.123_456)
        var bare = MediaInfo(formatName: "", formatLongName: "")
        bare.creationTime = Date(timeIntervalSince1970: 0)
        return [full, bare, MediaInfo(formatName: "mp3", formatLongName: "MP2/3 (MPEG audio layer 2/3)", duration: 20, tags: ["title": "  讲座  "])]
    }()

    @Test("the media JSON is byte for byte what GRDB's encoder writes")
    func mediaJSONMatchesEncoder() throws {
        for info in Self.examples {
            let expected = try Self.encoderText(info)
            #expect(MediaInfoJSON.text(info) == expected, "\(expected)")
        }
        for value in [0.1, 1.0 / 3.0, 123_456_789.123, 1.797_693_134_862_315_7e308, 2.5e-8, 100, 1e16, 1e15] {
            let info = MediaInfo(formatName: "x", formatLongName: "y", duration: value, startTime: -value)
            #expect(MediaInfoJSON.text(info) == (try Self.encoderText(info)))
        }
    }

    @Test("a number JSON cannot hold is left to the encoder, which refuses it as before")
    func nonFiniteNumberFallsBack() {
        #expect(MediaInfoJSON.text(MediaInfo(formatName: "x", formatLongName: "y", duration: .infinity)) == nil)
        #expect(MediaInfoJSON.text(MediaInfo(formatName: "x", formatLongName: "y", startTime: .nan)) == nil)
    }

    @Test("indexing the samples stores the media JSON and dates the encoder would, and decodes them back")
    func indexedRowsMatchEncoder() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try catalogue.index(roots: [TestWorkspace.samples.path])
        let rows = try catalogue.read { db in
            try Row.fetchAll(db, sql: "SELECT media, addedAt, updatedAt FROM resource WHERE media IS NOT NULL")
        }
        try #require(rows.count >= 20)
        for row in rows {
            let text: String = row["media"]
            let info = try #require(try? ResourceRow.databaseJSONDecoder(for: "media").decode(MediaInfo.self, from: Data(text.utf8)), "\(text)")
            let reencoded = try Self.encoderText(info)
            #expect(text == reencoded, "\(text)\n\(reencoded)")
            let added: Date = row["addedAt"]
            #expect((row["addedAt"] as String) == String.fromDatabaseValue(added.databaseValue))
            #expect(row["updatedAt"] as String == row["addedAt"] as String)
        }
    }

    @Test("file names and stems are NSString's, for odd paths too")
    func pathNamesMatchNSString() {
        let paths = [
            "/a/b/c.mp4", "/a/b/c", "/a/b/.hidden", "/a/b/c.", "/a/b/c.tar.gz", "/a/b/c d.m p4", "/课件/中文 第1讲.ts",
            "/a/b/c.mp4/", "c.mp4", "/a//b.x", "/a/b/..mp4", "/a/b/c..", "/a/b/.a.b", "/", "", "/a/\u{301}b.mp4",
            "/a/b/名字\u{301}.mp4", "/a/b/c.\u{301}mp4", "/a/b/c\u{301}/d", "/a/b/\u{1}ctl\n.avi", "/a/b/百分%20号#?.mkv", "relative/name.x.y",
            "/g/guide.XML", "/g/cat.sqlite-wal", "/g/list.m3u8", "/g/a.b.Part", "/g/x.xml ", "/g/..json",
        ]
        for path in paths {
            let name = (path as NSString).lastPathComponent
            #expect(PathName.lastComponent(path) == name, "\(path)")
            #expect(PathName.stem(ofName: name) == (name as NSString).deletingPathExtension, "\(path)")
            let skipped = DirectoryWalker.ignoredExtensions
            #expect(skipped.contains(PathName.fileExtension(ofName: name).lowercased())
                == skipped.contains((name as NSString).pathExtension.lowercased()), "\(path)")
        }
    }

    @Test("batches cover every file once in order, and the last ones are small")
    func batchesShrinkAtTheEnd() {
        for count in [0, 1, 10, 16, 17, 255, 256, 257, 2000] {
            let ranges = Catalogue.batchRanges(count: count, size: 256)
            #expect(ranges.flatMap { Array($0) } == Array(0..<count))
            #expect(ranges.allSatisfy { $0.count <= 256 })
            if count > 32 { #expect((ranges.last?.count ?? 0) <= 16) }
        }
    }
}

/// Files are probed by their path's bytes now, not through a Foundation `URL`: names a URL would escape or
/// normalise must still be found and probed.
@Suite("Index odd file names")
struct IndexOddNameTests {
    static let names = [
        "百分%20号.mp3", "井#号?问号.mp3", " 前后空格 .mp3", "反斜\\杠.mp3", "换\n行.mp3", "-减号开头.mp3", "\u{301}组合符.mp3",
        "表情📺.mp3", "a..b.mp3", "无扩展名", "file:冒号.mp3", String(repeating: "长", count: 80) + ".mp3",
    ]

    @Test("every odd name is probed and stored under its own path")
    func oddNamesIndex() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let source = try #require(FileManager.default.enumerator(atPath: TestWorkspace.samples.path)?
            .compactMap { $0 as? String }.sorted().first { $0.hasSuffix(".mp3") })
        let folder = workspace.path("odd")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for name in Self.names {
            try FileManager.default.copyItem(atPath: TestWorkspace.samples.appendingPathComponent(source).path, toPath: folder + "/" + name)
        }
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let report = try catalogue.index(roots: [folder])
        #expect(report.failed.isEmpty, "\(report.failed)")
        #expect(report.added == Self.names.count)
        let stored = try catalogue.read { db in
            try Row.fetchAll(db, sql: "SELECT path, format FROM resource").map { row in
                (row["path"] as String, row["format"] as String?)
            }
        }
        #expect(Set(stored.map(\.0)) == Set(Self.names.map { folder + "/" + $0 }))
        #expect(stored.allSatisfy { $0.1 == "mp3" })
    }
}
