extension CourseFiller {
    /// The last hour of a session is packed as a whole rather than course by course.
    static let tailSeconds = 60 * 60
    /// How far down a topic's ranked list a search looks past its cursor.
    private static let scanLimit = 256
    /// Candidates the tail packing weighs: per topic, and in all.
    private static let tailPerTopic = 4
    private static let tailCandidates = 16
    /// A course from a topic that already had its share counts this much less when packing the tail.
    private static let borrowPenaltySeconds = 5 * 60
    /// Each place further down the topic order costs a course this much, so the tail still lets the topics
    /// furthest behind their share catch up (trading at most a few idle minutes for balance).
    private static let topicTurnPenaltySeconds = 60

    /// Up to `count` candidates of topic `t` lasting at most `seconds`, best rank first. Advances the topic's
    /// cursor past entries that are gone for good, so later searches start further down.
    mutating func candidates(topic t: Int, fitting seconds: Int, count: Int) -> [(course: Int32, restarted: Bool)] {
        guard shortest[t] <= seconds else { return [] }
        let list = lists[t]
        var found: [(course: Int32, restarted: Bool)] = []
        var i = cursor[t]
        var atFront = true
        var scanned = 0
        while i < list.count, scanned < Self.scanLimit, found.count < count {
            defer { i += 1 }
            guard let resolved = resolve(list[i]) else {
                if atFront { cursor[t] = i + 1 }
                continue
            }
            atFront = false
            scanned += 1
            if pool.courses[Int(resolved.course)].durationSeconds <= seconds { found.append(resolved) }
        }
        return found
    }

    /// Whether topic `t` has any course left this station may still be shown this month.
    mutating func hasCandidates(topic t: Int) -> Bool {
        !candidates(topic: t, fitting: Int.max, count: 1).isEmpty
    }

    /// Topic indices, the one furthest behind its share first (used ÷ quota, compared by cross-multiplying), so
    /// topics take turns through the month instead of one topic filling whole sessions.
    private func topicOrder() -> [Int] {
        topics.indices.sorted { a, b in
            let left = usedSeconds[a] * quotaMinutes[b], right = usedSeconds[b] * quotaMinutes[a]
            return left != right ? left < right : a < b
        }
    }

    func makePick(_ course: Int32, restarted: Bool, topic t: Int) -> Pick {
        let s = pool.seriesOfCourse[Int(course)]
        return Pick(
            course: course, duration: pool.courses[Int(course)].durationSeconds, topic: t,
            borrowed: quotaMinutes[t] * 60 - usedSeconds[t] <= 0, previous: s >= 0 ? progress[s] : nil,
            restarted: restarted)
    }

    /// The best-ranked course that fits, from the topic furthest behind; topics that already had their share
    /// only when no other topic has a course that fits.
    mutating func choose(fitting seconds: Int) -> Pick? {
        guard seconds > 0 else { return nil }
        let order = topicOrder()
        for borrowing in [false, true] {
            for t in order where (quotaMinutes[t] * 60 - usedSeconds[t] <= 0) == borrowing {
                if let found = candidates(topic: t, fitting: seconds, count: 1).first {
                    return makePick(found.course, restarted: found.restarted, topic: t)
                }
            }
        }
        return nil
    }

    /// Packs the rest of a session: the combination of up to three courses (from the few best of each topic)
    /// that leaves the least idle time, a course counting a minute less per place its topic stands down the
    /// topic order and 5 minutes less when its topic already had its share.
    mutating func tail(fitting seconds: Int) -> [Pick] {
        guard seconds > 0 else { return [] }
        var pool: [Pick] = []
        var penalty: [Int] = []
        var taken = Set<Int32>()
        for (position, t) in topicOrder().enumerated() {
            for found in candidates(topic: t, fitting: seconds, count: Self.tailPerTopic)
            where pool.count < Self.tailCandidates && taken.insert(found.course).inserted {
                let pick = makePick(found.course, restarted: found.restarted, topic: t)
                pool.append(pick)
                penalty.append(position * Self.topicTurnPenaltySeconds + (pick.borrowed ? Self.borrowPenaltySeconds : 0))
            }
        }
        func value(_ index: Int) -> Int { pool[index].duration - penalty[index] }
        var best: (value: Int, picks: [Int]) = (0, [])
        let n = pool.count
        for a in 0..<n where pool[a].duration <= seconds {
            let one = value(a)
            if one > best.value { best = (one, [a]) }
            for b in (a + 1)..<max(a + 1, n) where pool[a].duration + pool[b].duration <= seconds {
                guard !sameSeries(pool[a], pool[b]) else { continue }
                let two = one + value(b)
                if two > best.value { best = (two, [a, b]) }
                for c in (b + 1)..<max(b + 1, n)
                where pool[a].duration + pool[b].duration + pool[c].duration <= seconds {
                    guard !sameSeries(pool[a], pool[c]), !sameSeries(pool[b], pool[c]) else { continue }
                    let three = two + value(c)
                    if three > best.value { best = (three, [a, b, c]) }
                }
            }
        }
        return best.picks.map { pool[$0] }
    }

    /// Two candidates from one series: only the next episode may be taken, so never both.
    private func sameSeries(_ a: Pick, _ b: Pick) -> Bool {
        let s = self.pool.seriesOfCourse[Int(a.course)]
        return s >= 0 && s == self.pool.seriesOfCourse[Int(b.course)]
    }
}
