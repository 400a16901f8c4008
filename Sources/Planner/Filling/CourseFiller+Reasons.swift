extension CourseFiller {
    /// The facts of an item's `why`: its topic's quota and what it holds up to this item, its season, where its
    /// series stands, whether its topic is confirmed. `topic` is the station topic the item counts toward.
    func reason(for pick: Pick, topic t: Int) -> ItemReason {
        let course = pool.courses[Int(pick.course)]
        let topic = topics[t]
        return ItemReason(
            topic: topic, quotaMinutes: quotaMinutes[t], usedMinutes: usedSeconds[t] / 60, borrowed: pick.borrowed,
            season: seasonClaim(pick.course, topic: t), seasonMonths: course.seasonalMonths,
            series: course.series.map { seriesFacts(pick, $0) },
            unconfirmedTopic: course.topics.first { $0.id == topic }?.confirmed != true)
    }

    func worded(_ reason: ItemReason) -> String {
        reason.chinese(month: ranking.month, topicLabel: names.label(reason.topic), noRepeatMonths: rules.noRepeatMonths)
    }

    /// After the balance pass took items out and put others in, each item's quota figures are counted again in
    /// play order, and each season claim is made again against what the month now holds, so every `why` says
    /// what the plan holds, not what it held while it was being filled. The facts change; the wording follows.
    mutating func restateReasons(_ filled: inout [FilledSession], _ topicIndex: [String: Int]) {
        var running = topics.map { _ in 0 }
        var seasonLeft: [Int: Bool] = [:]
        for s in filled.indices {
            for k in filled[s].items.indices {
                let item = filled[s].items[k]
                guard var reason = item.reason, let t = topicIndex[reason.topic] else {
                    continue
                }
                // 「已排满，其他主题没有合适时长的课程」 was established when the item was chosen; an item the pass
                // put in over the quota is only said to exceed it.
                reason.borrowed = reason.borrowed && running[t] >= quotaMinutes[t] * 60
                running[t] += item.durationSeconds
                reason.usedMinutes = running[t] / 60
                // 「当季课程已用完」 must stay true after the pass took in-season courses out; 「还有」 was true when
                // the item was chosen ahead of them and stays.
                if reason.season == .outOfSeasonNoneLeft {
                    let left = seasonLeft[t] ?? inSeasonRemains(topic: t, from: 0)
                    seasonLeft[t] = left
                    if left { reason.season = .outOfSeasonOthersLeft }
                }
                guard reason != item.reason else { continue }
                filled[s].items[k].reason = reason
                filled[s].items[k].why = worded(reason)
            }
        }
    }

    private func seasonClaim(_ course: Int32, topic t: Int) -> ItemReason.Season? {
        switch ranking.season[Int(course)] {
        case 0: return .inSeason
        // Only say the in-season courses ran out when they did; the ranking may also have preferred a course
        // whose topic a librarian confirmed, or the in-season ones did not fit the time left.
        case 2: return inSeasonRemains(topic: t, from: cursor[t]) ? .outOfSeasonOthersLeft : .outOfSeasonNoneLeft
        default: return nil
        }
    }

    private func seriesFacts(_ pick: Pick, _ position: SeriesPosition) -> ItemReason.Series {
        var facts = ItemReason.Series(
            title: position.title, episode: position.episode, previousEpisode: pick.previous?.episode,
            previousDate: pick.previous?.date, previousInMonth: pick.previous?.inMonth ?? false, restarted: pick.restarted,
            missing: [], skipped: [])
        let s = pool.seriesOfCourse[Int(pick.course)]
        guard let previous = pick.previous, !pick.restarted, position.episode > previous.episode + 1, s >= 0 else { return facts }
        let present = Set(pool.series[Int(s)].episodes.compactMap { pool.courses[Int($0)].series?.episode })
        let between = Array(previous.episode + 1..<position.episode)
        facts.missing = between.filter { !present.contains($0) }
        facts.skipped = between.filter { present.contains($0) }
        return facts
    }

    /// Whether topic `t` still has an in-season course this station may be shown (from entry `start` of its list).
    private func inSeasonRemains(topic t: Int, from start: Int) -> Bool {
        lists[t][start...].contains { entry in
            guard let resolved = resolve(entry) else { return false }
            return ranking.season[Int(resolved.course)] == 0
        }
    }
}
