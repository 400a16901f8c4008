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
        case 2: parts.append("非当季课程（适用月份：\(monthList(course.seasonalMonths))），当季课程已用完")
        default: break
        }
        if let position = course.series {
            parts.append(seriesNote(position, previous: pick.previous, restarted: pick.restarted))
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

    private func monthList(_ months: [Int]) -> String {
        months.sorted().map { "\($0)月" }.joined(separator: "、")
    }
}
