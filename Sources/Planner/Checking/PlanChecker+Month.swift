extension PlanChecker {
    func checkStudyDays(
        _ plan: StationPlan, rules: StationRules, month: YearMonth, report: (LocalDate, PlanRule, String) -> Void
    ) {
        let studySessions = plan.sessions.filter { $0.kind == .studyDay }
        var dates: [LocalDate] = []
        for session in studySessions where !dates.contains(session.date) { dates.append(session.date) }
        if dates.count < rules.studyDaysPerMonth {
            report(
                month.firstDay, .studyDays,
                "本月有 \(dates.count) 个集中学习日，要求 \(rules.studyDaysPerMonth) 个")
        }
        for session in studySessions where session.end.minutes - session.start.minutes < rules.sessionMinutes {
            report(
                session.date, .studyDays,
                "集中学习日 \(session.start)-\(session.end) 只有 \(session.end.minutes - session.start.minutes) 分钟，要求 \(rules.sessionMinutes) 分钟")
        }
    }

    /// Weekly minutes (study-day and weekly sessions; the open day does not count) and the open day of each
    /// week. A week cut by the month's edge is checked whole when the neighbouring month has a stored plan.
    func checkWeeks(
        _ plan: StationPlan, rules: StationRules, days: CheckerDays, neighbours: NeighbourPlans,
        report: (LocalDate, PlanRule, String) -> Void
    ) {
        for week in days.weeks {
            guard let first = week.dates.first, let last = week.dates.last else { continue }
            let inWeek = plan.sessions.filter { session in week.dates.contains(session.date) }
            let minutes = inWeek.filter { $0.kind != .openDay }.reduce(0) { $0 + max(0, $1.end.minutes - $1.start.minutes) }
            let edge = EdgeWeek(holding: first, month: days.month)
            let neighbourMinutes = edge.outsideRange.flatMap { neighbours.studyMinutes(on: $0, before: edge.outsideBefore) }
            let share = rules.requiredMinutes(
                daysInMonth: week.dates.count, neighbourMinutes: neighbourMinutes,
                ownPartUsable: week.dates.contains { days.canHoldSession($0, minutes: minimumSessionMinutes) },
                neighbourPartUsable: neighbourPartUsable(edge, rules: rules, days: days))
            let span = "\(first.chineseMonthDay)–\(last.chineseMonthDay)"
            if minutes < share {
                let whole = neighbourMinutes.map { "（连同相邻月份已排的 \($0) 分钟，整周要求 \(rules.weeklyMinutes) 分钟）" } ?? ""
                report(first, .weeklyMinutes, "\(span) 这一周共学习 \(minutes) 分钟，要求至少 \(share) 分钟\(whole)")
            }
            let openDate = week.dates.first { $0.weekday == rules.openDay }
            if let openDate, !inWeek.contains(where: { $0.kind == .openDay }) {
                report(openDate, .openDay, "\(span) 这一周没有开放日（应在\(rules.openDay.chineseName)）")
            }
        }
    }

    private func neighbourPartUsable(_ edge: EdgeWeek, rules: StationRules, days: CheckerDays) -> Bool {
        guard let date = edge.outside.first else { return true }
        let neighbour = CheckerDays(month: date.yearMonth, rules: rules, calendar: calendar)
        return edge.outside.contains { neighbour.canHoldSession($0, minutes: minimumSessionMinutes) }
    }

    /// No course twice in the month's study and weekly sessions, none seen within the no-repeat window.
    /// Open-day loops replay the month's courses on purpose and are not counted.
    func checkRepeats(
        _ plan: StationPlan, rules: StationRules, month: YearMonth, history: StationHistory,
        report: (LocalDate, PlanRule, String) -> Void
    ) {
        // Both sides of the month: a month planned after a later one must not repeat what the later one shows.
        var seenBefore: [Int64: LocalDate] = [:]
        for entry in history.entries(blocking: month, noRepeatMonths: rules.noRepeatMonths) {
            if let date = seenBefore[entry.courseID], date >= entry.date { continue }
            seenBefore[entry.courseID] = entry.date
        }
        var seenThisMonth: [Int64: LocalDate] = [:]
        for session in plan.sessions.sorted(by: { ($0.date, $0.start) < ($1.date, $1.start) }) where session.kind != .openDay {
            for item in session.items {
                if let earlier = seenThisMonth[item.id] {
                    report(session.date, .repeat, "《\(item.title)》（\(item.id)）本月 \(earlier.chineseMonthDay) 已播过")
                } else if let other = seenBefore[item.id] {
                    let when = other < month.firstDay ? "已于 \(other) 播过" : "已排在 \(other) 播放"
                    report(
                        session.date, .repeat, "《\(item.title)》（\(item.id)）\(when)，\(rules.noRepeatMonths) 个月内不应重复")
                }
                seenThisMonth[item.id] = seenThisMonth[item.id] ?? session.date
            }
        }
    }
}
