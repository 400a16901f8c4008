/// Films of topic `children` a station may still show this month: none shown within its no-repeat window, none
/// twice in the month. Taken in catalogue order, so the same inputs give the same films.
struct FilmShelf {
    static let topic = "children"
    private let pool: CoursePool
    private var candidates: [Int32]
    private let noRepeatMonths: Int

    init(pool: CoursePool, history: StationHistory, month: YearMonth, noRepeatMonths: Int, adults: [PlannedSession]) {
        self.pool = pool
        self.noRepeatMonths = noRepeatMonths
        var blocked = Set(history.entries(blocking: month, noRepeatMonths: noRepeatMonths).map(\.courseID))
        for session in adults { for item in session.items { blocked.insert(item.id) } }
        candidates = (pool.byTopic[Self.topic] ?? []).filter { !blocked.contains(pool.courses[Int($0)].id) }
    }

    /// Films packed into `minutes` (each fits whole, the first that fits first); taken off the shelf.
    mutating func take(minutes: Int) -> [PlannedItem] {
        var left = minutes * 60
        var items: [PlannedItem] = []
        var kept: [Int32] = []
        for index in candidates {
            let course = pool.courses[Int(index)]
            guard course.durationSeconds <= left else {
                kept.append(index)
                continue
            }
            items.append(
                PlannedItem(
                    id: course.id, title: course.title, topic: Self.topic, startOffset: minutes * 60 - left,
                    durationSeconds: course.durationSeconds, path: course.path,
                    why: "少儿主题影片，本站 \(noRepeatMonths) 个月内没有放映过"))
            left -= course.durationSeconds
        }
        candidates = kept
        return items
    }
}
