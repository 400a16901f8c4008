/// Layer 1: chooses the month's sessions for one station — the open day of each week first (it takes the whole
/// day), then the concentrated study days, then weekly sessions until each week reaches its minutes.
struct BlockPlanner {
    let rules: StationRules
    let options: PlannerOptions

    func plan(_ layout: inout MonthLayout, warnings: inout WarningLog) -> [SessionSlot] {
        var slots = openDays(&layout, &warnings)
        slots += studyDays(&layout, &warnings)
        slots += weeklySessions(&layout, slots, &warnings)
        return slots.sorted { ($0.date, $0.interval.start) < ($1.date, $1.interval.start) }
    }

    private func preferredStarts(_ day: MonthLayout.Day) -> [TimeOfDay] {
        day.isSchoolDay ? options.schoolDayStarts : options.otherDayStarts
    }

    // MARK: open days

    private func openDays(_ layout: inout MonthLayout, _ warnings: inout WarningLog) -> [SessionSlot] {
        var slots: [SessionSlot] = []
        for week in layout.weeks {
            guard let planned = week.days.first(where: { layout.days[$0].date.weekday == rules.openDay }) else {
                continue  // this week's open day falls in the neighbouring month
            }
            var chosen = planned
            let day = layout.days[planned]
            if day.avoided || day.free.isEmpty {
                let why = day.avoided ? "\(day.date.chineseMonthDay)是回避日期" : "\(day.date.chineseMonthDay)没有开放时间"
                let others = week.days.filter { !layout.days[$0].avoided && !layout.days[$0].free.isEmpty }
                guard
                    let moved = others.min(by: {
                        let a = layout.days[$0], b = layout.days[$1]
                        return (a.isSchoolDay ? 1 : 0, abs($0 - planned), $0) < (b.isSchoolDay ? 1 : 0, abs($1 - planned), $1)
                    })
                else {
                    warnings.add(.openDay, week: week.number, "\(why)，本周其他日子也都无法开放，本周没有开放日")
                    continue
                }
                chosen = moved
                warnings.add(
                    .openDay, week: week.number,
                    "\(why)，开放日改到\(layout.days[moved].date.chineseMonthDay)（\(layout.days[moved].date.weekday.chineseName)）")
            }
            guard let span = layout.days[chosen].longestFree else { continue }
            layout.days[chosen].isOpenDay = true
            // The open day spans the day's open hours, so nothing else is placed on it.
            for interval in layout.days[chosen].free { layout.reserve(interval, on: chosen) }
            slots.append(
                SessionSlot(day: chosen, date: layout.days[chosen].date, interval: span, kind: .openDay, week: week.number))
        }
        return slots
    }

    // MARK: study days

    private func studyDays(_ layout: inout MonthLayout, _ warnings: inout WarningLog) -> [SessionSlot] {
        let wanted = rules.studyDaysPerMonth
        guard wanted > 0 else { return [] }
        let length = rules.sessionMinutes
        // Days that hold a whole session, and (when too few do) days that hold a shortened one.
        let candidates = layout.days.indices.compactMap { index -> StudyDayChooser.Candidate? in
            let day = layout.days[index]
            let longest = day.longestFree?.minutes ?? 0
            guard !day.avoided, !day.isOpenDay, longest >= min(length, options.minimumSessionMinutes) else { return nil }
            return StudyDayChooser.Candidate(
                index: index, offset: day.date.day - 1,
                weight: StudyDayChooser.weight(whole: longest >= length, nonSchool: !day.isSchoolDay))
        }
        let count = min(wanted, candidates.count)
        let mostWhole = min(count, candidates.filter { $0.weight >= 100 }.count)
        var picked: [StudyDayChooser.Candidate] = []
        var gap = options.studyDaySpreadDays
        while gap >= 1 {
            // The widest spacing that still gets as many whole-length sessions as the month allows.
            if let found = StudyDayChooser.choose(candidates, count: count, gap: gap, monthLength: layout.month.numberOfDays),
                found.filter({ $0.weight >= 100 }).count == mostWhole
            {
                picked = found
                break
            }
            gap -= 1
        }
        if picked.count >= 2, gap < options.studyDaySpreadDays {
            let dates = picked.map { layout.days[$0.index].date.chineseMonthDay }.joined(separator: "、")
            warnings.add(
                .studyDaySpread, week: nil,
                "可用日期不足，集中学习日（\(dates)）无法相隔 \(options.studyDaySpreadDays) 天以上，最近只相隔 \(gap) 天")
        }
        var slots: [SessionSlot] = []
        for candidate in picked {
            let day = layout.days[candidate.index]
            let minutes = min(length, day.longestFree?.minutes ?? 0)
            guard let span = MonthLayout.place(minutes: minutes, in: day.free, preferring: preferredStarts(day)) else {
                continue
            }
            layout.reserve(span, on: candidate.index)
            slots.append(SessionSlot(day: candidate.index, date: day.date, interval: span, kind: .studyDay, week: day.week))
            if minutes < length {
                warnings.add(
                    .studyDays, week: day.week,
                    "没有足够的日子能容纳 \(length) 分钟的集中学习，\(day.date.chineseMonthDay)只能安排 \(span)（\(minutes) 分钟）")
            }
        }
        if slots.count < wanted {
            warnings.add(
                .studyDays, week: nil,
                "本月只能安排 \(slots.count) 个集中学习日，少于要求的 \(wanted) 个（可用日期都被回避、开放日或上课时间占用）")
        }
        return slots
    }

    // MARK: weekly sessions

    private func weeklySessions(
        _ layout: inout MonthLayout, _ placed: [SessionSlot], _ warnings: inout WarningLog
    ) -> [SessionSlot] {
        var slots: [SessionSlot] = []
        let floor = options.minimumSessionMinutes
        for week in layout.weeks {
            let have = placed.filter { $0.week == week.number && WeeklyMinutesRule.counts($0.kind) }.reduce(0) { $0 + $1.minutes }
            var missing = week.requiredMinutes - have
            while missing > 0 {
                // Fresh days before days that already hold a session; non-school days before school evenings.
                let order = week.days.filter {
                    let day = layout.days[$0]
                    return !day.avoided && !day.isOpenDay && (day.longestFree?.minutes ?? 0) >= min(floor, missing)
                }.sorted {
                    let a = layout.days[$0], b = layout.days[$1]
                    return (a.sessions, a.isSchoolDay ? 1 : 0, $0) < (b.sessions, b.isSchoolDay ? 1 : 0, $1)
                }
                guard let index = order.first, let longest = layout.days[index].longestFree else {
                    warnings.add(
                        .weeklyMinutes, week: week.number,
                        "本周只能安排 \(week.requiredMinutes - missing) 分钟学习，少于要求的 \(week.requiredMinutes) 分钟（其余时间被回避日期、开放日或上课时间占用）")
                    break
                }
                let wantedLength = min(max(missing, floor), max(rules.sessionMinutes, floor))
                let length = min(wantedLength, longest.minutes)
                let day = layout.days[index]
                guard let span = MonthLayout.place(minutes: length, in: day.free, preferring: preferredStarts(day)) else { break }
                layout.reserve(span, on: index)
                slots.append(SessionSlot(day: index, date: day.date, interval: span, kind: .weekly, week: week.number))
                missing -= length
            }
        }
        return slots
    }
}
