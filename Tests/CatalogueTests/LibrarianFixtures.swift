import Foundation
import GRDB
@testable import Catalogue

/// Shared data for the librarian tests: a small taxonomy and seasonal calendar, and a catalogue over
/// copies of the real sample files.
enum LibrarianFixtures {
    static let taxonomy = TopicTaxonomy(topics: [
        .init(id: "policy", label: "政策理论", labelTraditional: "政策理論", keywords: ["政策", "乡村振兴"], folders: ["政策理论"], categories: ["党建", "政策"]),
        .init(id: "law", label: "法律法规", labelTraditional: "法律法規", keywords: ["法律", "宪法"], folders: ["法律法规"], categories: ["法制"]),
        .init(id: "ethics", label: "道德教育", keywords: ["家风", "道德"], folders: ["道德教育"], categories: ["道德"]),
        .init(id: "agritech", label: "农业科技", keywords: ["大棚", "蔬菜", "水稻", "柑橘"], folders: ["农业科技"], categories: ["农业", "科技"]),
    ])

    /// The same taxonomy with one more keyword: its stamp differs, so `index` reclassifies every resource.
    static var changedTaxonomy: TopicTaxonomy {
        var changed = taxonomy
        changed.topics[1].keywords.append("讲座")
        changed.topics[3].keywords.append("技术")
        return changed
    }

    static let seasons = SeasonCalendar(entries: [
        .init(name: "水稻育秧", keywords: ["水稻育秧", "育秧"], months: [3, 4]),
        .init(name: "水稻种植", keywords: ["水稻"], months: Array(3...9)),
        .init(name: "柑橘春季管理", keywords: ["柑橘春季"], months: [2, 3, 4]),
        .init(name: "大棚蔬菜", keywords: ["大棚蔬菜", "大棚"], months: Array(1...12)),
        .init(name: "冬季大棚防冻", keywords: ["防冻"], months: [11, 12, 1, 2]),
    ])

    static let sampleGuide = TestWorkspace.repository.appendingPathComponent("Samples/guides/sample-guide.xml")

    static let files = [
        "政策理论/乡村振兴战略解读.mkv",
        "法律法规/宪法宣传教育.mp3",
        "法律法规/民法典与农民生活（上）.wmv",
        "法律法规/民法典与农民生活（下）.wmv",
        "道德教育/家风家训故事.m4a",
        "农业科技/水稻育秧技术.mp4",
        "农业科技/柑橘春季管理.mp3",
        "卫星接收/CCTV7_20261201_1900.ts",
    ]
}

/// A temporary workspace with the sample files indexed, and helpers to look resources up by title.
struct LibrarianCatalogue {
    let workspace: TestWorkspace
    let catalogue: Catalogue
    let folder: String

    init(files: [String] = LibrarianFixtures.files, guide: Bool = true) throws {
        workspace = try TestWorkspace()
        folder = try workspace.copySamples(files)
        catalogue = try Catalogue(path: workspace.catalogPath)
        try index(guide: guide)
    }

    @discardableResult
    func index(taxonomy: TopicTaxonomy = LibrarianFixtures.taxonomy, guide: Bool = true) throws -> IndexReport {
        try catalogue.index(roots: [folder], guides: guide ? [LibrarianFixtures.sampleGuide] : [], taxonomy: taxonomy)
    }

    /// The id of the resource whose path ends with `name`.
    func id(_ name: String) throws -> Int64 {
        let id = try catalogue.pool.read { db in
            try Int64.fetchOne(db, sql: "SELECT id FROM resource WHERE path LIKE ?", arguments: ["%/" + name])
        }
        guard let id else { throw CatalogueError(.notFound, path: "", message: "测试样本中没有 \(name)") }
        return id
    }

    func state(_ id: Int64) throws -> LibrarianState {
        try catalogue.pool.read { db in try LibrarianStore.states(db, ids: [id])[id] ?? .empty }
    }

    /// Every resourceTopic row of a resource as "topic source confirmed", sorted.
    func topicRows(_ id: Int64) throws -> [String] {
        try catalogue.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT topic, source, confirmed FROM resourceTopic WHERE resourceId = ? ORDER BY topic, source",
                             arguments: [id])
                .map { "\($0["topic"] as String) \($0["source"] as String) \(($0["confirmed"] as Bool) ? 1 : 0)" }
        }
    }

    func remove() { workspace.remove() }
}
