/// When no session can improve on its own: idle time split over sessions too small to use it (a 30-minute
/// session holding a 27-minute course) is moved to where an exchange can use it. An item of another session that
/// fits the idle session better trades places with one of its items (or moves in alone), so the idle session
/// ends tighter and the other session gains that room, which `SessionExchange` then fills.
///
/// The relocation alone changes neither topics nor total idle; it is made only together with an exchange that
/// improves, so the pass still strictly improves. Bounded: per idle session, the `relocationTries` trades that
/// leave it tightest are tried (ties to the earliest session and item). Series episodes never move.
extension CourseFiller {
    private static let relocationTries = 6

    /// One relocation with its exchange, the first that improves; false when there is none.
    mutating func relocate(
        _ filled: inout [FilledSession], exchange: inout SessionExchange, _ topicIndex: [String: Int]
    ) -> Bool {
        let items = filled.map { exchangeItems($0.items, topicIndex) }
        let free = filled.indices.map { s in filled[s].slot.minutes * 60 - items[s].reduce(0) { $0 + $1.seconds } }
        let deficit = deficits()
        for s in filled.indices where free[s] > 0 {
            // (idle left in s, other session, its item coming to s, the item of s going there or -1)
            var trades: [(idle: Int, other: Int, incoming: Int, outgoing: Int)] = []
            for o in filled.indices where o != s {
                for (x, item) in items[o].enumerated() where item.movable {
                    if item.seconds <= free[s] { trades.append((free[s] - item.seconds, o, x, -1)) }
                    for (y, own) in items[s].enumerated() where own.movable {
                        let gained = item.seconds - own.seconds
                        if gained > 0, gained <= free[s] { trades.append((free[s] - gained, o, x, y)) }
                    }
                }
            }
            trades.sort { ($0.idle, $0.other, $0.incoming, $0.outgoing) < ($1.idle, $1.other, $1.incoming, $1.outgoing) }
            for trade in trades.prefix(Self.relocationTries) {
                var theirs = items[trade.other]
                let incoming = theirs.remove(at: trade.incoming)
                var room = free[trade.other] + incoming.seconds
                if trade.outgoing >= 0 {
                    theirs.append(items[s][trade.outgoing])
                    room -= items[s][trade.outgoing].seconds
                }
                guard let move = exchange.best(items: theirs, free: room, deficit: deficit) else { continue }
                // Make the trade, keeping `other`'s items in the order the exchange saw them.
                let moving = filled[trade.other].items.remove(at: trade.incoming)
                if trade.outgoing >= 0 {
                    filled[trade.other].items.append(filled[s].items[trade.outgoing])
                    filled[s].items[trade.outgoing] = moving
                } else {
                    filled[s].items.append(moving)
                }
                Self.packFromStart(&filled[s].items)
                apply(move, to: &filled[trade.other], items: theirs, exchange: &exchange)
                return true
            }
        }
        return false
    }
}
