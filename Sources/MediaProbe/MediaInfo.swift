public import Foundation

/// What libavformat reports about one media file: the container, its streams, programmes and chapters.
///
/// A plain value (no C pointers), safe to send across threads and to store as JSON.
public struct MediaInfo: Sendable, Hashable, Codable {
    /// libavformat's short demuxer name: `"mov,mp4,m4a,3gp,3g2,mj2"`, `"mpegts"`, `"matroska,webm"`, ...
    public var formatName: String
    public var formatLongName: String
    /// Seconds; nil when the container does not say and libavformat cannot estimate it.
    public var duration: Double?
    /// Bits per second over the whole file.
    public var bitRate: Int?
    /// Seconds; the first timestamp (MPEG-TS recordings rarely start at 0).
    public var startTime: Double?
    /// Container metadata with lower-cased keys (`title`, `comment`, `artist`, `date`, `creation_time`, ...),
    /// values decoded from UTF-8 or GBK/GB18030.
    public var tags: [String: String]
    public var streams: [StreamInfo]
    /// MPEG-TS services; empty for other containers.
    public var programs: [ProgramInfo]
    public var chapters: [ChapterInfo]
    /// `tags["title"]` trimmed, or nil when missing or blank.
    public var title: String?
    /// `tags["creation_time"]` as a date, when it is an ISO 8601 time (mp4, mov, mkv write it so).
    public var creationTime: Date?

    public init(
        formatName: String, formatLongName: String, duration: Double? = nil, bitRate: Int? = nil,
        startTime: Double? = nil, tags: [String: String] = [:], streams: [StreamInfo] = [],
        programs: [ProgramInfo] = [], chapters: [ChapterInfo] = []
    ) {
        self.formatName = formatName
        self.formatLongName = formatLongName
        self.duration = duration
        self.bitRate = bitRate
        self.startTime = startTime
        self.tags = tags
        self.streams = streams
        self.programs = programs
        self.chapters = chapters
        self.title = Self.nonBlank(tags["title"])
        self.creationTime = tags["creation_time"].flatMap(Self.parseCreationTime)
    }

    /// True when some stream is real video, not just an album cover in an audio file.
    public var hasVideo: Bool {
        streams.contains { $0.kind == .video && !$0.isAttachedPicture }
    }

    /// True when the file carries sound; a lecture may be audio only.
    public var hasAudio: Bool {
        streams.contains { $0.kind == .audio }
    }

    static func nonBlank(_ text: String?) -> String? {
        guard let trimmed = text.map(trimmingSpace), !trimmed.isEmpty else {
            return nil
        }
        return trimmed
    }

    /// `trimmingCharacters(in: .whitespacesAndNewlines)` without Foundation's bridging (a call per tag read on the
    /// probing threads): that set is Unicode's White_Space plus U+200B on Linux; `MediaInfoTrimTests` compares both.
    static func trimmingSpace(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace || scalar.value == 0x200B }
        guard let first = scalars.first, let last = scalars.last, isSpace(first) || isSpace(last) else { return text }
        guard let start = scalars.firstIndex(where: { !isSpace($0) }),
              let end = scalars.lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(scalars[start...end])
    }

    /// libavformat prints `2026-12-03T11:00:00.000000Z` (microseconds); some muxers drop the fraction or the zone.
    static func parseCreationTime(_ text: String) -> Date? {
        if let date = try? Date.ISO8601FormatStyle(includingFractionalSeconds: true).parse(text) {
            return date
        }
        return try? Date.ISO8601FormatStyle().parse(text)
    }
}
