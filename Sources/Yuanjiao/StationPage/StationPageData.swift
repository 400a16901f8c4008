import ChineseText
import Foundation
import Notices
import Planner

/// What the station page (`index.html`) shows, embedded in `station/data.js` as the one global
/// `YUANJIAO_STATION`: the month's sessions with their items and reasons, the notices in the bundle, the
/// library of every courseware file the manifest lists, and the pinyin readings of the characters those
/// titles use (so the page searches by full pinyin and initials without a server).
struct StationPageData: Encodable {
    struct Item: Encodable {
        var id: Int64
        var title: String
        var topic: String
        /// Offset from the session's start, in seconds.
        var start: Int
        var duration: Int
        /// Relative to the bundle folder, as the playlists and the play log write it.
        var file: String
        var why: String
    }

    struct Session: Encodable {
        var date: String
        var start: String
        var end: String
        var kind: String
        var kindName: String
        var items: [Item]
    }

    struct Notice: Encodable {
        var title: String
        var file: String
    }

    struct Entry: Encodable {
        var id: Int64?
        var title: String
        var topic: String
        var file: String
        var duration: Int
        /// `video`, `audio`, `document` or `other`, from the file's extension.
        var kind: String
        /// A browser plays it in the page (MP4, WebM, Ogg, MP3 …); others go to the system player.
        var plays: Bool
    }

    var station: String
    var stationName: String
    var county: String
    var place: String
    var month: String
    var topics: [String: String]
    var sessions: [Session]
    var notices: [Notice]
    var library: [Entry]
    /// Simplified character → its readings, space-separated (行 → "xing hang heng").
    var pinyin: [String: String]

    /// The data of one station's page. `files` are the bundle's own file names (to link the notices present),
    /// `courseware` the manifest's entries (the library), `pinyin` nil when the reference data is absent.
    init(
        input: NoticeInput, files: [String], courseware: [BundleManifest.Courseware],
        references: [String: String], pinyin table: PinyinTable?
    ) {
        station = input.station.id
        stationName = input.stationName
        county = input.county
        place = input.place
        month = input.month.description
        var titles: [String: PlannedItem] = [:]
        for session in input.sessions { for item in session.items where titles[item.path] == nil { titles[item.path] = item } }
        sessions = input.sessions.map { session in
            Session(
                date: session.date.description, start: session.start.description, end: session.end.description,
                kind: session.kind.rawValue, kindName: session.kind.chineseName,
                items: session.items.map {
                    Item(
                        id: $0.id, title: $0.title, topic: $0.topic, start: $0.startOffset, duration: $0.durationSeconds,
                        file: references[$0.path] ?? $0.path, why: $0.why)
                })
        }
        library = courseware.map { entry in
            let file = entry.bundlePath ?? entry.path
            let item = titles[entry.path]
            let name = (file as NSString).lastPathComponent
            let kind = Self.kind(ofFile: name)
            return Entry(
                id: item?.id, title: item?.title ?? (name as NSString).deletingPathExtension, topic: item?.topic ?? "",
                file: file, duration: item?.durationSeconds ?? 0, kind: kind.name, plays: kind.plays)
        }
        var topics: [String: String] = [:]
        for topic in Set(library.map(\.topic) + sessions.flatMap { $0.items.map(\.topic) }) where !topic.isEmpty {
            topics[topic] = input.topicNames.label(topic)
        }
        self.topics = topics
        notices = Self.notices.filter { files.contains($0.file) }
        pinyin = Self.readings(of: library.map(\.title) + sessions.flatMap { $0.items.map(\.title) }, table: table)
    }

    /// The bundle files the page links, in the order it lists them; only those present are shown (the
    /// 节目预告 arrives with the county's programme guide).
    static let notices: [Notice] = [
        Notice(title: "公示栏海报", file: "notice.html"),
        Notice(title: "签到表", file: "signin.html"),
        Notice(title: "喇叭广播稿", file: "notice.txt"),
        Notice(title: "节目预告", file: "节目预告.xml"),
        Notice(title: "整月播放列表", file: "playlist.xspf"),
        Notice(title: "说明", file: "说明.txt"),
    ]

    private static let playable: Set<String> = ["mp4", "m4v", "webm", "ogv", "mp3", "m4a", "ogg", "oga", "wav", "opus"]
    private static let audio: Set<String> = ["mp3", "m4a", "ogg", "oga", "wav", "opus", "aac", "wma", "flac", "amr"]
    private static let documents: Set<String> = ["pdf", "epub", "txt", "doc", "docx"]
    private static let video: Set<String> = [
        "mp4", "m4v", "webm", "ogv", "mkv", "avi", "ts", "mpg", "mpeg", "vob", "flv", "wmv", "rmvb", "rm", "mov", "3gp",
    ]

    static func kind(ofFile name: String) -> (name: String, plays: Bool) {
        let ext = (name as NSString).pathExtension.lowercased()
        let plays = playable.contains(ext)
        if audio.contains(ext) { return ("audio", plays) }
        if video.contains(ext) { return ("video", plays) }
        if documents.contains(ext) { return ("document", false) }
        return ("other", false)
    }

    /// Readings of every Han character in `texts`, after folding (the page folds its text the same way).
    static func readings(of texts: [String], table: PinyinTable?) -> [String: String] {
        guard let table else { return [:] }
        var result: [String: String] = [:]
        for text in texts {
            for scalar in TextFolding.fold(text).unicodeScalars where scalar.value >= 0x3400 {
                let key = String(scalar)
                guard result[key] == nil else { continue }
                let readings = table.readings(of: scalar)
                if !readings.isEmpty { result[key] = readings.joined(separator: " ") }
            }
        }
        return result
    }

    /// `station/data.js`: one statement setting the global. `<` is written as `\u003c` so that no title can
    /// close a script element even if the file is ever inlined.
    func script() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = String(decoding: try encoder.encode(self), as: UTF8.self)
            .replacingOccurrences(of: "<", with: "\\u003c")
            .replacingOccurrences(of: "\u{2028}", with: "\\u2028")
            .replacingOccurrences(of: "\u{2029}", with: "\\u2029")
        return Data(("// 远教站点页面的数据（由 yuanjiao plan --out 生成，请勿手改）\nwindow.YUANJIAO_STATION = " + json + ";\n").utf8)
    }
}
