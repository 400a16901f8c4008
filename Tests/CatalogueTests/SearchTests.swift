import ChineseText
import Foundation
import GRDB
import MediaProbe
import Testing
@testable import Catalogue

/// A small fixed corpus inserted directly, so ranking and matching are checked without media files.
struct SearchCorpus {
    let workspace: TestWorkspace
    let catalogue: Catalogue

    static let pinyin: PinyinTable = {
        let url = TestWorkspace.repository.appendingPathComponent("Catalog/pinyin-readings.txt")
        return try! PinyinTable(contentsOf: url)
    }()

    init(_ titles: [(title: String, description: String)]) throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath, pinyin: Self.pinyin)
        try catalogue.pool.write { db in
            for (index, entry) in titles.enumerated() {
                var row = ResourceRow(
                    id: nil, path: "/课件/\(index).mp4", size: 100, mtime: 0, fingerprint: "f\(index)",
                    status: .present, title: entry.title, titleSource: .tag, format: "mp4", duration: Double(600 + index * 600),
                    bitRate: nil, media: nil, addedAt: Date(), updatedAt: Date(), missingSince: nil)
                if !entry.description.isEmpty {
                    row.media = MediaInfo(formatName: "mp4", formatLongName: "MP4", tags: ["comment": entry.description])
                }
                try row.insert(db)
                try SearchIndex.refresh(db, ids: [row.id!])
            }
        }
    }

    func titles(_ query: String, filters: SearchFilters = SearchFilters()) throws -> [String] {
        try catalogue.search(query, filters: filters, limit: 50).results.map(\.title)
    }
}

@Suite("Chinese full-text search")
struct SearchTests {
    let corpus: SearchCorpus

    init() throws {
        corpus = try SearchCorpus([
            ("农村法律知识讲座", "讲解与农民生活相关的法律常识"),
            ("法律法规汇编", ""),
            ("農業技術推廣", "傳統農業向現代農業轉變"),
            ("水稻育秧技术", "春季水稻育秧的关键环节"),
            ("银行贷款与农户信用", "农村信用社小额贷款"),
            ("长江流域柑橘种植", ""),
            ("重庆地方戏曲欣赏", ""),
            ("CCTV7 农业节目精选", "Agriculture programmes"),
            ("反电信网络诈骗", "防范网络诈骗，保护财产安全"),
            ("法", ""),
        ])
    }

    @Test("one- and two-character queries find words inside longer titles")
    func shortQueries() throws {
        #expect(try corpus.titles("法律").contains("农村法律知识讲座"))
        #expect(try corpus.titles("法律").contains("法律法规汇编"))
        #expect(try corpus.titles("稻").contains("水稻育秧技术"))
    }

    @Test("traditional finds simplified and the reverse; highlights keep the original script")
    func scripts() throws {
        #expect(try corpus.titles("農村").contains("农村法律知识讲座"))
        #expect(try corpus.titles("农业").contains("農業技術推廣"))
        let hit = try #require(try corpus.catalogue.search("农业技术").results.first { $0.title == "農業技術推廣" })
        #expect(hit.snippet.contains("<mark>農業技術</mark>"))
    }

    @Test("pinyin in full, in syllables and as initials; every reading of a polyphonic character")
    func pinyin() throws {
        #expect(try corpus.titles("falv").contains("农村法律知识讲座"))
        #expect(try corpus.titles("fa lv").contains("法律法规汇编"))
        #expect(try corpus.titles("flfg").contains("法律法规汇编"))
        #expect(try corpus.titles("nongye").contains("農業技術推廣"))
        #expect(try corpus.titles("yinhang").contains("银行贷款与农户信用"))  // 行 read hang, not xing
        #expect(try corpus.titles("changjiang").contains("长江流域柑橘种植"))
        #expect(try corpus.titles("chongqing").contains("重庆地方戏曲欣赏"))
    }

    @Test("mixed Latin and Chinese, phrases, exclusions, OR and field prefixes")
    func queryLanguage() throws {
        #expect(try corpus.titles("CCTV7 农业") == ["CCTV7 农业节目精选"])
        #expect(try corpus.titles("\"法律知识\"") == ["农村法律知识讲座"])
        #expect(try !corpus.titles("法律 -农村").contains("农村法律知识讲座"))
        #expect(try Set(corpus.titles("水稻 OR 柑橘")) == ["水稻育秧技术", "长江流域柑橘种植"])
        #expect(try corpus.titles("title:诈骗") == ["反电信网络诈骗"])
        #expect(try corpus.titles("desc:财产") == ["反电信网络诈骗"])
        #expect(try corpus.titles("title:财产").isEmpty)
    }

    @Test("hostile input is searched as text or answered with a message, never an SQLite error", arguments: [
        "\"unbalanced", "NEAR(", "法律 AND", "OR", "a*", "^法", "'; DROP TABLE resource; --", "法\"律", "(((", "-", "title:", "{title}:法",
        "\u{0}", "法律 NOT 农村", "col:法", "😀", String(repeating: "法", count: 2000),
    ])
    func hostileQueries(query: String) throws {
        do {
            _ = try corpus.catalogue.search(query)
        } catch {
            #expect(error.kind == .badQuery)
        }
    }

    @Test("exact title first, then titles that start with the query, then bm25 with title above description")
    func ranking() throws {
        let titles = try corpus.titles("法")
        #expect(titles.first == "法")
        #expect(titles.dropFirst().first == "法律法规汇编")
        let agriculture = try corpus.titles("农业")
        #expect(agriculture.firstIndex(of: "CCTV7 农业节目精选")! < agriculture.firstIndex(of: "农村法律知识讲座") ?? Int.max)
    }

    @Test("filters by duration and format")
    func filters() throws {
        #expect(try corpus.titles("法律", filters: SearchFilters(maxMinutes: 15)) == ["农村法律知识讲座"])
        #expect(try corpus.titles("法律", filters: SearchFilters(format: "mkv")).isEmpty)
    }

    @Test("the index follows deletions and rebuilds")
    func consistency() throws {
        try corpus.catalogue.pool.write { db in
            try db.execute(sql: "DELETE FROM resource WHERE title = '水稻育秧技术'")
            try SearchIndex.refresh(db, ids: [4])
        }
        #expect(try corpus.titles("水稻").isEmpty)
        try corpus.catalogue.rebuildSearchIndex()
        #expect(try corpus.titles("法律").count == 2)
    }
}
