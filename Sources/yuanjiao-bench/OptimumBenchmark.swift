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
        /// Course indices of each series in episode order (absent when there is none): the planner plays a series
        /// in order, so the solver must too, or it answers an easier problem than the planner's.
        var series: [[Int]]?
        /// For a proof only (`--prove`): the shortfall, in seconds, a month must not exceed (the planner's, less one).
        var cutoff: Int?
    }

    struct Optimum: Codable {
        var idle: Double?
        var deviation: Double?
        var status: String
        /// The solver's proven lower bound on idle + deviation (absent in answers saved before it was kept).
        var lower: Double?
        /// Seconds the script spent on the instance (absent in answers saved before it was kept).
        var seconds: Double?
    }

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let count = options.int("instances", default: 12)
        let limit = options.string("time-limit", default: "20")
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        var instances: [Instance] = []
        var ours: [(idle: Double, deviation: Double)] = []
        let first = options.string("shape", default: "") == "awkward" ? Self.awkwardBase : 0
        var planning = PlannerOptions()
        planning.repackNodes = options.int("repack-nodes", default: planning.repackNodes)
        planning.borrowTrials = options.int("borrow-trials", default: planning.borrowTrials)
        planning.pairSearches = options.int("pair-searches", default: planning.pairSearches)
        planning.pairKicks = options.int("pair-kicks", default: planning.pairKicks)
        planning.shortFillTrials = options.int("short-fill-trials", default: planning.shortFillTrials)
        planning.descents = options.int("descents", default: planning.descents)
        planning.seriesKicks = options.int("series-kicks", default: planning.seriesKicks)
        planning.fineDescents = options.int("fine-descents", default: planning.fineDescents)
        var withoutRepack = planning
        withoutRepack.repackNodes = 0
        withoutRepack.borrowTrials = 0
        withoutRepack.pairSearches = 0
        for n in 0..<count {
            let (instance, measured) = Self.instance(first + n, options: planning)
            instances.append(instance)
            ours.append(measured)
        }
        // The solver's answers depend only on an instance (sessions and courses), not on how the planner fills it:
        // they are kept per instance, so re-measuring the planner does not wait minutes for HiGHS again.
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let keys = try instances.map { String(decoding: try encoder.encode($0), as: UTF8.self) + " \(limit)s" }
        let cache = work + "/optimum-solved.json"
        var solved = options.string("solve", default: "cached") == "cached"
            ? (try? JSONDecoder().decode([String: Optimum].self, from: Data(contentsOf: URL(fileURLWithPath: cache)))) ?? [:]
            : [:]
        // Answers kept in the repository (`--known Benchmarks/optimum-awkward-known.json`) stand in for a solver run:
        // 72 instances take HiGHS an hour of one core, and their proofs longer.
        // The benchmark's own bound (`ShortfallBound`), once per instance: the known file's check and the table use it.
        let bounds = instances.map(Self.bound)
        try loadKnown(into: &solved, keys: keys, bounds: bounds, cache: cache)
        let missing = instances.indices.filter { solved[keys[$0]] == nil }
        if missing.isEmpty {
            print("用已保存的最优解（\(cache)；--solve again 重新求解）")
        } else {
            print("用 scipy（HiGHS）求 \(missing.count) 个站点月的最优解（每个最多 \(limit) 秒）…")
            let answers = try Self.runScript(
                root + "/Benchmarks/plan-optimum.py", missing.map { instances[$0] }, input: work + "/optimum-instances.json",
                limit: limit)
            for (n, optimum) in zip(missing, answers) {
                solved[keys[n]] = optimum
            }
            try JSONEncoder().encode(solved).write(to: URL(fileURLWithPath: cache))
        }
        let patterns = try patternBounds(instances, work: work, root: root)
        let references = zip(keys, patterns).map { key, pattern in
            (solved[key] ?? Optimum(idle: nil, deviation: nil, status: "—")).combined(with: pattern)
        }
        let proofs = try proofs(instances, ours: ours, references: references, work: work, root: root)
        let optima = zip(references, proofs).map { $0.combined(with: $1) }
        try saveKnown(optima)
        print("")
        print("基准 optimum（空闲分钟 / 主题偏差分钟，每个站点月）")
        print(BenchSupport.row("实例", "远教 空闲/偏差", "最优 空闲/偏差", "达标（空闲 ≤ 最优+5，偏差 ≤ 1.5×最优+10）",
                               "可证下界（其中本基准算出）/ 远教−下界 / 远教−最好解"))
        var met = 0
        var worst: (gap: Double, instance: Int)?
        var worstToBound: (gap: Double, instance: Int)?
        var atBound = 0
        var proven = 0
        var provenHere = 0
        for (n, (mine, best)) in zip(ours, optima).enumerated() {
            // The best of three proven bounds: HiGHS' own, the pattern bound's, and `ShortfallBound` computed here.
            let exact = bounds[n]
            let bound = max(best.lower ?? 0, exact)
            let toBound = mine.idle + mine.deviation - bound
            // All in whole seconds (the references' to a thousandth of a minute): the planner at a proven bound is
            // a proven optimum.
            if toBound <= 0.01 { provenHere += 1 }
            if toBound > worstToBound?.gap ?? -.infinity { worstToBound = (toBound, n + 1) }
            // Figures are whole minutes of seconds-long courses: within a minute of the bound is at it.
            if toBound < 1 { atBound += 1 }
            guard let idle = best.idle, let deviation = best.deviation else {
                print(BenchSupport.row("#\(n + 1)", fmt(mine), best.status, "", String(format: "%.1f", bound)))
                continue
            }
            let ok = mine.idle <= idle + 5 && mine.deviation <= 1.5 * deviation + 10
            if ok { met += 1 }
            let gap = (mine.idle + mine.deviation) - (idle + deviation)
            if gap > worst?.gap ?? -.infinity { worst = (gap, n + 1) }
            if best.status == "optimal" { proven += 1 }
            print(BenchSupport.row("#\(n + 1)", fmt(mine), String(format: "%.1f / %.1f", idle, deviation) + (best.status == "optimal" ? "" : "*"),
                                   ok ? "是" : "否", String(format: "%.1f (%.1f) / %+.1f / %+.1f", bound, exact, toBound, gap)))
        }
        print("达标 \(met) / \(count)（最优取两种求解的较好解，* 为未证明最优；可证下界取 HiGHS、列生成（plan-bound.py）与本基准精确算出的下界中最大者）")
        printPatternBoundSummary(patterns, exact: bounds)
        let solverSeconds = optima.compactMap(\.seconds)
        print(String(format: "求解器证明最优：%d / %d；求解用时 %.0f 秒（%d 个实例，最长 %.1f 秒）", proven, count,
                     solverSeconds.reduce(0, +), solverSeconds.count, solverSeconds.max() ?? 0))
        if let worst {
            print(String(format: "与求解器之差最大（空闲+偏差）：%.1f 分钟（实例 #%d）", worst.gap, worst.instance))
        }
        // The same station-months without the exact re-pack (the exchange pass alone), in the same run.
        let before = (0..<count).map { Self.instance(first + $0, options: withoutRepack).1 }
        let beforeGap = zip(before, optima).compactMap { mine, best in
            best.idle.flatMap { idle in best.deviation.map { mine.idle + mine.deviation - idle - $0 } }
        }.max()
        if let beforeGap {
            print(String(format: "（不做精确重排时与求解器之差最大：%.1f 分钟）", beforeGap))
        }
        if let worstToBound {
            print(String(format: "与可证下界之差最大：%.1f 分钟（实例 #%d）；在下界 1 分钟以内：%d / %d；达到可证下界（已证明最优）：%d / %d",
                         worstToBound.gap, worstToBound.instance, atBound, count, provenHere, count))
        }
        // What the planner (greedy fill and improvement pass) costs on these station-months, repeated for a
        // steadier figure.
        let repeats = options.int("repeats", default: 50)
        // Wall and CPU (this loop runs on one thread, so CPU is the work itself; wall also counts waiting on a
        // shared machine).
        func milliseconds(_ planning: PlannerOptions) -> (wall: Double, cpu: Double) {
            let setUps = (0..<count).map { Self.setUp(first + $0, options: planning) }
            let cpu = BenchSupport.cpuSeconds()
            let (_, seconds) = BenchSupport.time {
                for _ in 0..<repeats { for (planner, station, _) in setUps { _ = planner.plan(station: station) } }
            }
            let plans = Double(repeats * count)
            return (seconds * 1000 / plans, (BenchSupport.cpuSeconds() - cpu) * 1000 / plans)
        }
        let (full, bare) = (milliseconds(planning), milliseconds(withoutRepack))
        print(String(format: "排课用时：每个站点月 %.3f 毫秒（CPU %.3f），不做精确重排 %.3f 毫秒（CPU %.3f）（%d 个实例 × %d 次，--repack-nodes %d，--borrow-trials %d，--pair-searches %d，--pair-kicks %d，--descents %d，--series-kicks %d，--fine-descents %d）",
                     full.wall, full.cpu, bare.wall, bare.cpu, count, repeats, planning.repackNodes, planning.borrowTrials,
                     planning.pairSearches, planning.pairKicks, planning.descents, planning.seriesKicks,
                     planning.fineDescents))
    }

    private func fmt(_ value: (idle: Double, deviation: Double)) -> String {
        String(format: "%.0f / %.0f", value.idle, value.deviation)
    }

    /// A station-month from a seeded generator: 150 courses of 15–50 minutes over the station's topics, one of
    /// four rule variants, a month of late 2026; planned, and measured as the optimum is measured. Instances
    /// from #13 on add four shapes the first twelve do not have, so the pass is not fitted to twelve examples:
    /// courses in series (about a third of them, 3–6 episodes each), five unequal topics, a scarce catalogue
    /// (60 courses), and courses of 10–60 minutes.
    static func instance(_ n: Int, options: PlannerOptions = PlannerOptions()) -> (Instance, (idle: Double, deviation: Double)) {
        let (planner, station, courses) = setUp(n, options: options)
        let rules = station.rules
        let topics = rules.topics.map(\.topic)
        let plan = planner.plan(station: station)
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
            weights: rules.topics.map(\.weight), series: Self.series(courses))
        return (instance, (idle, deviation))
    }

    /// Each series' course indices, episode 1 first; nil when no course is in a series.
    static func series(_ courses: [Course]) -> [[Int]]? {
        var byTitle: [String: [(episode: Int, index: Int)]] = [:]
        for (index, course) in courses.enumerated() {
            if let position = course.series { byTitle[position.title, default: []].append((position.episode, index)) }
        }
        guard !byTitle.isEmpty else { return nil }
        return byTitle.values.map { $0.sorted { $0.episode < $1.episode }.map(\.index) }.sorted { $0[0] < $1[0] }
    }

    /// Instance `n`'s station, courses and planner.
    static func setUp(_ n: Int, options: PlannerOptions = PlannerOptions()) -> (MonthPlanner, Station, [Course]) {
        var random = SplitMix64(seed: 1200 + UInt64(n))
        var rules = StationRules.standard
        switch n % 4 {
        case 1: rules.sessionMinutes = 90
        case 2: rules.topics = [TopicWeight(topic: "policy", weight: 1), TopicWeight(topic: "law", weight: 1),
                                TopicWeight(topic: "agritech", weight: 1), TopicWeight(topic: "children", weight: 1)]
        case 3: rules.weeklyMinutes = 150
        default: break
        }
        let shape = n < 12 ? -1 : (n / 4) % 4
        var count = 150, shortest = 15, spread = 36
        switch shape {
        case 0: rules.topics = [TopicWeight(topic: "agritech", weight: 3), TopicWeight(topic: "policy", weight: 2),
                                TopicWeight(topic: "law", weight: 2), TopicWeight(topic: "ethics", weight: 1),
                                TopicWeight(topic: "children", weight: 1)]
        case 1: count = 60
        case 2: (shortest, spread) = (10, 51)
        default: break
        }
        let topics = rules.topics.map(\.topic)
        var series: (title: String, episode: Int, left: Int)?
        let courses = (0..<count).map { i in
            let topic = topics[Int(random.next() % UInt64(topics.count))]
            let seconds = shortest * 60 + Int(random.next() % UInt64(spread)) * 60 - Int(random.next() % 60)
            var position: SeriesPosition?
            if shape == 3 {
                if series == nil, random.next() % 10 == 0 { series = ("系列\(i)", 0, 3 + Int(random.next() % 4)) }
                if let current = series {
                    position = SeriesPosition(title: current.title, episode: current.episode + 1)
                    series = current.left > 1 ? (current.title, current.episode + 1, current.left - 1) : nil
                }
            }
            return Course(id: Int64(i + 1), title: "课程\(i + 1)", durationSeconds: seconds,
                          topics: [CourseTopic(id: topic, confirmed: true)], series: position, path: "o/\(i + 1).mp4")
        }
        var month = YearMonth(monthIndex: 2026 * 12 + 9 + n % 3)
        if n >= awkwardBase { month = awkward(&rules, instance: n) }
        let station = Station(id: "o\(n)", name: "实例\(n)", rules: rules)
        return (MonthPlanner(pool: CoursePool(courses: courses), calendar: .empty, month: month, options: options), station, courses)
    }

    /// `ShortfallBound` of an instance, in minutes: proven without a solver.
    static func bound(_ instance: Instance) -> Double {
        let quotas = quotas(total: instance.sessions.reduce(0, +), weights: instance.weights)
        let seconds = ShortfallBound.seconds(
            sessionSeconds: instance.sessions.map { $0 * 60 }, courses: instance.courses.map { (seconds: $0[0], topic: $0[1]) },
            quotaSeconds: quotas.map { $0 * 60 })
        return Double(seconds) / 60
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


/// `yuanjiao-bench optimum --shape awkward`: the same comparison with the exact solver on station-months with
/// awkward calendars — every month of 2026-09..2027-08 (weeks cut by the month to 1–6 days), two to six avoid
/// dates, and every third station a boarding school (school-day evenings taught: only weekends and vacations).
extension OptimumBenchmark {
    /// Instance numbers from here on are awkward ones.
    static let awkwardBase = 1000

    static func awkward(_ rules: inout StationRules, instance n: Int) -> YearMonth {
        let k = n - awkwardBase
        let month = YearMonth(monthIndex: 2026 * 12 + 8 + k % 12)
        var random = SplitMix64(seed: 9000 + UInt64(k))
        let dates = (0..<(2 + Int(random.next() % 5))).map { _ in
            month.firstDay.adding(days: Int(random.next() % UInt64(month.numberOfDays)))
        }
        rules.avoidDates = Array(Set(dates)).sorted()
        if k % 3 == 0 {
            // Constant, valid intervals: the force-unwrapped construction cannot fail.
            rules.schoolHours = [try! DayInterval(start: TimeOfDay(minutes: 7 * 60), end: TimeOfDay(minutes: 21 * 60))]
            rules.openHours.schoolDay = try! DayInterval(start: TimeOfDay(minutes: 19 * 60), end: TimeOfDay(minutes: 21 * 60))
        }
        return month
    }
}
