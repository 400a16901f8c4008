import Planner

/// The school year 2026-09..2027-08: CN-2026 and CN-2027 (as `Catalog/calendars/` writes them) and a catalogue
/// with children's films; rosters made from a seed.
enum ChildrenFixtures {
    static let cn2027Holidays: [(String, String)] = [
        ("元旦", "2027-01-01..2027-01-03"), ("春节", "2027-02-04..2027-02-12"), ("清明节", "2027-04-03..2027-04-05"),
        ("劳动节", "2027-05-01..2027-05-05"), ("端午节", "2027-06-09"), ("中秋节", "2027-09-15"),
        ("国庆节", "2027-10-01..2027-10-07"),
    ]
    static let cn2027Workdays: [(String, String)] = [
        ("春节调休上班", "2027-01-30"), ("春节调休上班", "2027-02-20"), ("劳动节调休上班", "2027-05-08"),
        ("国庆节调休上班", "2027-09-26"), ("国庆节调休上班", "2027-10-09"),
    ]

    static let schoolYearCalendar: HolidayCalendar = {
        let document = HolidayCalendarDocument(
            id: "CN-2027", name: "中国 2027 年法定节假日（暂定）",
            holidays: cn2027Holidays.map { .init(name: $0.0, dates: [$0.1]) },
            workdays: cn2027Workdays.map { .init(name: $0.0, date: $0.1) })
        do { return try HolidayCalendar.merging([Fixtures.cn2026, document.makeCalendar()]) } catch { fatalError("\(error)") }
    }()

    static let terms = [Fixtures.range("2026-09-01..2027-01-22"), Fixtures.range("2027-02-22..2027-07-02")]

    static let months: [YearMonth] = (0..<12).map { Fixtures.month("2026-09").adding(months: $0) }

    /// The sample courses and 60 children's films of 40–100 minutes.
    static let pool: CoursePool = {
        var courses = Fixtures.sampleCourses
        let first = (courses.map(\.id).max() ?? 0) + 1
        for n in 0..<60 {
            courses.append(
                Course(
                    id: first + Int64(n), title: "少儿影片\(n + 1)", durationSeconds: (40 + (n * 7) % 61) * 60 - 11,
                    topics: [CourseTopic(id: "children", confirmed: true)], audience: "children", path: "children/film\(n + 1).mp4"))
        }
        return CoursePool(courses: courses)
    }()

    static let surnames = Array("王李张刘陈杨黄赵吴周")
    static let givenNames = ["小明", "红", "佳怡", "子涵", "浩然", "欣怡", "宇轩", "梓萱", "俊杰", "雨桐"]

    static func roster(_ count: Int, random: inout SeededGenerator) -> [Child] {
        (0..<count).map { n in
            let year = Int.random(in: 2012...2020, using: &random)
            let month = Int.random(in: 1...12, using: &random)
            let day = Int.random(in: 1...LocalDate.daysInMonth(year: year, month: month), using: &random)
            let name = "\(surnames[n % surnames.count])\(givenNames[(n / surnames.count) % givenNames.count])"
            return Child(
                name: n < surnames.count * givenNames.count ? name : "\(name)\(n)",
                birthDate: Fixtures.date(String(format: "%04d-%02d-%02d", year, month, day)), grade: "\(1 + n % 6)年级")
        }
    }

    /// The activities of DESIGN.md's example, the computer class in its own room.
    static let designActivities: [ChildrenActivity] = [
        ChildrenActivity(kind: .childrenClass, title: "电脑基础", perWeek: 1, minutes: 60, room: "电脑室", needsComputers: true),
        ChildrenActivity(kind: .childrenClass, title: "《弟子规》", perWeek: 1, minutes: 45),
        ChildrenActivity(kind: .childrenFilm, perWeek: 2, minutes: 100, vacationsOnly: true),
        ChildrenActivity(kind: .familyVideo, weekday: .sunday, hours: Fixtures.interval("14:00-17:00")),
        ChildrenActivity(kind: .birthday, perMonth: 1, minutes: 60),
        ChildrenActivity(kind: .visit, minutes: 90, festivals: ["儿童节", "中秋节"]),
    ]

    static func station(_ id: String = "shuangqiao", children: ChildrenProgramme, _ change: (inout StationRules) -> Void = { _ in }) -> Station {
        var rules = StationRules.standard
        rules.terms = terms
        rules.topics.append(TopicWeight(topic: "culture", weight: 1))
        change(&rules)
        return Station(id: id, name: "\(id)站点", school: "\(id)小学", room: "多媒体教室", rules: rules, children: children)
    }
}
