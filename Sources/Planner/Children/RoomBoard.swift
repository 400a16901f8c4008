/// Who uses which room when, day by day: the adults' sessions (in the station's room) and the children's sessions
/// placed so far. Children are one group of people, so two children's sessions never overlap, whatever the room.
struct RoomBoard {
    private struct Use {
        var room: String
        var interval: DayInterval
        var children: Bool
    }

    private var uses: [Int: [Use]] = [:]

    init(adults: [PlannedSession], room: String) {
        for session in adults where session.end > session.start {
            uses[session.date.dayNumber, default: []].append(
                Use(room: room, interval: DayInterval(unchecked: session.start.minutes, session.end.minutes), children: false))
        }
    }

    func isFree(_ date: LocalDate, _ interval: DayInterval, room: String) -> Bool {
        guard let day = uses[date.dayNumber] else { return true }
        return !day.contains { ($0.children || $0.room == room) && $0.interval.overlaps(interval) }
    }

    mutating func take(_ date: LocalDate, _ interval: DayInterval, room: String) {
        uses[date.dayNumber, default: []].append(Use(room: room, interval: interval, children: true))
    }

    /// The earliest start on a quarter hour inside the day's free spans where `minutes` fit, or the fixed hours.
    func firstSlot(on day: ChildrenDay, minutes: Int, fixed: DayInterval?, room: String) -> DayInterval? {
        if let fixed {
            guard day.free.contains(where: { $0.contains(fixed) }), isFree(day.date, fixed, room: room) else { return nil }
            return fixed
        }
        guard minutes > 0 else { return nil }
        for span in day.free {
            var start = (span.start.minutes + 14) / 15 * 15
            while start + minutes <= span.end.minutes {
                let candidate = DayInterval(unchecked: start, start + minutes)
                if isFree(day.date, candidate, room: room) { return candidate }
                start += 15
            }
        }
        return nil
    }
}

/// A day of the month as the children's pass sees it.
struct ChildrenDay {
    var date: LocalDate
    var kind: DayKind
    /// Outside every term, or a public holiday.
    var vacation: Bool
    /// Open hours minus school hours (empty on an avoid date).
    var free: [DayInterval]
}
