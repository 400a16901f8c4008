/// A local improvement pass after the greedy fill: the greedy takes courses by rank and leaves topics off their
/// share and sessions with idle minutes (measured against the integer-programming optimum by
/// `yuanjiao-bench optimum`). Each round sweeps the sessions in order and makes in each the best exchange with the
/// unused courses (`SessionExchange`: up to two items out, up to two courses in). When a sweep changes nothing,
/// a relocation between two sessions (`relocate`) gives the exchange room to work with, and sweeping goes on.
///
/// Deterministic (sessions in order; ties to the earliest removal set, topic and shortest-first candidate) and
/// bounded: `balanceCandidates` best-ranked courses per topic, at most `balanceRounds` rounds, and every move
/// strictly lowers (shortfall, idle), so it cannot cycle. Series episodes are neither moved, taken out nor put
/// in, so series order holds; nothing used, seen or excluded comes in, so no repeats.
extension CourseFiller {
    typealias FilledSession = (slot: SessionSlot, items: [PlannedItem])

    static let balanceRounds = 8
    static let balanceCandidates = 48

    mutating func rebalance(_ filled: inout [FilledSession]) {
        let topicIndex = Dictionary(topics.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
        var exchange = SessionExchange(candidates: exchangeCandidates())
        for _ in 0..<Self.balanceRounds {
            var changed = false
            for s in filled.indices {
                let items = exchangeItems(filled[s].items, topicIndex)
                let free = filled[s].slot.minutes * 60 - items.reduce(0) { $0 + $1.seconds }
                guard let move = exchange.best(items: items, free: free, deficit: deficits()) else { continue }
                apply(move, to: &filled[s], items: items, exchange: &exchange)
                changed = true
            }
            if !changed {
                guard relocate(&filled, exchange: &exchange, topicIndex) else { return }
            }
        }
    }

    /// Each topic's quota minus its used seconds.
    func deficits() -> [Int] {
        topics.indices.map { quotaMinutes[$0] * 60 - usedSeconds[$0] }
    }

    /// The session's items as the exchange sees them; series episodes and items of other topics stay put.
    func exchangeItems(_ items: [PlannedItem], _ topicIndex: [String: Int]) -> [SessionExchange.Item] {
        items.map { item in
            let topic = topicIndex[item.topic]
            let movable = topic != nil && pool.indexByID[item.id].map { pool.seriesOfCourse[Int($0)] < 0 } ?? false
            return SessionExchange.Item(seconds: item.durationSeconds, topic: topic ?? 0, movable: movable)
        }
    }

    /// Takes the move's items out and its courses in, after the items that stay (items play back to back from
    /// the session's start); the courses taken out may come in again later, those put in no longer can.
    mutating func apply(
        _ move: SessionExchange.Move, to session: inout FilledSession, items: [SessionExchange.Item],
        exchange: inout SessionExchange
    ) {
        for i in move.removed.sorted(by: >) {
            let item = session.items.remove(at: i)
            usedSeconds[items[i].topic] -= item.durationSeconds
            guard let course = pool.indexByID[item.id] else { continue }
            used.remove(course)
            exchange.insert(course: course, seconds: items[i].seconds, topic: items[i].topic)
        }
        for (course, topic) in move.added {
            session.items.append(take(makePick(course, restarted: false, topic: topic), on: session.slot.date, at: 0))
            exchange.remove(course: course)
        }
        Self.packFromStart(&session.items)
    }

    static func packFromStart(_ items: inout [PlannedItem]) {
        var offset = 0
        for k in items.indices {
            items[k].startOffset = offset
            offset += items[k].durationSeconds
        }
    }

    /// Per topic, the best-ranked courses that may still come in (not in a series), shortest first.
    private mutating func exchangeCandidates() -> [[SessionExchange.Candidate]] {
        topics.indices.map { t in
            candidates(topic: t, fitting: Int.max, count: Self.balanceCandidates).enumerated()
                .filter { !$0.element.restarted && pool.seriesOfCourse[Int($0.element.course)] < 0 }
                .map { (rank: $0.offset, course: SessionExchange.Candidate(
                    course: $0.element.course, seconds: pool.courses[Int($0.element.course)].durationSeconds)) }
                .sorted { $0.course.seconds != $1.course.seconds ? $0.course.seconds < $1.course.seconds : $0.rank > $1.rank }
                .map(\.course)
        }
    }
}
