import Foundation
import Testing

@Suite("Catalog/seasons.yaml as the CLI reads it")
struct LibrarianSeasonsCLITests {
    /// A `Catalog/` copy whose seasons.yaml is `seasons`, named by YUANJIAO_DATA.
    func catalogData(_ cli: LibrarianCLI, seasons: String) throws -> [String: String] {
        let folder = cli.directory.appendingPathComponent("参考数据")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let source = CLIRunner.repository.appendingPathComponent("Catalog")
        for name in ["topics.yaml", "pinyin-readings.txt", "calendars", "search-folding.bin", "pinyin-readings.bin"] {
            try FileManager.default.copyItem(at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        try Data(seasons.utf8).write(to: folder.appendingPathComponent("seasons.yaml"))
        return ["YUANJIAO_DATA": folder.path]
    }

    @Test("a bad entry is named by file and line, with what to write, exit 2", arguments: [
        ("months: [3, 13]", ":7: 「水稻育秧」的月份 13 不在 1–12 之间"),
        ("months: [三月]", ":7: 「水稻育秧」的月份「三月」看不懂"),
        ("months: [3]\n    topic: farming", ":7: 「水稻育秧」的主题 farming 不在 Catalog/topics.yaml 中"),
    ])
    func badEntry(months: String, message: String) throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        let environment = try catalogData(cli, seasons: """
            version: 1
            seasons:
              - name: 春耕
                keywords: [春耕]
                months: [2, 3]
                topic: agritech
              - name: 水稻育秧
                keywords: [育秧]
                \(months)
            """)
        // review only reads: the catalogue must exist first (an empty folder is enough to create it).
        let empty = cli.path("empty")
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        #expect(try cli.run(["index", empty], environment: environment).status == 0)
        let result = try cli.run(["review"], environment: environment)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("seasons.yaml" + message), "\(result.stderr)")
    }

    @Test("the calendar shipped in Catalog/ loads and dates the sample courses")
    func shippedCalendar() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let items = try cli.json(["review", "--json", "--limit", "100"])["items"] as? [[String: Any]] ?? []
        func months(_ suffix: String) -> [Int]? {
            items.first { ($0["path"] as? String)?.hasSuffix(suffix) == true }?["months"] as? [Int]
        }
        #expect(months("果树冬季修剪技术.avi") == [1, 2, 11, 12])
        #expect(months("柑橘春季管理.mp3") == [2, 3, 4])
        #expect(months("冬季畜禽防寒保暖.mp4") == [1, 2, 11, 12])
        #expect(months("生猪养殖与疫病防治.mkv") == Array(1...12))
        #expect(months("宪法宣传教育.mp3") == [])
    }
}
