import Foundation
import Planner

/// Issue 12's balance target, measured: on small generated station-months, the planner's idle minutes and topic
/// deviation beside the integer-programming optimum on the same sessions and courses
/// (`Benchmarks/plan-optimum.py`, scipy's HiGHS). Targets: idle ≤ optimum + 5 min, deviation ≤ 1.5 × optimum + 10.
struct OptimumBenchmark {
    var options: BenchOptions

    struct Instance: Encodable {
        var sessions: [Int]
        var courses: [[Int]]
        var weights: [Double]
    }

    struct Optimum: Decodable {
        var idle: Double?
        var deviation: Double?
        var status: String
    }

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let count = options.int("instances", default: 12)
        let limit = options.string("time-limit", default: "20")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        var instances: [Instance] = []
        var ours: [(idle: Double, deviation: Double)] = []
        for n in 0..<count {
            let (instance, measured) = Self.instance(n)
            instances.append(instance)
            ours.append(measured)
        }
        let input = work + "/optimum-instances.json"
        try JSONEncoder().encode(instances).write(to: URL(fileURLWithPath: input))
        print("用 scipy（HiGHS）求 \(count) 个站点月的最优解（每个最多 \(limit) 秒）…")
        let output = try BenchSupport.shell("python3 '\(root)/Benchmarks/plan-optimum.py' '\(input)' \(limit)")
        let optima = try JSONDecoder().decode([Optimum].self, from: Data(output.utf8))
        print("")
        print("基准 optimum（空闲分钟 / 主题偏差分钟，每个站点月）")
        print(BenchSupport.row("实例", "远教 空闲/偏差", "最优 空闲/偏差", "达标（空闲 ≤ 最优+5，偏差 ≤ 1.5×最优+10）"))
        var met = 0
        for (n, (mine, best)) in zip(ours, optima).enumerated() {
            guard let idle = best.idle, let deviation = best.deviation else {
                print(BenchSupport.row("#\(n + 1)", fmt(mine), best.status, ""))
                continue
            }
            let ok = mine.idle <= idle + 5 && mine.deviation <= 1.5 * deviation + 10
            if ok { met += 1 }
            print(BenchSupport.row("#\(n + 1)", fmt(mine), String(format: "%.0f / %.0f", idle, deviation) + (best.status == "optimal" ? "" : "*"),
                                   ok ? "是" : "否"))
        }
        print("达标 \(met) / \(count)（* 为时限内的最好解）")
    }

    private func fmt(_ value: (idle: Double, deviation: Double)) -> String {
        String(format: "%.0f / %.0f", value.idle, value.deviation)
    }

    /// A station-month from a seeded generator: 150 courses of 15–50 minutes over the station's topics, one of
    /// four rule variants, a month of late 2026; planned, and measured as the optimum is measured.
    static func instance(_ n: Int) -> (Instance, (idle: Double, deviation: Double)) {
        var random = SplitMix64(seed: 1200 + UInt64(n))
        var rules = StationRules.standard
        switch n % 4 {
        case 1: rules.sessionMinutes = 90
        case 2: rules.topics = [TopicWeight(topic: "policy", weight: 1), TopicWeight(topic: "law", weight: 1),
                                TopicWeight(topic: "agritech", weight: 1), TopicWeight(topic: "children", weight: 1)]
        case 3: rules.weeklyMinutes = 150
        default: break
        }
        let topics = rules.topics.map(\.topic)
        let courses = (0..<150).map { i in
            let topic = topics[Int(random.next() % UInt64(topics.count))]
            let seconds = 15 * 60 + Int(random.next() % 36) * 60 - Int(random.next() % 60)
            return Course(id: Int64(i + 1), title: "课程\(i + 1)", durationSeconds: seconds,
                          topics: [CourseTopic(id: topic, confirmed: true)], path: "o/\(i + 1).mp4")
        }
        let month = YearMonth(monthIndex: 2026 * 12 + 9 + n % 3)
        let station = Station(id: "o\(n)", name: "实例\(n)", rules: rules)
        let plan = MonthPlanner(pool: CoursePool(courses: courses), calendar: .empty, month: month).plan(station: station)
        let study = plan.sessions.filter { $0.kind != .openDay }
        let used = study.flatMap(\.items).reduce(0) { $0 + $1.durationSeconds }
        let idle = Double(study.reduce(0) { $0 + $1.minutes } * 60 - used) / 60
        let quotas = Self.quotas(total: study.reduce(0) { $0 + $1.minutes }, weights: rules.topics.map(\.weight))
        var byTopic = [Double](repeating: 0, count: topics.count)
        for item in study.flatMap(\.items) {
            if let t = topics.firstIndex(of: item.topic) { byTopic[t] += Double(item.durationSeconds) / 60 }
        }
        let deviation = zip(byTopic, quotas).reduce(0) { $0 + abs($1.0 - Double($1.1)) }
        let instance = Instance(
            sessions: study.map(\.minutes), courses: courses.map { [$0.durationSeconds, topics.firstIndex(of: $0.topics[0].id) ?? 0] },
            weights: rules.topics.map(\.weight))
        return (instance, (idle, deviation))
    }

    /// Largest remainder, as the planner and the script split the month's minutes.
    static func quotas(total: Int, weights: [Double]) -> [Int] {
        let sum = weights.reduce(0, +)
        let exact = weights.map { Double(total) * $0 / sum }
        var quotas = exact.map { Int($0.rounded(.down)) }
        let order = exact.indices.sorted { (exact[$0] - Double(quotas[$0]), -$0) > (exact[$1] - Double(quotas[$1]), -$1) }
        for i in order.prefix(total - quotas.reduce(0, +)) { quotas[i] += 1 }
        return quotas
    }
}
