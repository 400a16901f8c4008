import Notices
public import Planner

/// One course to play: what, from where, and when the plan wants it to start.
public struct PlaybackCue: Sendable, Hashable {
    public var title: String
    /// The path relative to the bundle folder (as the playlists write it); what the play log records.
    public var reference: String
    public var plannedStart: LogTime
    public var durationSeconds: Int
}

/// One session of the day with its courses in play order (an open day's loop repeated to fill its hours).
public struct PlaybackSession: Sendable, Hashable {
    public var session: PlannedSession
    public var start: LogTime
    public var end: LogTime
    public var cues: [PlaybackCue]
}

/// What `yuanjiao play` does on a day, decided from the plan and the time alone. Pure.
public enum PlaybackSchedule: Sendable, Hashable {
    /// Sessions to play, in order; `waits` is false when they start at once (`--now`, or another day's make-up).
    case play([PlaybackSession], waits: Bool)
    /// Nothing planned on the day; the next session of the month, if any.
    case nothingOn(LocalDate, next: PlannedSession?)
    /// The day's sessions are all over.
    case over(LocalDate)

    /// `date` nil means today. Today's sessions that have not ended yet are played, each at its time
    /// unless `startNow`; another day's sessions are a make-up showing and start at once.
    public static func decide(
        plan: StationPlan, now: LogTime, date: LocalDate?, startNow: Bool, reference: (String) -> String
    ) -> PlaybackSchedule {
        let day = date ?? now.date
        let ofDay = plan.sessions.filter { $0.date == day && !$0.items.isEmpty }.sorted { $0.start < $1.start }
        guard !ofDay.isEmpty else {
            let next = plan.sessions.filter { !$0.items.isEmpty && LogTime(date: $0.date, seconds: $0.start.minutes * 60) > now }
                .min { ($0.date, $0.start) < ($1.date, $1.start) }
            return .nothingOn(day, next: next)
        }
        let makeUp = day != now.date
        let remaining = makeUp ? ofDay : ofDay.filter { LogTime(date: day, seconds: $0.end.minutes * 60) > now }
        guard !remaining.isEmpty else { return .over(day) }
        return .play(remaining.map { cues($0, reference: reference) }, waits: !(startNow || makeUp))
    }

    static func cues(_ session: PlannedSession, reference: (String) -> String) -> PlaybackSession {
        let start = LogTime(date: session.date, seconds: session.start.minutes * 60)
        var offset = 0
        let cues = PlaylistEntries.played(session).enumerated().map { index, item in
            // A repeated open-day loop runs on from where the last round ended.
            offset = index < session.items.count ? item.startOffset : offset
            defer { offset += item.durationSeconds }
            return PlaybackCue(
                title: item.title, reference: reference(item.path), plannedStart: start.adding(seconds: offset),
                durationSeconds: item.durationSeconds)
        }
        return PlaybackSession(session: session, start: start, end: LogTime(date: session.date, seconds: session.end.minutes * 60), cues: cues)
    }
}

extension LogTime {
    /// The moment `seconds` later (or earlier), across midnight.
    public func adding(seconds delta: Int) -> LogTime {
        let total = absolute + delta
        let days = total >= 0 ? total / 86_400 : (total - 86_399) / 86_400
        return LogTime(date: LocalDate(dayNumber: days), seconds: total - days * 86_400)
    }
}
