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
        var keywords: [(original: String, folded: [UInt8])]
        var folders: [(original: String, folded: String)]
        var categories: [(original: String, folded: String)]
    }

    private let topics: [FoldedTopic]

    public init(taxonomy: TopicTaxonomy) {
        func fold(_ values: [String]) -> [(String, String)] {
            values.map { ($0, TextFolding.fold($0)) }.filter { !$0.1.isEmpty }
        }
        topics = taxonomy.topics.map { topic in
            FoldedTopic(
                id: topic.id,
                keywords: fold(topic.keywords + topic.synonyms + [topic.label]).map { ($0.0, Array($0.1.utf8)) },
                folders: fold(topic.folders + [topic.label]),
                categories: fold(topic.categories + [topic.label]))
        }
    }

    /// At most one suggestion per topic and source; the strongest reason wins (category, folder, keyword).
    public func suggest(_ evidence: Evidence) -> [TopicSuggestion] {
        let folders = evidence.path.split(separator: "/").dropLast().map { TextFolding.fold(String($0)) }
        let categories = evidence.guideCategories.map { ($0, TextFolding.fold($0)) }
        let text = Array(evidence.texts.map(TextFolding.fold).joined(separator: "\n").utf8)
        var suggestions: [TopicSuggestion] = []
        for topic in topics {
            if let match = categories.first(where: { category in topic.categories.contains { $0.folded == category.1 } }) {
                suggestions.append(TopicSuggestion(topic: topic.id, source: .guide, reason: "节目单分类「\(match.0)」"))
            }
            if let folder = topic.folders.first(where: { entry in folders.contains(entry.folded) }) {
                suggestions.append(TopicSuggestion(topic: topic.id, source: .rule, reason: "文件夹 \(folder.original)/"))
            } else if let keyword = topic.keywords.first(where: { Self.contains(text, $0.folded) }) {
                suggestions.append(TopicSuggestion(topic: topic.id, source: .rule, reason: "关键词「\(keyword.original)」"))
            }
        }
        return suggestions
    }

    /// Byte search over folded UTF-8: a match of whole characters, since UTF-8 never matches inside one.
    private static func contains(_ text: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, needle.count <= text.count else { return needle.isEmpty }
        return text.withUnsafeBufferPointer { haystack in
            needle.withUnsafeBufferPointer { pattern in
                var start = 0
                let last = haystack.count - pattern.count
                while start <= last {
                    if haystack[start] == first {
                        var offset = 1
                        while offset < pattern.count, haystack[start + offset] == pattern[offset] { offset += 1 }
                        if offset == pattern.count { return true }
                    }
                    start += 1
                }
                return false
            }
        }
    }
}
