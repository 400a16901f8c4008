public import Foundation
import ChineseText
import GRDB
import MediaProbe

/// The linking rules tried on a guide already imported (issue 26): for a sample of its programmes, recordings
/// are made up the way satellite receivers and downloaders name and tag them, and the linker's answer is
/// compared with the programme each was made from. Nothing is stored; a wrong link is a rule to fix.
public struct LinkAudit: Sendable {
    /// How a made-up recording says what it is.
    public enum Recording: String, Sendable, CaseIterable {
        /// `频道_YYYYMMDD_HHMM.ts`, no metadata.
        case fileName = "file-name"
        /// Only a container `creation_time` (20 s after the start) and a duration: no channel anywhere.
        case creationTime = "creation-time"
        /// The MPEG-TS service name (the channel's display name) and `creation_time`.
        case serviceAndTime = "service-and-time"
        /// Only the programme's title as the file name.
        case title
    }

    public struct Tally: Sendable, Equatable {
        /// Linked to the programme it was made from (or the same title at the same time on a channel of the
        /// same name: feeds list some channels twice).
        public var right = 0
        /// Left for the librarian with the right programme among the candidates.
        public var ambiguous = 0
        public var unlinked = 0
        /// Linked to another programme, or candidates without the right one.
        public var wrong = 0

        public init() {}
    }

    public var sampled = 0
    public var tallies: [Recording: Tally] = [:]
    /// The first few wrong answers, for whoever fixes the rule.
    public var wrongExamples: [String] = []
}

extension Catalogue {
    /// Runs `LinkAudit` on every `stride`-th programme of the catalogue's guides, at most `limit` of them.
    public func auditLinking(
        stride: Int = 97, limit: Int = 500, aliases: ChannelAliases = .none,
        timeZone: TimeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
    ) throws -> LinkAudit {
        try pool.write { db in
            try RecordingLinker.foldNewTitles(db)
            let linker = try RecordingLinker(db: db, timeZone: timeZone, aliases: aliases)
            let names = try Dictionary(
                Row.fetchAll(db, sql: "SELECT id, names FROM channel").map { row in
                    (row[0] as String, ProgrammeStore.lines(row[1]).first ?? row[0])
                }, uniquingKeysWith: { first, _ in first })
            let sample = try Row.fetchAll(
                db, sql: """
                    SELECT id, channel, start, stop, title, titleKey FROM programme
                    WHERE stop IS NOT NULL AND trim(title) != '' AND id % ? = 0 ORDER BY id LIMIT ?
                    """, arguments: [max(1, stride), limit])
            var audit = LinkAudit()
            let judge = LinkJudge(db: db)
            for row in sample {
                let made = MadeUpRecordings(row: row, serviceName: names[row["channel"]] ?? row["channel"], timeZone: timeZone)
                audit.sampled += 1
                for (kind, recording) in made.recordings {
                    let outcome = try linker.link(path: recording.path, title: recording.title, media: recording.media)
                    let verdict = try judge.verdict(outcome, for: made.source)
                    audit.tallies[kind, default: .init()].add(verdict)
                    if verdict == .wrong, audit.wrongExamples.count < 5 {
                        audit.wrongExamples.append("\(kind.rawValue) \(recording.path) → \(outcome)")
                    }
                }
            }
            return audit
        }
    }
}

private struct MadeUpRecordings {
    struct Source {
        var id: Int64
        var start: Double
        var titleKey: String
    }

    struct Recording {
        var path: String
        var title: String
        var media: MediaInfo?
    }

    let source: Source
    let recordings: [(LinkAudit.Recording, Recording)]

    init(row: Row, serviceName: String, timeZone: TimeZone) {
        let channel: String = row["channel"]
        let start: Double = row["start"]
        let stop: Double = row["stop"]
        let title: String = row["title"]
        source = Source(id: row["id"], start: start, titleKey: row["titleKey"] ?? TextFolding.fold(title))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        let local = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: Date(timeIntervalSince1970: start))
        let stamp = String(
            format: "%04d%02d%02d_%02d%02d", local.year ?? 0, local.month ?? 0, local.day ?? 0, local.hour ?? 0,
            local.minute ?? 0)
        let created = Date(timeIntervalSince1970: start + 20).ISO8601Format()
        let timed = MediaInfo(
            formatName: "mpegts", formatLongName: "MPEG-TS", duration: stop - start, tags: ["creation_time": created])
        var serviced = timed
        serviced.programs = [ProgramInfo(number: 1, serviceName: serviceName)]
        var recordings: [(LinkAudit.Recording, Recording)] = [
            (.creationTime, Recording(path: "/录像/rec0001.ts", title: "rec0001", media: timed)),
            (.serviceAndTime, Recording(path: "/录像/rec0002.ts", title: "rec0002", media: serviced)),
        ]
        // A channel id with a path separator cannot be a file name.
        if !channel.contains("/") {
            recordings.append((.fileName, Recording(path: "/录像/\(channel)_\(stamp).ts", title: channel, media: nil)))
        }
        if !title.contains("/") {
            recordings.append((.title, Recording(path: "/录像/\(title).mp4", title: title, media: nil)))
        }
        self.recordings = recordings
    }
}

/// Right means the source programme, or one at the same start with the same folded title (a feed that
/// lists a channel twice under two ids); for a title-only recording, any airing of that title.
private struct LinkJudge {
    enum Verdict { case right, ambiguous, unlinked, wrong }

    let db: Database

    func verdict(_ outcome: RecordingLinker.Outcome, for source: MadeUpRecordings.Source) throws -> Verdict {
        switch outcome {
        case .unlinked:
            return .unlinked
        case .ambiguous(let candidates):
            return candidates.contains(source.id) ? .ambiguous : .wrong
        case .linked(let programme, let method):
            guard programme != source.id else { return .right }
            let row = try Row.fetchOne(db, sql: "SELECT start, titleKey FROM programme WHERE id = ?", arguments: [programme])
            let sameTitle = row?["titleKey"] == source.titleKey
            let sameStart = row?["start"] == source.start
            return sameTitle && (sameStart || method == .title) ? .right : .wrong
        }
    }
}

extension LinkAudit.Tally {
    fileprivate mutating func add(_ verdict: LinkJudge.Verdict) {
        switch verdict {
        case .right: right += 1
        case .ambiguous: ambiguous += 1
        case .unlinked: unlinked += 1
        case .wrong: wrong += 1
        }
    }
}
