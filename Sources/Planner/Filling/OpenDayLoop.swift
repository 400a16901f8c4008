/// The open day's loop of recommended items: the courses of that week's sessions, topped up from the nearest
/// other sessions of the month, for villagers who come to study on their own. Repeats are intended.
enum OpenDayLoop {
    static func items(
        for slot: SessionSlot, sessions: [(slot: SessionSlot, items: [PlannedItem])], minimumMinutes: Int
    ) -> [PlannedItem] {
        let length = slot.minutes * 60
        let sameWeek = sessions.filter { $0.slot.week == slot.week }
        let others = sessions.filter { $0.slot.week != slot.week }.sorted {
            let a = abs($0.slot.date.days(to: slot.date)), b = abs($1.slot.date.days(to: slot.date))
            return a != b ? a < b : $0.slot.date < $1.slot.date
        }
        var loop: [PlannedItem] = []
        var offset = 0
        var seen = Set<Int64>()
        func take(_ source: [(slot: SessionSlot, items: [PlannedItem])], ownWeek: Bool) {
            for session in source {
                if !ownWeek, offset >= minimumMinutes * 60 { return }
                for item in session.items where !seen.contains(item.id) && offset + item.durationSeconds <= length {
                    seen.insert(item.id)
                    let from = ownWeek ? "本周" : "本月"
                    // A session later than the open day has not been held yet: the loop previews it, not replays it.
                    let held = session.slot.date < slot.date
                    let why = held
                        ? "开放日循环播放，供群众个人自学：\(from)\(session.slot.date.chineseMonthDay)\(session.slot.kind.chineseName)已播课程，开放日可重复本月已播课程"
                        : "开放日循环播放，供群众个人自学：预告本月课程（\(session.slot.date.chineseMonthDay)\(session.slot.kind.chineseName)将播）"
                    loop.append(
                        PlannedItem(
                            id: item.id, title: item.title, topic: item.topic, startOffset: offset,
                            durationSeconds: item.durationSeconds, path: item.path, why: why))
                    offset += item.durationSeconds
                }
            }
        }
        take(sameWeek, ownWeek: true)
        take(others, ownWeek: false)
        return loop
    }
}
