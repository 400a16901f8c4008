extension PlanChecker {
    func checkStudyDays(
        _ plan: StationPlan, rules: StationRules, report: (LocalDate, PlanRule, String) -> Void,
        reportMonth: (PlanRule, String) -> Void
    ) {
        let rule = StudyDaysRule(rules: rules)
        let dates = rule.dates(of: plan.sessions)
        if dates.count < rule.required {
            reportMonth(.studyDays, "本月有 \(dates.count) 个集中学习日，要求 \(rule.required) 个")
        }
        for session in rule.short(plan.sessions) {
            report(
                session.date, .studyDays,
                "集中学习日 \(session.start)-\(session.end) 只有 \(session.minutes) 分钟，要求 \(rule.sessionMinutes) 分钟")
        }
    }

    /// `WeeklyMinutesRule`'s weeks of `sessions` as `check` judges them: the planned sessions here, the held ones
    /// in `report`. Whether a day can hold a session comes from the checker's own calendar view.
    public func weeks(
        of sessions: [PlannedSession], rules: StationRules, month: YearMonth, neighbours: NeighbourPlans
    ) -> [WeeklyMinutesRule.Week] {
        weeks(of: sessions, rules: rules, days: CheckerDays(month: month, rules: rules, calendar: calendar), neighbours: neighbours)
    }

    func weeks(
        of sessions: [PlannedSession], rules: StationRules, days: CheckerDays, neighbours: NeighbourPlans
    ) -> [WeeklyMinutesRule.Week] {
        WeeklyMinutesRule.weeks(
            of: sessions, month: days.month, rules: rules, neighbours: neighbours,
            ownPartUsable: { $0.contains { days.canHoldSession($0, minutes: minimumSessionMinutes) } },
            neighbourPartUsable: { outside in
                guard let date = outside.first else { return true }
                let neighbour = CheckerDays(month: date.yearMonth, rules: rules, calendar: calendar)
                return outside.contains { neighbour.canHoldSession($0, minutes: minimumSessionMinutes) }
            })
    }

    /// Weekly minutes (`WeeklyMinutesRule`) and the open day of each week. A week cut by the month's edge is
    /// checked whole when the neighbouring month has a stored plan.
    func checkWeeks(
        _ plan: StationPlan, rules: StationRules, days: CheckerDays, neighbours: NeighbourPlans,
        report: (LocalDate, PlanRule, String) -> Void
    ) {
        for week in weeks(of: plan.sessions, rules: rules, days: days, neighbours: neighbours) {
            guard let last = week.dates.last else { continue }
            let first = week.first
            let span = "\(first.chineseMonthDay)–\(last.chineseMonthDay)"
            if !week.isMet {
                let edge = EdgeWeek(holding: first, month: days.month)
                let neighbourMinutes = edge.outsideRange.flatMap { neighbours.studyMinutes(on: $0, before: edge.outsideBefore) }
                let whole = neighbourMinutes.map { "（连同相邻月份已排的 \($0) 分钟，整周要求 \(rules.weeklyMinutes) 分钟）" } ?? ""
                report(first, .weeklyMinutes, "\(span) 这一周共学习 \(week.minutes) 分钟，要求至少 \(week.required) 分钟\(whole)")
            }
            let openDate = week.dates.first { $0.weekday == rules.openDay }
            if let openDate, !plan.sessions.contains(where: { $0.kind == .openDay && week.dates.contains($0.date) }) {
                report(openDate, .openDay, "\(span) 这一周没有开放日（应在\(rules.openDay.chineseName)）")
            }
        }
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
