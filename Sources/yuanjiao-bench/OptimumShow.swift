import Foundation
import Planner

/// `yuanjiao-bench optimum-show --instance N`: how the planner filled one instance of `optimum`, session by
/// session (seconds / topic number, series episodes marked), and the courses it left unused: what to look at when
/// an instance misses the target.
struct OptimumShow {
    var options: BenchOptions

    func run() throws {
        let n = options.int("instance", default: 1) - 1
        let (planner, station, courses) = OptimumBenchmark.setUp(n)
        let plan = planner.plan(station: station)
        let topics = station.rules.topics.map(\.topic)
        let byID = Dictionary(courses.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        func describe(_ course: Course) -> String {
            "\(course.durationSeconds)/\(topics.firstIndex(of: course.topics[0].id) ?? -1)"
                + (course.series.map { "《\($0.title)》\($0.episode)" } ?? "")
        }
        var used = Set<Int64>()
        for session in plan.sessions where session.kind != .openDay {
            let filled = session.items.reduce(0) { $0 + $1.durationSeconds }
            let items = session.items.compactMap { byID[$0.id] }.map(describe).joined(separator: " ")
            print("\(session.date) \(session.minutes) 分钟，空闲 \(session.minutes * 60 - filled) 秒：\(items)")
            used.formUnion(session.items.map(\.id))
        }
        let (_, measured) = OptimumBenchmark.instance(n)
        print(String(format: "空闲 %.1f 分钟，主题偏差 %.1f 分钟", measured.idle, measured.deviation))
        let unused = courses.filter { !used.contains($0.id) }.sorted { $0.durationSeconds < $1.durationSeconds }
        print("未用课程（秒/主题）：" + unused.map(describe).joined(separator: " "))
    }
}
