/// For one month, every topic's candidates best first; built once per month and shared by all stations.
///
/// An entry `>= 0` is a course index; an entry `< 0` is series `-(entry + 1)`, which stands for “the next
/// episode this station has not seen” and is resolved per station. Order: confirmed topic before suggested,
/// in season before season-free before out of season, then catalogue id.
struct MonthRanking: Sendable {
    let month: YearMonth
    let entries: [String: [Int32]]
    /// Per topic, only the series entries of `entries`, in the same order: the balance pass offers series' next
    /// episodes without walking whole lists.
    let seriesEntries: [String: [Int32]]
    /// 0 in season, 1 no season, 2 out of season; per course index.
    let season: [UInt8]
    /// The shortest course of each topic, so a nearly full session skips topics that cannot fit.
    let shortestSeconds: [String: Int]

    init(pool: CoursePool, month: YearMonth) {
        self.month = month
        let season = pool.courses.map { course -> UInt8 in
            if course.seasonalMonths.isEmpty { return 1 }
            return course.seasonalMonths.contains(month.month) ? 0 : 2
        }
        self.season = season
        var entries: [String: [Int32]] = [:]
        var shortest: [String: Int] = [:]
        var seriesEntries: [String: [Int32]] = [:]
        for (topic, members) in pool.byTopic {
            func key(_ index: Int32) -> (Int, UInt8, Int64) {
                let course = pool.courses[Int(index)]
                let confirmed = course.topics.contains { $0.id == topic && $0.confirmed }
                return (confirmed ? 0 : 1, season[Int(index)], course.id)
            }
            var keyed: [(key: (Int, UInt8, Int64), entry: Int32)] = []
            var seriesKey: [Int32: (Int, UInt8, Int64)] = [:]
            for index in members {
                let s = pool.seriesOfCourse[Int(index)]
                guard s >= 0 else {
                    keyed.append((key(index), index))
                    continue
                }
                let k = key(index)
                if let existing = seriesKey[s], existing <= k { continue }
                seriesKey[s] = k
            }
            for (s, k) in seriesKey { keyed.append((k, -(s + 1))) }
            keyed.sort { $0.key < $1.key }
            entries[topic] = keyed.map(\.entry)
            seriesEntries[topic] = keyed.lazy.map(\.entry).filter { $0 < 0 }
            shortest[topic] = members.lazy.map { pool.courses[Int($0)].durationSeconds }.min()
        }
        self.entries = entries
        self.seriesEntries = seriesEntries
        self.shortestSeconds = shortest
    }
}
