import Planner

/// Test data: the 2026 calendar as `Catalog/calendars/CN-2026.yaml` writes it, the sample courseware, dates.
enum Fixtures {
    static func date(_ text: String) -> LocalDate {
        do { return try LocalDate(parsing: text) } catch { fatalError("bad test date \(text)") }
    }

    static func month(_ text: String) -> YearMonth {
        do { return try YearMonth(parsing: text) } catch { fatalError("bad test month \(text)") }
    }

    static func interval(_ text: String) -> DayInterval {
        do { return try DayInterval(parsing: text) } catch { fatalError("bad test interval \(text)") }
    }

    static func range(_ text: String) -> DateRange {
        do { return try DateRange(parsing: text) } catch { fatalError("bad test range \(text)") }
    }

    static let holidays: [(String, String)] = [
        ("元旦", "2026-01-01..2026-01-03"), ("春节", "2026-02-15..2026-02-23"), ("清明节", "2026-04-04..2026-04-06"),
        ("劳动节", "2026-05-01..2026-05-05"), ("端午节", "2026-06-19..2026-06-21"), ("中秋节", "2026-09-25..2026-09-27"),
        ("国庆节", "2026-10-01..2026-10-07"),
    ]

    static let workdays: [(String, String)] = [
        ("元旦调休上班", "2026-01-04"), ("春节调休上班", "2026-02-14"), ("春节调休上班", "2026-02-28"),
        ("劳动节调休上班", "2026-05-09"), ("国庆节调休上班", "2026-09-20"), ("国庆节调休上班", "2026-10-10"),
    ]

    static let cn2026: HolidayCalendar = {
        let document = HolidayCalendarDocument(
            id: "CN-2026", name: "中国 2026 年法定节假日",
            holidays: holidays.map { .init(name: $0.0, dates: [$0.1]) },
            workdays: workdays.map { .init(name: $0.0, date: $0.1) })
        do { return try document.makeCalendar() } catch { fatalError("\(error)") }
    }()

    /// Terms covering both 2026 semesters, so every month of 2026 has term and vacation days.
    static let terms2026 = [
        range("2025-09-01..2026-01-23"), range("2026-03-02..2026-07-03"), range("2026-09-01..2027-01-22"),
    ]

    static func station(_ id: String = "shuangqiao", _ change: (inout StationRules) -> Void = { _ in }) -> Station {
        var rules = StationRules.standard
        rules.terms = terms2026
        change(&rules)
        return Station(id: id, name: "\(id)站点", school: "\(id)小学", mode: 2, room: "多媒体教室", rules: rules)
    }

    /// About the sample courseware: 5 topics, 15–45 minutes, two series, seasonal agricultural courses.
    static let sampleCourses: [Course] = {
        var courses: [Course] = []
        func add(
            _ title: String, _ minutes: Int, _ topic: String, confirmed: Bool = true, series: SeriesPosition? = nil,
            months: [Int] = [], audience: String? = nil
        ) {
            let id = Int64(courses.count + 1)
            courses.append(
                Course(
                    id: id, title: title, durationSeconds: minutes * 60 - 7, topics: [CourseTopic(id: topic, confirmed: confirmed)],
                    series: series, audience: audience, seasonalMonths: months, path: "\(topic)/\(title).mp4"))
        }
        for n in 1...4 { add("党的二十大精神学习辅导（第\(n)讲）", 40, "policy", series: SeriesPosition(title: "党的二十大精神学习辅导", episode: n)) }
        add("乡村振兴战略解读", 30, "policy")
        add("基层党组织建设工作实务", 25, "policy")
        add("农村土地承包法讲座", 35, "law")
        for n in 1...3 { add("民法典与农民生活（第\(n)集）", 30, "law", series: SeriesPosition(title: "民法典与农民生活", episode: n)) }
        add("宪法宣传教育", 15, "law")
        add("反电信网络诈骗知识", 20, "law", confirmed: false)
        add("新时代文明实践——孝老爱亲", 25, "ethics")
        add("道德模范事迹报告", 45, "ethics")
        add("移风易俗树新风", 20, "ethics")
        add("诚信经营小故事", 15, "ethics", confirmed: false)
        add("冬季柑橘管护", 30, "agritech", months: [11, 12, 1])
        add("油菜高产栽培", 35, "agritech", months: [9, 10, 11])
        add("生猪养殖与疫病防治", 40, "agritech")
        add("水稻育秧技术", 30, "agritech", months: [3, 4])
        add("稻田养鱼", 25, "agritech", months: [5, 6, 7])
        add("蔬菜大棚冬季管理", 30, "agritech", months: [12, 1, 2])
        add("农村电商入门", 45, "agritech", confirmed: false)
        add("果树修剪", 20, "agritech", months: [12, 1, 2])
        add("安全用电小常识", 15, "children", audience: "children")
        add("防溺水安全教育", 20, "children", audience: "children")
        add("红色故事会", 25, "children", audience: "children")
        return courses
    }()
}

/// SplitMix64: a small seeded generator so generated tests are the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// A large generated catalogue: `count` courses over the five sample topics, some series, some seasonal.
func generatedCourses(count: Int, seed: UInt64) -> [Course] {
    var random = SeededGenerator(seed: seed)
    let topics = ["policy", "law", "ethics", "agritech", "children", "culture"]
    var courses: [Course] = []
    courses.reserveCapacity(count)
    var seriesNumber = 0
    var episode = 0
    var episodes = 0
    for i in 0..<count {
        let topic = topics[Int.random(in: 0..<topics.count, using: &random)]
        var series: SeriesPosition?
        if episode < episodes {
            episode += 1
            series = SeriesPosition(title: "系列\(seriesNumber)", episode: episode)
        } else if Int.random(in: 0..<10, using: &random) == 0 {
            seriesNumber += 1
            episode = 1
            episodes = Int.random(in: 2...12, using: &random)
            series = SeriesPosition(title: "系列\(seriesNumber)", episode: episode)
        }
        let seasonal = topic == "agritech" && Bool.random(using: &random)
        let start = Int.random(in: 1...12, using: &random)
        courses.append(
            Course(
                id: Int64(i + 1), title: "课程\(i + 1)", durationSeconds: Int.random(in: 15 * 60...45 * 60, using: &random),
                topics: [CourseTopic(id: topic, confirmed: Int.random(in: 0..<4, using: &random) != 0)],
                series: series, seasonalMonths: seasonal ? [start, start % 12 + 1] : [], path: "c/\(i + 1).mp4"))
    }
    return courses
}
