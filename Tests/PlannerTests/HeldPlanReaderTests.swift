import Foundation
import Testing
@testable import Planner

/// The county report reads stored plans from their bytes (`StationPlan(heldJudgementDocument:)`); it must give
/// exactly the plan `JSONDecoder` with `heldJudgementOnly` gives, and leave to `JSONDecoder` whatever it refuses.
struct HeldPlanReaderTests {
    static func decoded(_ document: Data) -> StationPlan? {
        let decoder = JSONDecoder()
        decoder.userInfo[.heldJudgementOnly] = true
        return try? decoder.decode(StationPlan.self, from: document)
    }

    static func fast(_ document: Data) -> StationPlan? {
        document.withUnsafeBytes { HeldPlanReader.read($0.bindMemory(to: UInt8.self)) }
    }

    /// A generated county's year (awkward calendars, warnings, reasons): every plan read from its bytes, the same.
    @Test func aGeneratedCountyReadsAsTheDecoderReadsIt() throws {
        var random = SeededGenerator(seed: 2525)
        let pool = CoursePool(courses: generatedCourses(count: 400, seed: 250))
        var plans = 0
        var warned = 0
        for n in 0..<4 {
            let station = Station(id: "g\(n)", name: "站点\(n)", rules: RulebookPropertyTests.awkwardRules(&random, index: n))
            var previous: StationPlan?
            for month in RulebookPropertyTests.months {
                let plan = MonthPlanner(pool: pool, calendar: Fixtures.cn2026, month: month)
                    .plan(station: station, history: StationHistory(), neighbours: NeighbourPlans(previous: previous))
                previous = plan
                let document = try JSONEncoder().encode(plan)
                let expected = try #require(Self.decoded(document))
                #expect(Self.fast(document) == expected, "\(station.id) \(month)")
                #expect(try StationPlan(heldJudgementDocument: document) == expected)
                plans += 1
                if !plan.warnings.isEmpty { warned += 1 }
            }
        }
        #expect(plans == 48)
        #expect(warned > 0, "the generated plans should carry warnings, so that their reading is compared too")
    }

    /// Escapes, every key in another order and spacing, words, materials, warning data and a children's month.
    @Test func escapesLayoutsAndTheRarerPartsReadTheSame() throws {
        let date = try LocalDate(parsing: "2026-12-05")
        let item = PlannedItem(
            id: -7, title: "“宪法”\"讲座\" \\ / 😀\n\t\u{01}", topic: "law", startOffset: 2400, durationSeconds: 1800,
            path: "课件/宪法 (1).mp4", why: "法律法规本月还差 30 分钟")
        var session = PlannedSession(
            date: date, start: try TimeOfDay(parsing: "19:00"), end: try TimeOfDay(parsing: "21:00"), kind: .studyDay,
            items: [item, item], materials: [PlannedMaterial(id: 3, title: "读本", path: "资料/读本.pdf")])
        session.items[1].id = Int64.max
        let warning = PlanWarning(
            rule: .weeklyMinutes, week: 1, text: "第1周（weekly-minutes）：不足", station: "s", weekStart: date, detail: "不足")
        let children = ChildrenPlan(sessions: [
            ChildrenSession(
                date: date, start: try TimeOfDay(parsing: "14:00"), end: try TimeOfDay(parsing: "15:00"), kind: .childrenFilm,
                title: "影片", room: "教室", activity: 0, children: 12, items: [item])
        ])
        let plans = [
            StationPlan(id: "双桥\"村\"", sessions: [session], warnings: [warning], children: children),
            StationPlan(id: "empty", sessions: [], warnings: []),
        ]
        for plan in plans {
            for formatting in [JSONEncoder.OutputFormatting(), [.prettyPrinted, .sortedKeys], [.withoutEscapingSlashes]] {
                let encoder = JSONEncoder()
                encoder.outputFormatting = formatting
                let document = try encoder.encode(plan)
                let expected = try #require(Self.decoded(document))
                #expect(Self.fast(document) == expected, "\(plan.id) \(formatting)")
            }
        }
    }

    /// Documents the fast reading refuses or that are not plans: the same plan or the same failure as before.
    @Test(arguments: [
        #"{"id":"a","sessions":[],"warnings":[],"id":"b"}"#,
        #"{"id":"a","sessions":[{"date":"2026-12-05","start":"19:00","end":"21:00","kind":"weekly","items":null}],"warnings":[]}"#,
        #"{"id":"a","sessions":[{"date":"2026-12-05","start":"19:00","end":"21:00","kind":"weekly","items":[{"id":1,"title":"t","topic":"law","start":"00:00:00","duration":60.0,"path":"p"}]}],"warnings":[]}"#,
        #"{"id":"a","sessions":[{"date":"2026-12-05","start":"19:00","end":"21:00","kind":"weekly","items":[{"id":1,"title":"t","topic":"law","start":"00:00:00","duration":60,"path":"p","why":"\ud800"}]}],"warnings":[]}"#,
        #"{"id":"a","sessions":[{"date":"2026-13-05","start":"19:00","end":"21:00","kind":"weekly"}],"warnings":[]}"#,
        #"{"id":"a","sessions":[{"date":"2026-12-05","start":"19:00","end":"21:00","kind":"daily"}],"warnings":[]}"#,
        #"{"id":"a","sessions":[],"warnings":["\u4e2d\u6587\ud83d\ude00"],"warningData":null,"children":null}"#,
        #"{"id":"a","sessions":[],"warnings":[]} x"#,
        #"{"id":"a","sessions":[],"warnings":[],"extra":{"deep":[1,-2.5e3,true,null,"\/"]}}"#,
        #"{"id":"a","sessions":[],"warnings":[01]}"#,
        #"{"id":"a","sessions":[]"#,
        #"{"id":"a","sessions":[],"warnings":[]"#,
        #"["a"]"#,
    ])
    func oddDocumentsGiveWhatTheDecoderGives(text: String) {
        let document = Data(text.utf8)
        let expected = Self.decoded(document)
        if let fast = Self.fast(document) { #expect(fast == expected) }
        #expect((try? StationPlan(heldJudgementDocument: document)) == expected)
    }

    @Test func textThatIsNotUTF8GoesToTheDecoder() {
        var document = Data(#"{"id":"a","sessions":[],"warnings":["x"]}"#.utf8)
        document[document.count - 4] = 0xFF
        #expect(Self.fast(document) == nil)
        #expect((try? StationPlan(heldJudgementDocument: document)) == Self.decoded(document))
    }
}
