public import Planner

/// How a planned item (or a logged play) compares with the plan; `"outcome"` in JSON.
public enum PlayOutcome: String, Sendable, Hashable, Codable, CaseIterable {
    case played
    case partlyPlayed = "partly-played"
    case notPlayed = "not-played"
    case unplanned

    public var chineseName: String {
        switch self {
        case .played: return "已播放"
        case .partlyPlayed: return "部分播放"
        case .notPlayed: return "未播放"
        case .unplanned: return "计划外"
        }
    }
}

/// One planned item and what the log shows of it, or one logged play the plan did not have.
public struct PlayMatch: Sendable, Hashable, Codable {
    public var station: String
    public var date: LocalDate
    public var file: String
    public var title: String?
    public var topic: String?
    public var outcome: PlayOutcome
    /// Planned start (time of day, "HH:MM:SS"); nil for unplanned plays.
    public var plannedStart: String?
    public var plannedSeconds: Int
    public var playedSeconds: Int
    /// Minutes the first play started after the planned start (0 when on time or early).
    public var lateMinutes: Int
}

/// Matches a station's month of logged plays to its stored plan, by file name and day. Pure.
public enum PlayMatcher {
    /// An item counts as played when the log covers this share of its duration.
    public static let playedShare = 0.9

    public struct Play: Sendable, Hashable {
        public var start: LogTime
        public var end: LogTime
        public var file: String

        public init(start: LogTime, end: LogTime, file: String) {
            self.start = start
            self.end = end
            self.file = file
        }
    }

    public static func match(station: String, plan: StationPlan?, plays: [Play]) -> [PlayMatch] {
        // Keyed by the date itself, not its text: a year report matches every play of 60,000 station-months.
        struct DayFile: Hashable {
            var date: LocalDate
            var file: String
        }
        var byDayAndFile: [DayFile: [Play]] = [:]
        for play in plays { byDayAndFile[DayFile(date: play.start.date, file: play.file), default: []].append(play) }
        var used = Set<DayFile>()
        var matches: [PlayMatch] = []
        for session in plan?.sessions ?? [] {
            for item in session.items {
                let file = fileName(item.path)
                let key = DayFile(date: session.date, file: file)
                let logged = byDayAndFile[key] ?? []
                used.insert(key)
                let seconds = min(item.durationSeconds, logged.reduce(0) { $0 + ($1.end.absolute - $1.start.absolute) })
                let plannedStart = session.start.minutes * 60 + item.startOffset
                let firstStart = logged.map(\.start.seconds).min()
                let outcome: PlayOutcome = logged.isEmpty ? .notPlayed
                    : Double(seconds) >= playedShare * Double(item.durationSeconds) ? .played : .partlyPlayed
                matches.append(PlayMatch(
                    station: station, date: session.date, file: file, title: item.title, topic: item.topic, outcome: outcome,
                    plannedStart: TimeOfDay.clockText(seconds: plannedStart), plannedSeconds: item.durationSeconds,
                    playedSeconds: seconds, lateMinutes: max(0, ((firstStart ?? plannedStart) - plannedStart) / 60)))
            }
        }
        for play in plays.sorted(by: { $0.start < $1.start }) where !used.contains(DayFile(date: play.start.date, file: play.file)) {
            matches.append(PlayMatch(
                station: station, date: play.start.date, file: play.file, title: nil, topic: nil, outcome: .unplanned,
                plannedStart: nil, plannedSeconds: 0, playedSeconds: play.end.absolute - play.start.absolute, lateMinutes: 0))
        }
        return matches
    }

    static func fileName(_ path: String) -> String {
        String(path.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last ?? Substring(path))
    }
}
