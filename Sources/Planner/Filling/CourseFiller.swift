/// Layer 2 for one station: fills study and weekly sessions with courses — topic quotas over the month,
/// confirmed topics first, in-season first, series in episode order, nothing seen within the no-repeat window,
/// nothing twice in the month — packed without overrun.
struct CourseFiller {
    /// Where a series stands for this station: the last episode seen, when, and whether in this month's plan.
    struct SeriesMark {
        let episode: Int
        let date: LocalDate
        let inMonth: Bool
    }

    /// A chosen course and what the reason needs to say about it.
    struct Pick {
        let course: Int32
        let topic: Int
        let borrowed: Bool
        let previous: SeriesMark?
        let restarted: Bool
    }

    let pool: CoursePool
    let ranking: MonthRanking
    let rules: StationRules
    let names: TopicNames
    let topics: [String]
    let quotaMinutes: [Int]
    private let lists: [[Int32]]
    private let shortest: [Int]
    private(set) var usedSeconds: [Int]
    private var cursor: [Int]
    private var excluded: CourseMarks
    private var used: CourseMarks
    private var excludedSeries: Set<Int32> = []
    private(set) var progress: [Int32: SeriesMark] = [:]

    /// Sessions with this many seconds or fewer left are topped up with the longest course that fits.
    private static let bestFitSeconds = 60 * 60
    private static let firstFitScan = 256
    private static let bestFitScan = 96

    init(
        pool: CoursePool, ranking: MonthRanking, rules: StationRules, names: TopicNames, history: StationHistory,
        studyMinutes: Int
    ) {
        self.pool = pool
        self.ranking = ranking
        self.rules = rules
        self.names = names
        var topics: [String] = []
        var weights: [Double] = []
        for weight in rules.topics where weight.weight > 0 && !topics.contains(weight.topic) {
            topics.append(weight.topic)
            weights.append(weight.weight)
        }
        self.topics = topics
        quotaMinutes = TopicQuota.allocate(total: studyMinutes, weights: weights)
        lists = topics.map { ranking.entries[$0] ?? [] }
        shortest = topics.map { ranking.shortestSeconds[$0] ?? Int.max }
        usedSeconds = topics.map { _ in 0 }
        cursor = topics.map { _ in 0 }
        used = CourseMarks(count: pool.count)
        excluded = CourseMarks(count: pool.count)
        let month = ranking.month
        for entry in history.entries(blocking: month, noRepeatMonths: rules.noRepeatMonths) {
            guard let index = pool.indexByID[entry.courseID] else { continue }
            excluded.insert(index)
            let s = pool.seriesOfCourse[Int(index)]
            if s >= 0 { excludedSeries.insert(s) }
        }
        for entry in history.entries where entry.date < month.firstDay {
            guard let index = pool.indexByID[entry.courseID] else { continue }
            let s = pool.seriesOfCourse[Int(index)]
            guard s >= 0, let episode = pool.courses[Int(index)].series?.episode else { continue }
            if let mark = progress[s], (mark.date, mark.episode) >= (entry.date, episode) { continue }
            progress[s] = SeriesMark(episode: episode, date: entry.date, inMonth: false)
        }
    }

    /// Fills one session; items play back to back from the session's start.
    mutating func fill(_ slot: SessionSlot) -> [PlannedItem] {
        var items: [PlannedItem] = []
        var offset = 0
        let length = slot.minutes * 60
        while let pick = choose(fitting: length - offset) {
            let course = pool.courses[Int(pick.course)]
            used.insert(pick.course)
            usedSeconds[pick.topic] += course.durationSeconds
            let s = pool.seriesOfCourse[Int(pick.course)]
            if s >= 0, let episode = course.series?.episode {
                progress[s] = SeriesMark(episode: episode, date: slot.date, inMonth: true)
            }
            items.append(
                PlannedItem(
                    id: course.id, title: course.title, topic: topics[pick.topic], startOffset: offset,
                    durationSeconds: course.durationSeconds, path: course.path, why: reason(for: pick)))
            offset += course.durationSeconds
        }
        return items
    }

    private func audienceAllows(_ index: Int32) -> Bool {
        guard !rules.audiences.isEmpty, let audience = pool.courses[Int(index)].audience else { return true }
        return rules.audiences.contains(audience)
    }

    private func available(_ index: Int32) -> Bool {
        !used.contains(index) && !excluded.contains(index) && audienceAllows(index)
    }

    /// The course an entry stands for now, or nil when it can never be chosen again this month.
    private func resolve(_ entry: Int32) -> (course: Int32, restarted: Bool)? {
        guard entry < 0 else { return available(entry) ? (entry, false) : nil }
        let s = -(entry + 1)
        let episodes = pool.series[Int(s)].episodes
        guard let mark = progress[s] else { return episodes.first(where: available).map { ($0, false) } }
        if let next = episodes.first(where: {
            (pool.courses[Int($0)].series?.episode ?? 0) > mark.episode && available($0)
        }) {
            return (next, false)
        }
        // A finished series starts again only once all of it has left the no-repeat window.
        guard !mark.inMonth, !excludedSeries.contains(s) else { return nil }
        return episodes.first(where: available).map { ($0, true) }
    }

    /// The best candidate of topic `t` lasting at most `seconds`: the first by rank, or with `longest`, the
    /// longest among the next few by rank. Advances the topic's cursor past entries that are gone for good.
    private mutating func candidate(topic t: Int, fitting seconds: Int, longest: Bool) -> (Int32, Bool)? {
        guard shortest[t] <= seconds else { return nil }
        let list = lists[t]
        var i = cursor[t]
        var atFront = true
        var scanned = 0
        var best: (course: Int32, restarted: Bool, duration: Int)?
        let limit = longest ? Self.bestFitScan : Self.firstFitScan
        while i < list.count, scanned < limit {
            defer { i += 1 }
            guard let (course, restarted) = resolve(list[i]) else {
                if atFront { cursor[t] = i + 1 }
                continue
            }
            atFront = false
            scanned += 1
            let duration = pool.courses[Int(course)].durationSeconds
            guard duration <= seconds else { continue }
            if !longest { return (course, restarted) }
            if let current = best, current.duration >= duration { continue }
            best = (course, restarted, duration)
            if duration == seconds { break }
        }
        return best.map { ($0.course, $0.restarted) }
    }

    private mutating func choose(fitting seconds: Int) -> Pick? {
        guard seconds > 0 else { return nil }
        let deficit = topics.indices.map { quotaMinutes[$0] * 60 - usedSeconds[$0] }
        // The topic furthest behind its share goes first (used ÷ quota, compared by cross-multiplying), so
        // topics take turns through the month instead of one topic filling whole sessions.
        let order = topics.indices.sorted { a, b in
            let left = usedSeconds[a] * quotaMinutes[b], right = usedSeconds[b] * quotaMinutes[a]
            return left != right ? left < right : a < b
        }
        let longest = seconds <= Self.bestFitSeconds
        // Topics still under quota first; only then borrow from topics that have had their share.
        for borrowing in [false, true] {
            var best: (pick: Pick, duration: Int)?
            for t in order where (deficit[t] <= 0) == borrowing {
                guard let (course, restarted) = candidate(topic: t, fitting: seconds, longest: longest) else { continue }
                let s = pool.seriesOfCourse[Int(course)]
                let pick = Pick(
                    course: course, topic: t, borrowed: borrowing, previous: s >= 0 ? progress[s] : nil,
                    restarted: restarted)
                guard longest else { return pick }
                let duration = pool.courses[Int(course)].durationSeconds
                if let current = best, current.duration >= duration { continue }
                best = (pick, duration)
            }
            if let best { return best.pick }
        }
        return nil
    }
}
