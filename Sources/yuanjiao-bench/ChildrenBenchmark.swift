import Foundation
import Planner
import Yuanjiao

/// Issue 24's target: a 150-station county with 快乐园 activities (rosters of 20–60 children, one of 500 for 10
/// computers) planned for 2027-01 (元旦, winter vacation, films) in under 2 s through the workspace, as
/// `yuanjiao plan` runs, beside the same county planned without children (the reference: what the children's
/// pass adds).
struct ChildrenBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work") + "/children"
        let resources = options.int("resources", default: 20_000)
        let count = options.int("stations", default: 150)
        try FileManager.default.createDirectory(atPath: work + "/children", withIntermediateDirectories: true)
        let path = work + "/plan.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        let data = CatalogData(directory: URL(fileURLWithPath: root + "/Catalog"))
        let workspace = try Workspace(catalogPath: path, data: data)
        print("生成 \(resources) 条课件记录（带主题，其中约七分之一为少儿）…")
        try SyntheticCatalogue.insert(PlanBenchmark.courses(count: resources), into: path)

        let plain = PlanBenchmark.stationFile(count: count).replacingOccurrences(of: "calendar: CN-2026", with: "calendar: [CN-2026, CN-2027]")
        var children = plain
        var random = SplitMix64(seed: 24)
        var totalChildren = 0
        for index in 0..<count {
            let size = index == 0 ? 500 : 20 + Int(random.next() % 41)
            totalChildren += size
            try Self.roster(size, seed: UInt64(index)).write(toFile: work + "/children/s\(index).csv", atomically: true, encoding: .utf8)
            children = children.replacingOccurrences(of: "  - id: s\(index)\n", with: "  - id: s\(index)\n" + Self.block(index))
        }
        let plainFile = work + "/stations-plain.yaml"
        let childrenFile = work + "/stations-children.yaml"
        try plain.write(toFile: plainFile, atomically: true, encoding: .utf8)
        try children.write(toFile: childrenFile, atomically: true, encoding: .utf8)
        let month = try YearMonth(parsing: "2027-01")

        let plainContext = try workspace.planningContext(stationsFile: URL(fileURLWithPath: plainFile))
        let (context, reading, readingCPU) = try Self.timed {
            try workspace.planningContext(stationsFile: URL(fileURLWithPath: childrenFile))
        }
        // Best of `runs`, each run planning the county without and with children back to back: on a shared
        // machine the fastest run is the one least slowed by others; CPU time (user + sys) is printed beside it.
        let runs = max(1, options.int("runs", default: 3))
        var reference = (wall: Double.infinity, cpu: Double.infinity)
        var planning = (wall: Double.infinity, cpu: Double.infinity)
        var plan: MonthPlan?
        for _ in 0..<runs {
            let (_, wall, cpu) = try Self.timed { try workspace.plan(plainContext, month: month) }
            reference = (min(reference.wall, wall), min(reference.cpu, cpu))
            let (planned, childrenWall, childrenCPU) = try Self.timed { try workspace.plan(context, month: month) }
            planning = (min(planning.wall, childrenWall), min(planning.cpu, childrenCPU))
            plan = planned
        }
        let stations = plan?.stations ?? []
        let sessions = stations.reduce(0) { $0 + ($1.children?.sessions.count ?? 0) }
        let declared = stations.reduce(0) { $0 + ($1.children?.relaxations.count ?? 0) }
        let (report, checking, checkingCPU) = try Self.timed { try workspace.check(context, month: month) }
        let childrenViolations = report.violations.filter { $0.rule == .children }.count

        func figure(_ wall: Double, _ cpu: Double) -> String { String(format: "%.2f 秒（CPU %.2f 秒）", wall, cpu) }
        print("")
        print("基准 children（\(resources) 条课件，\(count) 个站点，\(totalChildren) 个孩子，2027-01，release，\(runs) 次取最快）")
        print(BenchSupport.row("项目", "远教", "参照", "目标"))
        print(BenchSupport.row(
            "排课（含快乐园 \(sessions) 场，声明 \(declared) 处）", figure(planning.wall, planning.cpu),
            "不含快乐园 " + figure(reference.wall, reference.cpu), "< 2 秒"))
        print(BenchSupport.row(
            "其中快乐园一趟", figure(planning.wall - reference.wall, planning.cpu - reference.cpu),
            String(format: "每站 %.1f 毫秒", (planning.wall - reference.wall) * 1000 / Double(count)), ""))
        print(BenchSupport.row("读站点文件与 \(count) 份名单", figure(reading, readingCPU), "", ""))
        print(BenchSupport.row("复查（快乐园违规 \(childrenViolations) 条）", figure(checking, checkingCPU), "", ""))
        print(BenchSupport.row("峰值内存", String(format: "%.0f MiB", BenchSupport.peakMemoryMiB()), "", ""))
    }

    private static func timed<T>(_ body: () throws -> T) rethrows -> (T, Double, Double) {
        let cpu = BenchSupport.cpuSeconds()
        let (value, wall) = try BenchSupport.time(body)
        return (value, wall, BenchSupport.cpuSeconds() - cpu)
    }

    static func block(_ index: Int) -> String {
        """
            computers: \(index == 0 ? 10 : 8 + index % 8)
            children:
              roster: children/s\(index).csv
              phone: 0851-555\(index)
              activities:
                - {kind: children-class, title: 电脑基础, per_week: 1, minutes: 60, room: 电脑室, computers: true}
                - {kind: children-class, title: 《弟子规》, per_week: 1, minutes: 45}
                - {kind: children-film, per_week: 2, minutes: 100, vacations_only: true}
                - {kind: family-video, weekday: sunday, hours: "14:00-17:00", room: 亲情视频室}
                - {kind: birthday, per_month: 1, minutes: 60}
                - {kind: visit, on: [元旦], minutes: 90}

        """
    }

    static func roster(_ size: Int, seed: UInt64) -> String {
        var random = SplitMix64(seed: seed &+ 1000)
        let surnames = Array("王李张刘陈杨黄赵吴周徐孙马朱胡")
        let given = Array("明红佳怡子涵浩然欣宇轩梓萱俊杰雨桐")
        var lines = ["姓名,出生日期,年级"]
        for n in 0..<size {
            let name = "\(surnames[n % surnames.count])\(given[Int(random.next() % UInt64(given.count))])\(given[(n / surnames.count) % given.count])\(n)"
            let year = 2012 + Int(random.next() % 9)
            let month = 1 + Int(random.next() % 12)
            let day = 1 + Int(random.next() % 28)
            lines.append(name + String(format: ",%04d-%02d-%02d,%d年级", year, month, day, 1 + n % 6))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
