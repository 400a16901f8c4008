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
        let duration: Int
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
    let lists: [[Int32]]
    /// Per topic, the series entries of `lists`.
    let seriesLists: [[Int32]]
    let shortest: [Int]
    var usedSeconds: [Int]
    /// Per topic: entries before it are gone for good (seen, used, wrong audience, finished series).
    var cursor: [Int]
    var excluded: CourseMarks
    var used: CourseMarks
    var excludedSeries: Set<Int32> = []
    var progress: [Int32: SeriesMark] = [:]
    /// Per series, the first episode a later stored month shows: this month may only play episodes before it,
    /// so a month planned after a later one keeps the series in order.
    var laterFirst: [Int32: Int] = [:]
    /// Series episodes this station was ever shown before the month: an episode missing from them but below
    /// where the series stands was indexed late (第3讲 added after 第4讲 was shown) and comes next.
    var shownBefore = Set<Int32>()
    /// Where each series stood before the month: what `progress` goes back to when the balance pass takes a
    /// series' only episode in the month out.
    var progressBeforeMonth: [Int32: SeriesMark] = [:]
    /// Courses no move may take out of their session: the short sessions' fill while the month is re-packed
    /// around it (`CourseFiller+ShortFills`).
    var pinned: Set<Int32> = []
    /// The least a move must lower the shortfall to be made, and how close to what no re-pack can reach a month
    /// must come for the moves to stop (`SessionRepack.minimumGain`, `withinReach`; the fine descent lowers both).
    var minimumGain = SessionRepack.minimumGain
    var withinReach = SessionRepack.withinReach
    /// Whether the re-packs may take a series' next episode while the series has none in the month, and move or
    /// take out a series' lone episode in the month (`offeredToRepacks`, `repackView`).
    var seriesHeads = false
    /// Episodes of each series in the month's sessions.
    var monthEpisodes: [Int32: Int] = [:]

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
        seriesLists = topics.map { ranking.seriesEntries[$0] ?? [] }
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
        // At least the next month, even when repeats are allowed: a series must not run backwards.
        for entry in history.entries(blocking: month, noRepeatMonths: max(1, rules.noRepeatMonths)) where entry.date > month.lastDay {
            guard let index = pool.indexByID[entry.courseID] else { continue }
            let s = pool.seriesOfCourse[Int(index)]
            guard s >= 0, let episode = pool.courses[Int(index)].series?.episode else { continue }
            laterFirst[s] = min(laterFirst[s] ?? episode, episode)
        }
        for entry in history.entries where entry.date < month.firstDay {
            guard let index = pool.indexByID[entry.courseID] else { continue }
            let s = pool.seriesOfCourse[Int(index)]
            guard s >= 0, let episode = pool.courses[Int(index)].series?.episode else { continue }
            shownBefore.insert(index)
            if let mark = progress[s], (mark.date, mark.episode) >= (entry.date, episode) { continue }
            progress[s] = SeriesMark(episode: episode, date: entry.date, inMonth: false)
        }
        progressBeforeMonth = progress
    }

    /// Fills one session; items play back to back from the session's start. Courses are taken one by one by
    /// rank until the last hour, which is packed as a whole (`tail(fitting:)`) to leave little idle time.
    mutating func fill(_ slot: SessionSlot) -> [PlannedItem] {
        var items: [PlannedItem] = []
        var offset = 0
        let length = slot.minutes * 60
        while offset < length {
            if length - offset > Self.tailSeconds {
                guard let pick = choose(fitting: length - offset) else { break }
                items.append(take(pick, on: slot.date, at: offset))
                offset += pick.duration
            } else {
                for pick in tail(fitting: length - offset) {
                    items.append(take(pick, on: slot.date, at: offset))
                    offset += pick.duration
                }
                break
            }
        }
        return items
    }

    /// Marks `pick` used and makes its item.
    mutating func take(_ pick: Pick, on date: LocalDate, at offset: Int) -> PlannedItem {
        let course = pool.courses[Int(pick.course)]
        // A series stands under a topic when any of its episodes has it; this episode counts toward a topic the
        // catalogue gives it (the station's first such), not the one its series was listed under.
        let topic = course.topics.contains { $0.id == topics[pick.topic] }
            ? pick.topic : topics.firstIndex { id in course.topics.contains { $0.id == id } } ?? pick.topic
        used.insert(pick.course)
        usedSeconds[topic] += course.durationSeconds
        let reason = reason(for: pick, topic: topic)
        let s = pool.seriesOfCourse[Int(pick.course)]
        if s >= 0, let episode = course.series?.episode {
            progress[s] = SeriesMark(episode: episode, date: date, inMonth: true)
            monthEpisodes[s, default: 0] += 1
        }
        return PlannedItem(
            id: course.id, title: course.title, topic: topics[topic], startOffset: offset,
            durationSeconds: course.durationSeconds, path: course.path, why: worded(reason), reason: reason)
    }

    func audienceAllows(_ index: Int32) -> Bool {
        guard !rules.audiences.isEmpty, let audience = pool.courses[Int(index)].audience else { return true }
        return rules.audiences.contains(audience)
    }

    func available(_ index: Int32) -> Bool {
        !used.contains(index) && !excluded.contains(index) && audienceAllows(index)
    }

    /// The course an entry stands for now, or nil when it can never be chosen again this month.
    func resolve(_ entry: Int32) -> (course: Int32, restarted: Bool)? {
        guard entry < 0 else { return available(entry) ? (entry, false) : nil }
        let s = -(entry + 1)
        var episodes = pool.series[Int(s)].episodes[...]
        if let limit = laterFirst[s] {
            episodes = episodes.prefix { (pool.courses[Int($0)].series?.episode ?? 0) < limit }
        }
        guard let mark = progress[s] else { return episodes.first(where: available).map { ($0, false) } }
        if let late = episodes.first(where: {
            (pool.courses[Int($0)].series?.episode ?? 0) < mark.episode && !shownBefore.contains($0) && available($0)
        }) {
            return (late, false)
        }
        if let next = episodes.first(where: {
            (pool.courses[Int($0)].series?.episode ?? 0) > mark.episode && available($0)
        }) {
            return (next, false)
        }
        // A finished series starts again only once all of it has left the no-repeat window.
        // Nor when a later stored month continues it: restarting here would leave that month mid-series.
        guard !mark.inMonth, !excludedSeries.contains(s), laterFirst[s] == nil else { return nil }
        return episodes.first(where: available).map { ($0, true) }
    }
}
