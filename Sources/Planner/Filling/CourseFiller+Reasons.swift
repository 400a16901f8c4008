extension CourseFiller {
    /// The `why` of an item, e.g. `法律法规 主题本月配额 120 分钟，连同本课已排 45 分钟；系列《民法典与农民生活》第 2 集，接上月第 1 集`.
    func reason(for pick: Pick) -> String {
        let course = pool.courses[Int(pick.course)]
        let topic = topics[pick.topic]
        let label = names.label(topic)
        var parts: [String] = []
        let usedMinutes = usedSeconds[pick.topic] / 60
        if pick.borrowed {
            parts.append("\(label) 主题本月配额 \(quotaMinutes[pick.topic]) 分钟已排满，其他主题没有合适时长的课程，借用本场剩余时间（已排 \(usedMinutes) 分钟）")
        } else {
            let over = usedMinutes - quotaMinutes[pick.topic]
            parts.append(
                "\(label) 主题本月配额 \(quotaMinutes[pick.topic]) 分钟，连同本课已排 \(usedMinutes) 分钟"
                    + (over > 0 ? "（本课使该主题超出配额 \(over) 分钟）" : ""))
        }
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
        return parts.joined(separator: "；")
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
