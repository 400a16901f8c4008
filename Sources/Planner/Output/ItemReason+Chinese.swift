extension ItemReason {
    /// The `why` of an item, e.g. `法律法规 主题本月配额 120 分钟，连同本课已排 45 分钟；系列《民法典与农民生活》第 2 集，
    /// 接上月第 1 集` — the one place a reason is worded.
    public func chinese(month: YearMonth, topicLabel: String, noRepeatMonths: Int) -> String {
        var parts = [quotaClause(topicLabel)]
        let months = seasonMonths.sorted().map { "\($0)月" }.joined(separator: "、")
        switch season {
        case .inSeason: parts.append("当季课程（适用月份：\(months)）")
        case .outOfSeasonNoneLeft: parts.append("非当季课程（适用月份：\(months)），本主题当季课程已用完")
        case .outOfSeasonOthersLeft:
            parts.append("非当季课程（适用月份：\(months)），当季课程还有，但放不进本场剩余时间或主题未经馆员确认")
        case nil: break
        }
        if let series { parts.append(series.chinese(month: month, noRepeatMonths: noRepeatMonths)) }
        if unconfirmedTopic { parts.append("建议主题，未经馆员确认") }
        return parts.joined(separator: "；")
    }

    private func quotaClause(_ label: String) -> String {
        if borrowed {
            return "\(label) 主题本月配额 \(quotaMinutes) 分钟已排满，其他主题没有合适时长的课程，借用本场剩余时间（已排 \(usedMinutes) 分钟）"
        }
        let over = usedMinutes - quotaMinutes
        return "\(label) 主题本月配额 \(quotaMinutes) 分钟，连同本课已排 \(usedMinutes) 分钟"
            + (over > 0 ? "（本课使该主题超出配额 \(over) 分钟）" : "")
    }
}

extension ItemReason.Series {
    func chinese(month: YearMonth, noRepeatMonths: Int) -> String {
        let head = "系列《\(title)》第 \(episode) 集"
        guard let previousEpisode, let previousDate else { return "\(head)，新开系列" }
        if restarted {
            return "\(head)，全系列已于 \(previousDate.yearMonth.chineseName) 播完且超过 \(noRepeatMonths) 个月，重新开始"
        }
        if episode < previousEpisode {
            return "\(head)，此前目录中没有这一集（已播到第 \(previousEpisode) 集），现已入库，补播"
        }
        let when: String
        if previousInMonth {
            when = "本月\(previousDate.chineseMonthDay)"
        } else if previousDate.yearMonth == month.adding(months: -1) {
            when = "上月"
        } else {
            when = previousDate.yearMonth.chineseName
        }
        func list(_ episodes: [Int]) -> String { "第" + episodes.map(String.init).joined(separator: "、") + "集" }
        var text = "\(head)，接\(when)第 \(previousEpisode) 集"
        if !missing.isEmpty { text += "；\(list(missing))不在目录中" }
        if !skipped.isEmpty { text += "；\(list(skipped))已播过或不适用本站，跳过" }
        return text
    }
}
