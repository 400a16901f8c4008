/// What the stored plans of other months rely on in this one, checked after planning it: the weeks cut by the
/// month's edges still add up with the neighbours' parts, nothing a later month shows is repeated, and series
/// continue in order into later months. Each break is a `later-months` warning pointing at `plan --cascade`.
struct LaterMonths {
    let pool: CoursePool
    let month: YearMonth

    func check(
        _ plan: StationPlan, rules: StationRules, history: StationHistory, neighbours: NeighbourPlans,
        warnings: inout WarningLog
    ) {
        for (date, before) in [(month.firstDay, true), (month.lastDay, false)] {
            let edge = EdgeWeek(holding: date, month: month)
            guard let outside = edge.outsideRange, let theirs = neighbours.studyMinutes(on: outside, before: before) else { continue }
            let ours = plan.sessions.filter { $0.kind != .openDay && $0.date.mondayOfWeek == edge.monday }.reduce(0) { $0 + $1.minutes }
            guard ours + theirs < rules.weeklyMinutes else { continue }
            let other = before ? month.adding(months: -1) : month.adding(months: 1)
            warnings.add(
                .laterMonths, week: nil,
                "\(edge.monday.chineseMonthDay)起的一周：本月排 \(ours) 分钟，已保存的\(other.chineseName)计划排 \(theirs) 分钟，合计不足 \(rules.weeklyMinutes) 分钟；可用 plan --cascade 重排\(other.chineseName)")
        }
        let later = history.entries.filter { $0.date > month.lastDay }
        guard !later.isEmpty else { return }
        var laterDates: [Int64: LocalDate] = [:]
        var firstLaterEpisode: [String: (episode: Int, date: LocalDate)] = [:]
        for entry in later {
            laterDates[entry.courseID] = min(laterDates[entry.courseID] ?? entry.date, entry.date)
            guard let series = pool.course(id: entry.courseID)?.series else { continue }
            if let known = firstLaterEpisode[series.title], (known.date, known.episode) <= (entry.date, series.episode) { continue }
            firstLaterEpisode[series.title] = (series.episode, entry.date)
        }
        var repeated: [String] = []
        var lastHere: [String: Int] = [:]
        for session in plan.sessions where session.kind != .openDay {
            for item in session.items {
                if let date = laterDates[item.id] { repeated.append("《\(item.title)》（\(date)）") }
                if let series = pool.course(id: item.id)?.series {
                    lastHere[series.title] = max(lastHere[series.title] ?? 0, series.episode)
                }
            }
        }
        if !repeated.isEmpty {
            warnings.add(
                .laterMonths, week: nil,
                "本月排入了之后已保存月份要播的课程：\(repeated.prefix(5).joined(separator: "、"))\(repeated.count > 5 ? " 等 \(repeated.count) 门" : "")；可用 plan --cascade 重排之后的月份")
        }
        for (title, here) in lastHere.sorted(by: { $0.key < $1.key }) {
            guard let next = firstLaterEpisode[title], next.episode <= here, next.episode != 1 else { continue }
            warnings.add(
                .laterMonths, week: nil,
                "系列《\(title)》本月排到第 \(here) 集，已保存的 \(next.date.yearMonth.chineseName)计划接着播第 \(next.episode) 集，顺序被打乱；可用 plan --cascade 重排之后的月份")
        }
    }
}
