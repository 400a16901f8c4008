/// A local improvement pass after the greedy fill: the greedy takes courses by rank and leaves topics off their
/// share by a course or two (measured against the integer-programming optimum by `yuanjiao-bench optimum`).
/// Each round makes the one swap — an item of a topic over its share for a course of a topic under it, in the
/// same session, where it fits — that lowers idle plus topic deviation the most; it stops when none does.
///
/// Deterministic (ties go to the earliest session, item and candidate) and cheap: a few candidates per topic,
/// at most `balanceRounds` rounds. Series episodes are neither taken out nor put in, so series order holds.
extension CourseFiller {
    static let balanceRounds = 48
    private static let balanceCandidates = 24

    mutating func rebalance(_ filled: inout [(slot: SessionSlot, items: [PlannedItem])]) {
        let topicIndex = Dictionary(topics.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        for _ in 0..<Self.balanceRounds {
            // Courses that could come in: not in a series, best rank first, per topic.
            var incoming: [[Int32]] = topics.indices.map { _ in [] }
            for t in topics.indices {
                incoming[t] = candidates(topic: t, fitting: Int.max, count: Self.balanceCandidates)
                    .filter { !$0.restarted && pool.seriesOfCourse[Int($0.course)] < 0 }.map(\.course)
            }
            // item == nil: the course is added into the session's idle time.
            var best: (gain: Int, session: Int, item: Int?, course: Int32, topic: Int)?
            for (s, session) in filled.enumerated() {
                let free = session.slot.minutes * 60 - session.items.reduce(0) { $0 + $1.durationSeconds }
                for t in topics.indices {
                    for course in incoming[t] {
                        let d = pool.courses[Int(course)].durationSeconds
                        guard d <= free else { continue }
                        let gain = shift(t, d) + d
                        if gain > (best?.gain ?? 0) { best = (gain, s, nil, course, t) }
                    }
                }
                for (i, item) in session.items.enumerated() {
                    guard let out = topicIndex[item.topic], pool.course(id: item.id)?.series == nil else { continue }
                    for t in topics.indices {
                        for course in incoming[t] {
                            let d = pool.courses[Int(course)].durationSeconds
                            guard d <= free + item.durationSeconds else { continue }
                            let gain = improvement(removing: item.durationSeconds, from: out, adding: d, to: t)
                            if gain > (best?.gain ?? 0) { best = (gain, s, i, course, t) }
                        }
                    }
                }
            }
            guard let move = best else { return }
            var items = filled[move.session].items
            let pick = makePick(move.course, restarted: false, topic: move.topic)
            if let index = move.item {
                let removed = items[index]
                if let out = topicIndex[removed.topic] { usedSeconds[out] -= removed.durationSeconds }
                items[index] = take(pick, on: filled[move.session].slot.date, at: 0)
            } else {
                items.append(take(pick, on: filled[move.session].slot.date, at: 0))
            }
            // Items play back to back from the session's start.
            var offset = 0
            for k in items.indices {
                items[k].startOffset = offset
                offset += items[k].durationSeconds
            }
            filled[move.session].items = items
        }
    }

    /// Deviation saved by adding `added` seconds to topic `t` alone (an addition has no topic going out).
    private func shift(_ t: Int, _ added: Int) -> Int {
        abs(usedSeconds[t] - quotaMinutes[t] * 60) - abs(usedSeconds[t] + added - quotaMinutes[t] * 60)
    }

    /// Seconds of idle plus topic deviation saved by swapping `removed` seconds of topic `out` for `added`
    /// seconds of topic `into`.
    private func improvement(removing removed: Int, from out: Int, adding added: Int, to into: Int) -> Int {
        func deviation(_ t: Int, _ used: Int) -> Int { abs(used - quotaMinutes[t] * 60) }
        if out == into {
            return deviation(out, usedSeconds[out]) - deviation(out, usedSeconds[out] - removed + added) + (added - removed)
        }
        let before = deviation(out, usedSeconds[out]) + deviation(into, usedSeconds[into])
        let after = deviation(out, usedSeconds[out] - removed) + deviation(into, usedSeconds[into] + added)
        return (before - after) + (added - removed)
    }
}
