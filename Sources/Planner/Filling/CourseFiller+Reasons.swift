extension CourseFiller {
    /// The `why` of an item, e.g. `法律法规 主题本月配额 120 分钟，连同本课已排 45 分钟；系列《民法典与农民生活》第 2 集，接上月第 1 集`.
    /// Also returns the length in UTF-8 bytes of its first clause (the quota), which `restateQuotas` replaces.
    func reason(for pick: Pick) -> (why: String, quotaBytes: Int) {
        let course = pool.courses[Int(pick.course)]
        let topic = topics[pick.topic]
        let label = names.label(topic)
        let note = quotaNote(topic: pick.topic, label: label, usedMinutes: usedSeconds[pick.topic] / 60, borrowed: pick.borrowed)
        var parts = [note]
        switch ranking.season[Int(pick.course)] {
        case 0: parts.append("当季课程（适用月份：\(monthList(course.seasonalMonths))）")
        case 2:
            // Only say the in-season courses ran out when they did; the ranking may also have preferred a course
            // whose topic a librarian confirmed, or the in-season ones did not fit the time left.
            let why = inSeasonRemains(topic: pick.topic)
                ? "当季课程还有，但放不进本场剩余时间或主题未经馆员确认" : "本主题当季课程已用完"
            parts.append("非当季课程（适用月份：\(monthList(course.seasonalMonths))），\(why)")
        default: break
        }
        if let position = course.series {
            parts.append(seriesNote(position, previous: pick.previous, restarted: pick.restarted) + gapNote(pick, position))
        }
        let topicEntry = course.topics.first { $0.id == topic }
        if topicEntry?.confirmed != true {
            parts.append("建议主题，未经馆员确认")
        }
        return (parts.joined(separator: "；"), note.utf8.count)
    }

    /// The first clause of every `why`: the topic's quota and what it holds up to and including this item.
    private func quotaNote(topic t: Int, label: String, usedMinutes: Int, borrowed: Bool) -> String {
        if borrowed {
            return "\(label) 主题本月配额 \(quotaMinutes[t]) 分钟已排满，其他主题没有合适时长的课程，借用本场剩余时间（已排 \(usedMinutes) 分钟）"
        }
        let over = usedMinutes - quotaMinutes[t]
        return "\(label) 主题本月配额 \(quotaMinutes[t]) 分钟，连同本课已排 \(usedMinutes) 分钟"
            + (over > 0 ? "（本课使该主题超出配额 \(over) 分钟）" : "")
    }

    /// After the balance pass took items out and put others in, each item's quota clause is counted again in
    /// play order, so 「连同本课已排」 and 「超出配额」 say what the month's plan holds, not what it held
    /// while it was being filled. Only clauses whose figures changed are rewritten.
    mutating func restateQuotas(_ filled: inout [FilledSession], _ topicIndex: [String: Int]) {
        var running = topics.map { _ in 0 }
        for s in filled.indices {
            for k in filled[s].items.indices {
                let item = filled[s].items[k]
                guard let t = topicIndex[item.topic], let course = pool.indexByID[item.id],
                    let written = quotaClauses[course]
                else { continue }
                // 「已排满，其他主题没有合适时长的课程」 was established when the item was chosen; an item the pass
                // put in over the quota is only said to exceed it.
                let borrowed = written.borrowed && running[t] >= quotaMinutes[t] * 60
                running[t] += item.durationSeconds
                let minutes = running[t] / 60
                guard minutes != written.minutes || borrowed != written.borrowed else { continue }
                let note = quotaNote(topic: t, label: names.label(topics[t]), usedMinutes: minutes, borrowed: borrowed)
                filled[s].items[k].why = note + String(decoding: item.why.utf8.dropFirst(written.bytes), as: UTF8.self)
                quotaClauses[course] = QuotaClause(minutes: minutes, borrowed: borrowed, bytes: note.utf8.count)
            }
        }
    }

    private func seriesNote(_ position: SeriesPosition, previous: SeriesMark?, restarted: Bool) -> String {
        let head = "系列《\(position.title)》第 \(position.episode) 集"
        guard let previous else { return "\(head)，新开系列" }
        if !restarted, position.episode < previous.episode {
            return "\(head)，此前目录中没有这一集（已播到第 \(previous.episode) 集），现已入库，补播"
        }
        if restarted {
            return "\(head)，全系列已于 \(previous.date.yearMonth.chineseName) 播完且超过 \(rules.noRepeatMonths) 个月，重新开始"
        }
        let when: String
        if previous.inMonth {
            when = "本月\(previous.date.chineseMonthDay)"
        } else if previous.date.yearMonth == ranking.month.adding(months: -1) {
            when = "上月"
        } else {
            when = previous.date.yearMonth.chineseName
        }
        return "\(head)，接\(when)第 \(previous.episode) 集"
    }

    /// `；第3集不在目录中` when the episodes between the previous one and this are not all in the catalogue, or
    /// `；第3集已播过或不适用本站，跳过` when they are but cannot be shown here.
    private func gapNote(_ pick: Pick, _ position: SeriesPosition) -> String {
        guard let previous = pick.previous, !pick.restarted, position.episode > previous.episode + 1 else { return "" }
        let s = pool.seriesOfCourse[Int(pick.course)]
        guard s >= 0 else { return "" }
        let present = Set(pool.series[Int(s)].episodes.compactMap { pool.courses[Int($0)].series?.episode })
        let between = Array(previous.episode + 1..<position.episode)
        let missing = between.filter { !present.contains($0) }
        let skipped = between.filter { present.contains($0) }
        func list(_ episodes: [Int]) -> String { "第" + episodes.map(String.init).joined(separator: "、") + "集" }
        var notes: [String] = []
        if !missing.isEmpty { notes.append("\(list(missing))不在目录中") }
        if !skipped.isEmpty { notes.append("\(list(skipped))已播过或不适用本站，跳过") }
        return notes.map { "；" + $0 }.joined()
    }

    /// Whether topic `t` still has an in-season course this station may be shown.
    private func inSeasonRemains(topic t: Int) -> Bool {
        lists[t][cursor[t]...].contains { entry in
            guard let resolved = resolve(entry) else { return false }
            return ranking.season[Int(resolved.course)] == 0
        }
    }

    private func monthList(_ months: [Int]) -> String {
        months.sorted().map { "\($0)月" }.joined(separator: "、")
    }
}
