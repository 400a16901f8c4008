import Foundation
import Testing
@testable import Catalogue

@Suite("Seasonal calendar and plannable courses")
struct LibrarianSeasonTests {
    @Test("the most specific entry wins; an all-year entry gives way to a seasonal one")
    func specificity() {
        let seasons = LibrarianFixtures.seasons
        #expect(seasons.months(in: "水稻育秧技术") == [3, 4])
        #expect(seasons.months(in: "水稻高产栽培") == Set(3...9))
        #expect(seasons.months(in: "大棚蔬菜种植技术") == Set(1...12))
        #expect(seasons.months(in: "冬季大棚蔬菜防凍技術") == [11, 12, 1, 2])
        #expect(seasons.months(in: "宪法宣传教育").isEmpty)
        #expect(seasons.matches(in: "柑橘春季管理").map(\.keyword) == ["柑橘春季"])
    }

    @Test("months read as people write them", arguments: [
        ([3, 4], "3–4月"), ([11, 12, 1, 2], "11–2月"), (Array(1...12), "全年"), ([5], "5月"), ([3, 4, 9, 10], "3–4、9–10月"),
        ([12, 1, 6], "6、12–1月"),
    ])
    func monthsText(months: [Int], text: String) {
        #expect(SeasonCalendar.monthsText(months) == text)
    }

    @Test("per resource: title, guide description and librarian tags are matched")
    func seasonalMonths() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let rice = try library.id("水稻育秧技术.mp4")
        let keji = try library.id("CCTV7_20261201_1900.ts")
        let law = try library.id("宪法宣传教育.mp3")
        var months = try library.catalogue.seasonalMonths(for: [rice, keji, law], seasons: LibrarianFixtures.seasons)
        #expect(months[rice] == [3, 4])
        #expect(months[keji] == [11, 12, 1, 2])  // from the guide's sub-title 冬季大棚蔬菜防冻技术
        #expect(months[law] == nil)
        try library.catalogue.tag(.resources([law]), edit: LibrarianEdit(addTags: ["柑橘春季"]), by: "t", summary: "tag")
        months = try library.catalogue.seasonalMonths(for: [law], seasons: LibrarianFixtures.seasons)
        #expect(months[law] == [2, 3, 4])
    }

    @Test("plannable courses: present ones with duration, confirmed flags, series, audience, months; no rejected topic")
    func plannable() throws {
        let library = try LibrarianCatalogue()
        defer { library.remove() }
        let law = try library.id("宪法宣传教育.mp3")
        let rice = try library.id("水稻育秧技术.mp4")
        let lower = try library.id("民法典与农民生活（下）.wmv")
        let ethics = try library.id("家风家训故事.m4a")
        try library.catalogue.tag(.resources([law]), edit: LibrarianEdit(confirmTopics: ["law"], audience: .set(.partyMember)), by: "t", summary: "t")
        try library.catalogue.tag(.resources([rice]), edit: LibrarianEdit(rejectTopics: ["agritech"]), by: "t", summary: "t")
        try FileManager.default.removeItem(atPath: library.workspace.path("courseware/道德教育/家风家训故事.m4a"))
        try library.index()

        let courses = try library.catalogue.plannableCourses(seasons: LibrarianFixtures.seasons)
        let byID = Dictionary(uniqueKeysWithValues: courses.map { ($0.id, $0) })
        #expect(byID[ethics] == nil)
        #expect(courses.allSatisfy { $0.duration > 0 })
        #expect(courses.map(\.id) == courses.map(\.id).sorted())
        let lawCourse = try #require(byID[law])
        #expect(lawCourse.topics.first == .init(id: "law", confirmed: true))
        #expect(lawCourse.audience == .partyMember)
        #expect(lawCourse.months.isEmpty)
        let riceCourse = try #require(byID[rice])
        #expect(!riceCourse.topics.contains { $0.id == "agritech" })
        #expect(riceCourse.months == [3, 4])
        let lowerCourse = try #require(byID[lower])
        #expect(lowerCourse.series == "民法典与农民生活" && lowerCourse.episode == 3)
        #expect(lowerCourse.topics.allSatisfy { !$0.confirmed })
    }
}
