import Testing
import Planner

/// Reasons never claim what is false (issue 12).
@Suite struct ReasonTests {
    let plan = MonthPlanner(pool: CoursePool(courses: generatedCourses(count: 600, seed: 21)), calendar: Fixtures.cn2026,
                            month: Fixtures.month("2026-12")).plan(station: Fixtures.station())

    @Test func anOpenDayLoopPreviewsSessionsNotYetHeld() throws {
        let dates = Dictionary(plan.sessions.filter { $0.kind != .openDay }.flatMap { s in s.items.map { ($0.id, s.date) } },
                               uniquingKeysWith: min)
        var previews = 0
        for open in plan.sessions where open.kind == .openDay {
            for item in open.items {
                let shown = try #require(dates[item.id])
                if shown > open.date {
                    #expect(item.why.contains("预告本月课程"), "\(item.why)")
                    previews += 1
                } else {
                    #expect(item.why.contains("已播课程"), "\(item.why)")
                }
            }
        }
        #expect(previews > 0)
    }

    @Test func anItemThatTakesItsTopicOverTheQuotaSaysSo() {
        let items = plan.sessions.filter { $0.kind != .openDay }.flatMap(\.items)
        for item in items where item.why.contains("超出配额") {
            #expect(!item.why.contains("已排满"))
        }
        // Every topic's last item that ends over its quota is marked.
        #expect(items.contains { $0.why.contains("超出配额") || $0.why.contains("已排满") })
    }
}
