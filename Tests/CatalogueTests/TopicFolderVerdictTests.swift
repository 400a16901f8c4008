import Testing
@testable import Catalogue

/// The indexer keeps the folder rule's verdict from one file to the next of the same folder; every suggestion
/// must still be the one the rules give the file alone.
@Suite("Topic folder verdict")
struct TopicFolderVerdictTests {
    static let rules = TopicRules(taxonomy: TopicTaxonomy(topics: [
        .init(id: "law", label: "法律法规", keywords: ["宪法"], folders: ["普法", "法制"]),
        .init(id: "farm", label: "农业科技", keywords: ["水稻"], folders: ["农技", "Café"]),
        .init(id: "ethics", label: "道德教育", folders: ["德育"]),
    ]))

    /// Folders in the order an index batch meets them, with the edge cases of the directory key: a repeated
    /// folder, a nested one, a decomposed spelling of a folder name ("Cafe" + U+0301), no folder at all and a
    /// path ending in "/".
    static let paths = [
        "/课件/普法/宪法宣传.mp4", "/课件/普法/水稻.mp4", "/课件/普法/子/水稻.mp4", "/课件/农技/宪法.mp4",
        "/课件/Caf\u{E9}/a.mp4", "/课件/Cafe\u{301}/a.mp4", "/课件/Cafe\u{301}/b.mp4", "/课件/Caf\u{E9}/b.mp4",
        "水稻.mp4", "/课件/德育/", "/课件/德育/", "/课件/德育/德育.mp4", "/课件/普法/宪法宣传.mp4",
    ]

    @Test("suggestions with the kept verdict equal the rules' own, file by file")
    func keptVerdictChangesNothing() {
        var verdict: TopicRules.FolderVerdict? = nil
        for path in Self.paths {
            let evidence = TopicRules.Evidence(path: path, texts: [PathName.lastComponent(path)])
            #expect(Self.rules.suggest(evidence, sameFolder: &verdict) == Self.rules.suggest(evidence), "\(path)")
        }
    }

    @Test("a keyword is found anywhere in the folded text, a part of it is not")
    func keywordSearch() {
        let suggest = { (title: String) in
            Self.rules.suggest(TopicRules.Evidence(path: "/课件/其他/a.mp4", texts: [title])).map(\.topic)
        }
        #expect(suggest("宪法") == ["law"])
        #expect(suggest("第3讲：宪法宣传与水稻育秧") == ["law", "farm"])
        #expect(suggest("宪") == [])
        #expect(suggest("") == [])
    }
}
