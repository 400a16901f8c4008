/// What `check` measures in a plan's content beyond its times: how full sessions are, how far topics stray from
/// their weights. Preferences of the county office, not station rules, so they are options of `check`.
public struct ContentTolerance: Sendable, Hashable {
    /// A study or weekly session whose courses fill less than this share of it is under-filled (`--fill-ratio`).
    public var fillRatio: Double
    /// A topic's minutes may differ from its share of the month by this many minutes…
    public var topicMinutes: Int
    /// …or by this fraction of its share, whichever is larger.
    public var topicFraction: Double

    /// 80 % fill; a topic within 45 minutes or half its share.
    public init(fillRatio: Double = 0.8, topicMinutes: Int = 45, topicFraction: Double = 0.5) {
        self.fillRatio = fillRatio
        self.topicMinutes = topicMinutes
        self.topicFraction = topicFraction
    }
}

/// The catalogue as `check` compares a stored plan with it: the courses by id, and those whose file is gone.
public struct CatalogueView: Sendable {
    public var courses: [Int64: Course]
    /// Course ids whose file is no longer on disk.
    public var missingFiles: Set<Int64>
    /// Episode numbers in the catalogue per series title.
    let episodes: [String: Set<Int>]

    public init(courses: [Course], missingFiles: Set<Int64> = []) {
        self.courses = Dictionary(courses.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        self.missingFiles = missingFiles
        var episodes: [String: Set<Int>] = [:]
        for course in courses { if let series = course.series { episodes[series.title, default: []].insert(series.episode) } }
        self.episodes = episodes
    }
}

extension PlanChecker {
    /// Empty and under-filled sessions, and topics outside their share.
    func checkFill(
        _ plan: StationPlan, rules: StationRules, tolerance: ContentTolerance,
        report: (LocalDate, PlanRule, String) -> Void, reportMonth: (PlanRule, String) -> Void
    ) {
        let study = plan.sessions.filter { WeeklyMinutesRule.counts($0.kind) }
        for session in study where session.minutes > 0 && session.fillRatio < tolerance.fillRatio {
            let used = session.items.reduce(0) { $0 + $1.durationSeconds } / 60
            let what = session.items.isEmpty ? "没有任何课程" : "只排了 \(used) 分钟课程（\(Int((session.fillRatio * 100).rounded()))%）"
            report(
                session.date, .fill,
                "\(session.kind.chineseName) \(session.start)-\(session.end) 共 \(session.minutes) 分钟，\(what)，低于 \(Int((tolerance.fillRatio * 100).rounded()))%")
        }
        var topics: [String] = []
        var weights: [Double] = []
        for weight in rules.topics where weight.weight > 0 && !topics.contains(weight.topic) {
            topics.append(weight.topic)
            weights.append(weight.weight)
        }
        let total = study.reduce(0) { $0 + max(0, $1.minutes) }
        let quotas = TopicQuota.allocate(total: total, weights: weights)
        var used: [String: Int] = [:]
        for session in study { for item in session.items { used[item.topic, default: 0] += item.durationSeconds } }
        for (t, topic) in topics.enumerated() {
            let got = (used[topic] ?? 0) / 60
            let allowed = max(tolerance.topicMinutes, Int(Double(quotas[t]) * tolerance.topicFraction))
            guard abs(got - quotas[t]) > allowed else { continue }
            reportMonth(
                .topicShare,
                "主题 \(topic) 本月应约占 \(quotas[t]) 分钟，实际 \(got) 分钟，相差超过 \(allowed) 分钟")
        }
    }

    /// Items whose course changed or vanished in the catalogue, or whose file is gone; series played out of
    /// order (an episode before one already shown, or one skipped that the catalogue has).
    func checkCatalogue(
        _ plan: StationPlan, rules: StationRules, month: YearMonth, history: StationHistory, catalogue: CatalogueView,
        report: (LocalDate, PlanRule, String) -> Void
    ) {
        var last: [String: Int] = [:]
        for entry in history.entries where entry.date < month.firstDay
            && month.monthIndex - entry.date.yearMonth.monthIndex <= max(1, rules.noRepeatMonths)
        {
            guard let series = catalogue.courses[entry.courseID]?.series else { continue }
            last[series.title] = max(last[series.title] ?? 0, series.episode)
        }
        let shownBefore = Set(history.entries.lazy.filter { $0.date < month.firstDay }.map(\.courseID))
        let lastBefore = last
        // A course is compared once per station, not again for each replay (open-day loops).
        var compared = Set<Int64>()
        for session in plan.sessions.sorted(by: { ($0.date, $0.start) < ($1.date, $1.start) }) {
            for item in session.items.sorted(by: { $0.startOffset < $1.startOffset }) {
                let course = catalogue.courses[item.id]
                if compared.insert(item.id).inserted {
                    compare(item, with: course, on: session.date, missing: catalogue.missingFiles.contains(item.id), report: report)
                }
                guard let course else { continue }
                guard session.kind != .openDay, let series = course.series else { continue }
                if let previous = last[series.title] {
                    // An episode never shown, below where earlier months left the series, was indexed late: it fills
                    // the gap before the series moves on this month.
                    if series.episode < previous, !shownBefore.contains(item.id), previous == lastBefore[series.title] {
                        continue
                    } else if series.episode <= previous, series.episode != 1 {
                        report(
                            session.date, .seriesOrder,
                            "系列《\(series.title)》第 \(series.episode) 集排在已播的第 \(previous) 集之后")
                    } else if series.episode > previous + 1 {
                        let skipped = (previous + 1..<series.episode).filter { catalogue.episodes[series.title]?.contains($0) == true }
                        if !skipped.isEmpty {
                            report(
                                session.date, .seriesOrder,
                                "系列《\(series.title)》从第 \(previous) 集跳到第 \(series.episode) 集，目录中有的第 \(skipped.map(String.init).joined(separator: "、")) 集没有播")
                        }
                    }
                }
                last[series.title] = series.episode
            }
        }
    }

    private func compare(
        _ item: PlannedItem, with course: Course?, on date: LocalDate, missing: Bool, report: (LocalDate, PlanRule, String) -> Void
    ) {
        guard let course else {
            report(date, .catalogue, "《\(item.title)》（\(item.id)）已不在目录中（或已不可排课）")
            return
        }
        if course.title != item.title {
            report(date, .catalogue, "《\(item.title)》（\(item.id)）在目录中的标题已改为《\(course.title)》")
        }
        if course.durationSeconds != item.durationSeconds {
            report(date, .catalogue, "《\(item.title)》（\(item.id)）计划时长 \(item.durationSeconds) 秒，目录中为 \(course.durationSeconds) 秒")
        }
        if missing {
            report(date, .catalogue, "《\(item.title)》（\(item.id)）的文件已不在磁盘上：\(course.path)")
        }
    }
}
