/// The catalogue indexed once for planning many stations: courses by id, by topic and by series.
///
/// Build one pool per run and share it (it is an immutable value) across stations and months.
public struct CoursePool: Sendable {
    /// A series' episodes sorted by episode number (then id).
    struct Series: Sendable {
        let title: String
        let episodes: [Int32]
    }

    public let courses: [Course]
    let indexByID: [Int64: Int32]
    let series: [Series]
    /// Series index per course, -1 when the course is not in a series.
    let seriesOfCourse: [Int32]
    /// Course indices per topic id, in course order.
    let byTopic: [String: [Int32]]

    /// Courses with a duplicate id after the first, a non-positive duration or no topic are ignored.
    public init(courses input: [Course]) {
        var seen = Set<Int64>()
        let courses = input.filter { $0.durationSeconds > 0 && !$0.topics.isEmpty && seen.insert($0.id).inserted }
        var indexByID: [Int64: Int32] = [:]
        indexByID.reserveCapacity(courses.count)
        var byTopic: [String: [Int32]] = [:]
        var seriesIndex: [String: Int] = [:]
        var members: [[Int32]] = []
        var titles: [String] = []
        var seriesOfCourse = [Int32](repeating: -1, count: courses.count)
        for (i, course) in courses.enumerated() {
            let index = Int32(i)
            indexByID[course.id] = index
            var topicsSeen: [String] = []
            for topic in course.topics where !topicsSeen.contains(topic.id) {
                topicsSeen.append(topic.id)
                byTopic[topic.id, default: []].append(index)
            }
            if let position = course.series {
                let s: Int
                if let existing = seriesIndex[position.title] {
                    s = existing
                } else {
                    s = members.count
                    seriesIndex[position.title] = s
                    members.append([])
                    titles.append(position.title)
                }
                members[s].append(index)
                seriesOfCourse[i] = Int32(s)
            }
        }
        self.courses = courses
        self.indexByID = indexByID
        self.byTopic = byTopic
        self.seriesOfCourse = seriesOfCourse
        self.series = zip(titles, members).map { title, indices in
            Series(
                title: title,
                episodes: indices.sorted {
                    let a = courses[Int($0)], b = courses[Int($1)]
                    return (a.series?.episode ?? 0, a.id) < (b.series?.episode ?? 0, b.id)
                })
        }
    }

    public var count: Int { courses.count }

    public func course(id: Int64) -> Course? { indexByID[id].map { courses[Int($0)] } }

    /// Topic ids that have at least one course, sorted.
    public var topicIDs: [String] { byTopic.keys.sorted() }
}
