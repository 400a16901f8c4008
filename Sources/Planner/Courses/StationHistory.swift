/// What one station was shown before: course ids with dates, from earlier stored plans.
public struct StationHistory: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        public var courseID: Int64
        public var date: LocalDate

        public init(courseID: Int64, date: LocalDate) {
            self.courseID = courseID
            self.date = date
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }

    public static let empty = StationHistory()

    /// Adds every item of a plan (open-day loops included: they only repeat the month's own courses).
    public mutating func append(_ plan: StationPlan) {
        for session in plan.sessions {
            for item in session.items { entries.append(Entry(courseID: item.id, date: session.date)) }
        }
        // Children's films count too: a film is not shown again within the no-repeat window.
        for session in plan.children?.sessions ?? [] {
            for item in session.items { entries.append(Entry(courseID: item.id, date: session.date)) }
        }
    }

    public func appending(_ plan: StationPlan) -> StationHistory {
        var copy = self
        copy.append(plan)
        return copy
    }

    /// Entries that block `month` under a `noRepeatMonths` window: those dated in the `noRepeatMonths` calendar
    /// months on either side of `month`, so a month planned after a later one repeats neither. Entries in `month`
    /// itself are ignored (they belong to the plan being replaced).
    public func entries(blocking month: YearMonth, noRepeatMonths: Int) -> [Entry] {
        entries.filter {
            let distance = abs($0.date.yearMonth.monthIndex - month.monthIndex)
            return distance >= 1 && distance <= noRepeatMonths
        }
    }
}
