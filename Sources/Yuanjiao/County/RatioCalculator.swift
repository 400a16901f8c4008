import Catalogue
import Planner

/// Computes a station-month's `StationRatios` from its stored plan, its logged plays and its sheets. Pure.
enum RatioCalculator {
    static func ratios(
        plan: StationPlan?, plays: [PlayMatcher.Play], signIns: [AttendanceRecord], reflections: [ReflectionRecord], members: Set<String>
    ) -> StationRatios {
        let sessions = plan?.sessions ?? []
        var parts: [MonitoringRatio: RatioParts] = [:]
        // No log is "no log": 开机率 and 使用率 stay nil rather than 0.
        if !plays.isEmpty {
            let needed = Set(sessions.map(\.date))
            let played = Set(plays.map(\.start.date)).intersection(needed)
            if !needed.isEmpty { parts[.powerOn] = RatioParts(achieved: played.count, expected: needed.count) }
            let usage = usageParts(sessions: sessions.filter { $0.kind != .openDay }, plays: plays)
            if usage.expected > 0 { parts[.usage] = usage }
        }
        let dates = Set(signIns.map(\.date))
        if !members.isEmpty, !dates.isEmpty {
            let present = signIns.filter { $0.present && members.contains($0.member) }.count
            parts[.attendance] = RatioParts(achieved: present, expected: members.count * dates.count)
        }
        let studyDays = Set(sessions.filter { $0.kind == .studyDay }.map(\.date.description))
        let known = reflections.filter { studyDays.contains($0.date) }
        if !known.isEmpty {
            let atStudyDays = signIns.filter { $0.present && studyDays.contains($0.date) }.count
            parts[.reflection] = RatioParts(achieved: known.filter(\.handedIn).count, expected: atStudyDays)
        }
        return StationRatios(parts: parts)
    }

    /// Seconds of planned items against seconds played inside each study session's window
    /// (overlapping plays counted once; play before or after the session does not count).
    static func usageParts(sessions: [PlannedSession], plays: [PlayMatcher.Play]) -> RatioParts {
        var byDate: [LocalDate: [PlayMatcher.Play]] = [:]
        for play in plays { byDate[play.start.date, default: []].append(play) }
        var planned = 0
        var inside = 0
        for session in sessions {
            let content = session.items.reduce(0) { $0 + $1.durationSeconds }
            planned += content
            let window = (session.start.minutes * 60, session.end.minutes * 60)
            let clipped = (byDate[session.date] ?? [])
                .map { (max($0.start.seconds, window.0), min($0.start.seconds + ($0.end.absolute - $0.start.absolute), window.1)) }
                .filter { $0.0 < $0.1 }
                .sorted { $0.0 < $1.0 }
            var covered = 0
            var reach = Int.min
            for (start, end) in clipped where end > reach {
                covered += end - max(start, reach)
                reach = end
            }
            inside += min(covered, content)
        }
        return RatioParts(achieved: inside, expected: planned)
    }
}
