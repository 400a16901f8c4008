/// One station's children's month being built: the board of rooms, the films left, what is placed and declared.
struct Pass {
    let days: [ChildrenDay]
    var board: RoomBoard
    let stationRoom: String
    let programme: ChildrenProgramme
    var films: FilmShelf
    var sessions: [ChildrenSession] = []
    var relaxations: [ChildrenRelaxation] = []

    init(days: [ChildrenDay], board: RoomBoard, stationRoom: String, programme: ChildrenProgramme, films: FilmShelf) {
        self.days = days
        self.board = board
        self.stationRoom = stationRoom
        self.programme = programme
        self.films = films
    }

    /// `per_week`: in every Monday–Sunday week, each group gets its sessions on different days, out of school days
    /// first. A week stops at the first session that finds no time (the next ones, as long, would not either).
    mutating func placeWeekly(_ index: Int) {
        let activity = programme.activities[index]
        let groups = groupSizes(activity)
        var cursor = 0
        while cursor < days.count {
            let monday = days[cursor].date.mondayOfWeek
            var end = cursor
            while end < days.count, days[end].date.mondayOfWeek == monday { end += 1 }
            let week = days[cursor..<end].filter { activity.allows($0.date, vacation: $0.vacation) }
            let required = activity.required(eligibleDays: week.count)
            cursor = end
            guard required > 0 else { continue }
            let needed = required * groups.count
            var placed = 0
            var failure: ChildrenRelaxation.Reason?
            var usedDays = Array(repeating: Set<Int>(), count: groups.count)
            rounds: for _ in 0..<required {
                for (g, size) in groups.enumerated() {
                    let candidates = week.filter { !usedDays[g].contains($0.date.dayNumber) }
                        .sorted { ($0.kind.isSchoolDay ? 1 : 0, $0.date) < ($1.kind.isSchoolDay ? 1 : 0, $1.date) }
                    switch place(index, on: candidates, group: g + 1, of: groups.count, children: size) {
                    case .placed(let day):
                        usedDays[g].insert(day)
                        placed += 1
                    case .failed(let reason):
                        failure = reason
                        break rounds
                    }
                }
            }
            if let failure, placed < needed {
                relaxations.append(
                    ChildrenRelaxation(
                        activity: index, kind: activity.kind, title: activity.title, reason: failure, week: monday,
                        needed: needed, placed: placed))
            }
        }
    }

    /// `per_month` (other than birthdays): the month cut into that many windows, one session (per group) in each.
    mutating func placeMonthly(_ index: Int, month: YearMonth) {
        let activity = programme.activities[index]
        let groups = groupSizes(activity)
        for window in ChildrenGroups.birthdayWindows(month, parts: activity.perMonth) {
            let candidates = days.filter { window.contains($0.date) && activity.allows($0.date, vacation: $0.vacation) }
                .sorted { ($0.kind.isSchoolDay ? 1 : 0, $0.date) < ($1.kind.isSchoolDay ? 1 : 0, $1.date) }
            guard !candidates.isEmpty else { continue }
            var placed = 0
            for (g, size) in groups.enumerated() {
                if case .failed(let reason) = place(index, on: candidates, group: g + 1, of: groups.count, children: size) {
                    relaxations.append(
                        ChildrenRelaxation(
                            activity: index, kind: activity.kind, title: activity.title, reason: reason, date: window.first,
                            needed: groups.count, placed: placed))
                    break
                }
                placed += 1
            }
        }
    }

    /// A birthday session in each window that has birthdays, naming (by count here) exactly those children.
    mutating func placeBirthdays(_ index: Int, month: YearMonth) {
        let activity = programme.activities[index]
        for window in ChildrenGroups.birthdayWindows(month, parts: max(1, activity.perMonth)) {
            let born = ChildrenGroups.birthdays(in: window, roster: programme.roster)
            guard !born.isEmpty else { continue }
            let candidates = days.filter { window.contains($0.date) && activity.allows($0.date, vacation: $0.vacation) }
                .sorted { ($0.kind.isSchoolDay ? 1 : 0, $0.date) < ($1.kind.isSchoolDay ? 1 : 0, $1.date) }
            if case .failed(let reason) = place(index, on: candidates, children: born.count, window: window) {
                relaxations.append(
                    ChildrenRelaxation(
                        activity: index, kind: activity.kind, title: activity.title, reason: reason, date: window.first,
                        needed: 1, placed: 0))
            }
        }
    }

    /// A visit on each named festival that falls in the month (儿童节 is 1 June; others are calendar holidays).
    mutating func placeVisits(_ index: Int, month: YearMonth, calendar: HolidayCalendar) {
        let activity = programme.activities[index]
        for festival in activity.festivals {
            let date: LocalDate?
            if Self.childrensDayNames.contains(festival) {
                date = month.month == 6 ? LocalDate(unchecked: month.year, 6, 1) : nil
            } else {
                date = calendar.holidays.first { $0.name == festival }?.dates.flatMap(\.dates).first { month.contains($0) }
            }
            guard let date, let day = days.first(where: { $0.date == date }) else { continue }
            if case .failed(let reason) = place(index, on: [day], children: programme.roster.count) {
                relaxations.append(
                    ChildrenRelaxation(
                        activity: index, kind: activity.kind, title: "\(activity.title)（\(festival)）", reason: reason,
                        date: date, needed: 1, placed: 0))
            }
        }
    }

    static let childrensDayNames: Set<String> = ["儿童节", "六一儿童节", "六一"]

    private enum Outcome {
        case placed(dayNumber: Int)
        case failed(ChildrenRelaxation.Reason)
    }

    /// The first candidate day with room for the activity; films are taken once the time is found.
    private mutating func place(
        _ index: Int, on candidates: [ChildrenDay], group: Int = 1, of groups: Int = 1, children: Int, window: DateRange? = nil
    ) -> Outcome {
        let activity = programme.activities[index]
        let room = activity.room ?? stationRoom
        for day in candidates {
            guard let slot = board.firstSlot(on: day, minutes: activity.minutes, fixed: activity.hours, room: room) else { continue }
            var items: [PlannedItem] = []
            if activity.kind == .childrenFilm {
                items = films.take(minutes: slot.minutes)
                guard !items.isEmpty else { return .failed(.noFilms) }
            }
            board.take(day.date, slot, room: room)
            sessions.append(
                ChildrenSession(
                    date: day.date, start: slot.start, end: slot.end, kind: activity.kind, title: activity.title, room: room,
                    activity: index, group: group, groups: groups, children: children, window: window, items: items))
            return .placed(dayNumber: day.date.dayNumber)
        }
        return .failed(activity.hours == nil ? .noFreeTime : .fixedHoursUnavailable)
    }

    /// Children per group: one group of everyone, or the computer class cut to the computers.
    private func groupSizes(_ activity: ChildrenActivity) -> [Int] {
        let count = programme.roster.count
        guard activity.needsComputers else { return [count] }
        return ChildrenGroups.sizes(children: count, groups: ChildrenGroups.groupCount(children: count, computers: programme.computers))
    }
}
