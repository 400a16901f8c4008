/// Who is in which session: computer-class groups and birthday windows, computed from the roster the same way
/// by the planner, the checker and the notices (plans store counts; names are looked up here, at the station).
public enum ChildrenGroups {
    /// The roster in group order: by grade, then birth date, then name, so classmates sit together.
    public static func ordered(_ roster: [Child]) -> [Child] {
        roster.sorted { ($0.grade, $0.birthDate, $0.name) < ($1.grade, $1.birthDate, $1.name) }
    }

    /// How many groups a class of `children` needs with `computers` computers (at least one).
    public static func groupCount(children: Int, computers: Int) -> Int {
        guard computers > 0, children > computers else { return 1 }
        return (children + computers - 1) / computers
    }

    /// Sizes of `groups` groups of `children`, differing by at most one, larger groups first.
    public static func sizes(children: Int, groups: Int) -> [Int] {
        let count = max(1, groups)
        return (0..<count).map { children / count + ($0 < children % count ? 1 : 0) }
    }

    /// The children of group `number` (1-based) of `count`: the ordered roster cut into `count` parts whose sizes
    /// differ by at most one, so no group exceeds the computers.
    public static func group(_ number: Int, of count: Int, roster: [Child]) -> [Child] {
        let ordered = ordered(roster)
        guard count > 1 else { return ordered }
        let sizes = sizes(children: ordered.count, groups: count)
        guard sizes.indices.contains(number - 1) else { return [] }
        let start = sizes[..<(number - 1)].reduce(0, +)
        return Array(ordered[start..<(start + sizes[number - 1])])
    }

    /// The birthday windows of `month`: the month cut into `parts` runs of consecutive days.
    public static func birthdayWindows(_ month: YearMonth, parts: Int) -> [DateRange] {
        let count = max(1, min(parts, month.numberOfDays))
        let days = month.numberOfDays
        return (0..<count).map { index in
            let first = index * days / count + 1
            let last = (index + 1) * days / count
            return DateRange(unchecked: LocalDate(unchecked: month.year, month.month, first), LocalDate(unchecked: month.year, month.month, last))
        }
    }

    /// Exactly the children whose birthday falls in `window` (in the window's year), in date then name order.
    public static func birthdays(in window: DateRange, roster: [Child]) -> [Child] {
        roster.filter { window.contains($0.birthday(in: window.first.year)) }
            .sorted { ($0.birthDate.month, $0.birthDate.day, $0.name) < ($1.birthDate.month, $1.birthDate.day, $1.name) }
    }

    /// Names as printed at the station: a name shared by two children carries the birth date to keep them apart.
    public static func displayNames(_ children: [Child], roster: [Child]) -> [String] {
        var counts: [String: Int] = [:]
        for child in roster { counts[child.name, default: 0] += 1 }
        return children.map { child in
            (counts[child.name] ?? 0) > 1 ? "\(child.name)（\(child.birthDate.month)月\(child.birthDate.day)日生）" : child.name
        }
    }
}
