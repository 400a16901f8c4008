import Catalogue
import ChineseText
import Foundation
import GRDB
import Yuanjiao

#if canImport(Glibc)
import Glibc
#endif

/// Issue 5's target: bulk tagging 10,000 resources found by a full-text query in under 2 s, in a
/// catalogue of 100,000 (synthetic rows inserted through GRDB as in `SearchBenchmark`). Also times the
/// preview the CLI shows before asking, the undo of that change, and the review queue and planner query.
struct TagBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let count = options.int("resources", default: 100_000)
        let every = max(1, count / options.int("tagged", default: 10_000))
        try FileManager.default.createDirectory(atPath: work, withIntermediateDirectories: true)
        let path = work + "/tag.sqlite"
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }

        let pinyin = try PinyinTable(contentsOf: URL(fileURLWithPath: root + "/Catalog/pinyin-readings.txt"))
        let catalogue = try Catalogue(path: path, pinyin: pinyin)
        // Labels from the shipped taxonomy, the only source of them.
        let topics = try TopicsFile.load(URL(fileURLWithPath: root + "/Catalog/topics.yaml")).topics
        print("生成 \(count) 条课件记录，每 \(every) 条中有一条标题含「春耕示范」…")
        var corpus = ChineseCorpus(seed: 2026)
        let rows = (0..<count).map { index in
            let resource = corpus.resource(index: index)
            return (title: resource.title + (index % every == 0 ? "（春耕示范）" : ""), description: resource.description)
        }
        try SyntheticCatalogue.insert(
            rows.enumerated().map { index, row in
                .init(title: row.title, description: row.description, durationSeconds: 600 + index % 3000,
                      topics: index % 2 == 0 ? [("agritech", false)] : [])
            },
            into: path, topicLabels: Dictionary(uniqueKeysWithValues: topics.map { ($0.id, $0.label) }))
        try catalogue.rebuildSearchIndex()

        let edit = LibrarianEdit(confirmTopics: ["agritech"], addTags: ["春耕", "示范片"], audience: .set(.villager))
        let (preview, previewSeconds) = try BenchSupport.time { try catalogue.previewTag(.query("春耕示范"), edit: edit) }
        // Tag and undo three times (each undo restores the catalogue): the best run is the figure, the
        // spread shows how much a shared machine disturbed it.
        var tagRuns: [(wall: Double, cpu: Double)] = []
        var undoRuns: [Double] = []
        var outcome = TagOutcome(matched: 0, changed: 0, change: nil, changes: [])
        var undone = 0
        for _ in 0..<options.int("runs", default: 3) {
            let cpuBefore = Self.cpuSeconds()
            let (tagged, tagSeconds) = try BenchSupport.time {
                try catalogue.tag(.query("春耕示范"), edit: edit, by: "bench", summary: "tag --query 春耕示范 --topic agritech")
            }
            tagRuns.append((tagSeconds, Self.cpuSeconds() - cpuBefore))
            outcome = tagged
            let (undo, undoSeconds) = try BenchSupport.time { try catalogue.undo(by: "bench") }
            undoRuns.append(undoSeconds)
            undone = undo.resources
        }
        let best = tagRuns.min { $0.wall < $1.wall } ?? (0, 0)
        let (queue, reviewSeconds) = try BenchSupport.time { try catalogue.reviewQueue(limit: 20) }
        let seasons = SeasonCalendar(entries: [
            .init(name: "水稻育秧", keywords: ["水稻育秧", "育秧"], months: [3, 4]),
            .init(name: "柑橘春季管理", keywords: ["柑橘"], months: [2, 3, 4]),
            .init(name: "果树冬季修剪", keywords: ["修剪"], months: [11, 12, 1, 2]),
        ])
        let (courses, plannableSeconds) = try BenchSupport.time { try catalogue.plannableCourses(seasons: seasons) }

        print("")
        print("基准 tag（\(count) 条课件，按查询批量标注，release）")
        print(BenchSupport.row("项目", "远教", "数量", "目标"))
        print(BenchSupport.row("预览（确认前）", String(format: "%.2f 秒", previewSeconds), "\(preview.changes.count) 个", ""))
        print(BenchSupport.row("批量标注（最好一次）", String(format: "%.2f 秒", best.wall), "\(outcome.changed) 个", "10,000 个 < 2 秒"))
        print(BenchSupport.row("  其中 CPU 时间", String(format: "%.2f 秒", best.cpu), "", ""))
        print(BenchSupport.row("  各次", tagRuns.map { String(format: "%.2f", $0.wall) }.joined(separator: " / ") + " 秒", "", ""))
        print(BenchSupport.row("撤销这次标注（最好一次）", String(format: "%.2f 秒", undoRuns.min() ?? 0), "\(undone) 个", ""))
        print(BenchSupport.row("待审核队列（前 20）", String(format: "%.3f 秒", reviewSeconds), "共 \(queue.total) 个", ""))
        print(BenchSupport.row("排课课程表 plannableCourses", String(format: "%.2f 秒", plannableSeconds), "\(courses.count) 门", ""))
        print(BenchSupport.row("峰值内存", String(format: "%.0f MiB", BenchSupport.peakMemoryMiB()), "", ""))
    }

    /// User and system CPU time of this process: on a shared machine, wall time alone overstates the work.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }
}
