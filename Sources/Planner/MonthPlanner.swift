/// Plans one month for any number of stations over one catalogue.
///
/// Pure and deterministic: the same pool, calendar, month, stations and histories give the same plan. Build one
/// planner per month and call it per station (it is a `Sendable` value, so stations may be planned in parallel).
public struct MonthPlanner: Sendable {
    public let month: YearMonth
    public let calendar: HolidayCalendar
    public let pool: CoursePool
    public let topicNames: TopicNames
    public let options: PlannerOptions
    private let ranking: MonthRanking

    public init(
        pool: CoursePool, calendar: HolidayCalendar, month: YearMonth, topicNames: TopicNames = .idsOnly,
        options: PlannerOptions = PlannerOptions()
    ) {
        self.pool = pool
        self.calendar = calendar
        self.month = month
        self.topicNames = topicNames
        self.options = options
        self.ranking = MonthRanking(pool: pool, month: month)
    }

    /// Plans every station in order; `histories` and `neighbours` are keyed by station id (a missing key means
    /// no history, no stored neighbouring plans).
    public func plan(
        stations: [Station], histories: [String: StationHistory] = [:], neighbours: [String: NeighbourPlans] = [:]
    ) -> MonthPlan {
        MonthPlan(month: month, stations: stations.map {
            plan(station: $0, history: histories[$0.id] ?? .empty, neighbours: neighbours[$0.id] ?? .none)
        })
    }

    /// One station's month. Never fails: a rule that cannot be met is relaxed and reported in `warnings`.
    /// Weeks cut by the month's edge count what `neighbours` (the stored plans of the months either side) hold.
    public func plan(station: Station, history: StationHistory = .empty, neighbours: NeighbourPlans = .none) -> StationPlan {
        let rules = station.rules
        var layout = MonthLayout(
            month: month, rules: rules, calendar: calendar, neighbours: neighbours,
            minimumSessionMinutes: options.minimumSessionMinutes)
        var warnings = WarningLog(station: station, month: month, weekLabels: layout.weeks.map(\.label),
            weekMondays: layout.weeks.map { layout.days[$0.days.lowerBound].date.mondayOfWeek })
        if DayInterval.subtracting(rules.schoolHours, from: [rules.openHours.schoolDay]).isEmpty,
            layout.days.contains(where: \.isSchoolDay)
        {
            warnings.add(
                .schoolHours, week: nil,
                "上学日开放时间 \(rules.openHours.schoolDay) 全部落在上课时间内（寄宿制学校），本月只在周末、节假日和假期安排学习")
        }
        let slots = BlockPlanner(rules: rules, options: options).plan(&layout, warnings: &warnings)

        let study = slots.filter { $0.kind != .openDay }
        var filler = CourseFiller(
            pool: pool, ranking: ranking, rules: rules, names: topicNames, history: history,
            studyMinutes: study.reduce(0) { $0 + $1.minutes })
        var filled: [(slot: SessionSlot, items: [PlannedItem])] = []
        for slot in study { filled.append((slot, filler.fill(slot))) }
        filler.rebalance(
            &filled, repackNodes: options.repackNodes, borrowTrials: options.borrowTrials, pairSearches: options.pairSearches,
            pairKicks: options.pairKicks, shortFillTrials: options.shortFillTrials,
            descents: Array(CourseFiller.descents.prefix(max(1, options.descents))), seriesKicks: options.seriesKicks,
            fineDescents: options.fineDescents)
        // The catalogue ran out: one summary instead of a warning per empty session and per topic.
        let ranOut = !filled.isEmpty && filled.allSatisfy(\.items.isEmpty)
        if ranOut {
            let minutes = filled.reduce(0) { $0 + $1.slot.minutes }
            warnings.add(
                .courses, week: nil,
                "本月 \(filled.count) 场学习共 \(minutes) 分钟都没有可排的课程：目录中符合本站主题的课程在 \(rules.noRepeatMonths) 个月内都已播过或已排。请添加新课件，或缩短 no_repeat_months")
        }
        for (slot, items) in filled where !ranOut {
            let idle = slot.minutes - items.reduce(0) { $0 + $1.durationSeconds } / 60
            if idle >= options.idleWarningMinutes {
                let what = items.isEmpty ? "没有任何可用课程" : "只排了 \(slot.minutes - idle) 分钟课程"
                warnings.add(
                    .courses, week: slot.week, date: slot.date,
                    "\(slot.date.chineseMonthDay) \(slot.interval) \(slot.kind.chineseName)共 \(slot.minutes) 分钟，\(what)，空闲 \(idle) 分钟（可用课程不足或时长不合适）")
            }
        }
        for (t, topic) in filler.topics.enumerated() where !ranOut {
            let quota = filler.quotaMinutes[t]
            let got = filler.usedSeconds[t] / 60
            guard quota - got >= options.idleWarningMinutes else { continue }
            // A topic with courses left fell short because they did not fit the time left: say so, not “none left”.
            let why = filler.hasCandidates(topic: t)
                ? "还有可用课程，但时长放不进剩余的场次时间"
                : "可用课程不足（\(rules.noRepeatMonths) 个月内播过的课程不再重复）"
            warnings.add(.courses, week: nil, "\(topicNames.label(topic)) 主题本月配额 \(quota) 分钟，只排了 \(got) 分钟：\(why)")
        }
        var sessions = filled.map {
            PlannedSession(date: $0.slot.date, start: $0.slot.interval.start, end: $0.slot.interval.end, kind: $0.slot.kind, items: $0.items)
        }
        for slot in slots where slot.kind == .openDay {
            let loop = OpenDayLoop.items(for: slot, sessions: filled, minimumMinutes: options.openDayLoopMinutes)
            sessions.append(
                PlannedSession(date: slot.date, start: slot.interval.start, end: slot.interval.end, kind: .openDay, items: loop))
        }
        sessions.sort { ($0.date, $0.start) < ($1.date, $1.start) }
        var plan = StationPlan(id: station.id, sessions: sessions, warnings: [])
        LaterMonths(pool: pool, month: month).check(plan, rules: rules, history: history, neighbours: neighbours, warnings: &warnings)
        plan.warnings = warnings.warnings
        declareRemaining(plan, station: station, history: history, neighbours: neighbours, warnings: &warnings)
        plan.warnings = warnings.warnings
        if let programme = station.children {
            plan.children = ChildrenPlanner(month: month, calendar: calendar, pool: pool).plan(
                station: station, programme: programme, adults: plan.sessions, history: history)
        }
        return plan
    }
}
