import ChineseText

/// Suggests topics from guide categories, folder names and keywords. Pure: same evidence, same
/// suggestions, in taxonomy order. Text is folded (traditional → simplified, width, case) on both sides.
public struct TopicRules: Sendable {
    public struct Evidence: Sendable {
        public var path: String
        public var texts: [String]
        public var guideCategories: [String]

        public init(path: String, texts: [String], guideCategories: [String] = []) {
            self.path = path
            self.texts = texts
            self.guideCategories = guideCategories
        }
    }

    private struct FoldedTopic: Sendable {
        var id: String
        /// Ids into `keywordIndex`, in the taxonomy's order: the first that occurs is the one named.
        var keywords: [(original: String, id: Int)]
        var folders: [(original: String, folded: String)]
        var categories: [(original: String, folded: String)]
    }

    private let topics: [FoldedTopic]
    private let keywordIndex: KeywordIndex

    public init(taxonomy: TopicTaxonomy) {
        func fold(_ values: [String]) -> [(String, String)] {
            values.map { ($0, TextFolding.fold($0)) }.filter { !$0.1.isEmpty }
        }
        var patterns: [[UInt8]] = []
        topics = taxonomy.topics.map { topic in
            FoldedTopic(
                id: topic.id,
                keywords: fold(topic.keywords + topic.synonyms + [topic.label]).map { keyword in
                    patterns.append(Array(keyword.1.utf8))
                    return (keyword.0, patterns.count - 1)
                },
                folders: fold(topic.folders + [topic.label]),
                categories: fold(topic.categories + [topic.label]))
        }
        keywordIndex = KeywordIndex(patterns: patterns)
    }

    /// What the folder rule found for the files of one folder: per topic, the first of its folders among the
    /// folder's path components.
    struct FolderVerdict: Sendable {
        let directory: Substring
        let matches: [String?]
    }

    /// At most one suggestion per topic and source; the strongest reason wins (category, folder, keyword).
    public func suggest(_ evidence: Evidence) -> [TopicSuggestion] {
        var verdict: FolderVerdict? = nil
        return suggest(evidence, sameFolder: &verdict)
    }

    /// The same, reusing `sameFolder` when the file lies in the folder it was found for and keeping the new one
    /// otherwise: a batch's files come folder by folder, and splitting, folding and comparing every component
    /// again per file was 1.5 % of bare-probe.c's CPU while indexing.
    func suggest(_ evidence: Evidence, sameFolder verdict: inout FolderVerdict?) -> [TopicSuggestion] {
        let folderMatches: [String?]
        let directory = Self.directory(of: evidence.path)
        // Byte for byte: `==` would also take a canonically equivalent spelling, which folds to other bytes.
        if let directory, let verdict, verdict.directory.utf8.elementsEqual(directory.utf8) {
            folderMatches = verdict.matches
        } else {
            let folders = evidence.path.split(separator: "/").dropLast().map { TextFolding.fold(String($0)) }
            folderMatches = topics.map { topic in topic.folders.first { entry in folders.contains(entry.folded) }?.original }
            if let directory { verdict = FolderVerdict(directory: directory, matches: folderMatches) }
        }
        let categories = evidence.guideCategories.map { ($0, TextFolding.fold($0)) }
        let text = Array(evidence.texts.map(TextFolding.fold).joined(separator: "\n").utf8)
        let occurs = keywordIndex.occurrences(in: text)
        var suggestions: [TopicSuggestion] = []
        for (topic, folder) in zip(topics, folderMatches) {
            if let match = categories.first(where: { category in topic.categories.contains { $0.folded == category.1 } }) {
                suggestions.append(TopicSuggestion(topic: topic.id, source: .guide, reason: "节目单分类「\(match.0)」"))
            }
            if let folder {
                suggestions.append(TopicSuggestion(topic: topic.id, source: .rule, reason: "文件夹 \(folder)/"))
            } else if let keyword = topic.keywords.first(where: { occurs[$0.id] }) {
                suggestions.append(TopicSuggestion(topic: topic.id, source: .rule, reason: "关键词「\(keyword.original)」"))
            }
        }
        return suggestions
    }

    /// Everything before the path's last "/", when a file name follows it: then the components `suggest` splits
    /// off before the name are exactly this part's, so two paths with the same part share the folder rule's verdict.
    private static func directory(of path: String) -> Substring? {
        guard let slash = path.lastIndex(of: "/"), path.index(after: slash) < path.endIndex else { return nil }
        return path[..<slash]
    }
}
