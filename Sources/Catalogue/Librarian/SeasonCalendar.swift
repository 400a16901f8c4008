import ChineseText
import Foundation

/// The seasonal agricultural calendar (`Catalog/seasons.yaml`) as values: which farm work is timely in
/// which months. Pure: the application layer parses the file, the catalogue matches texts against it.
public struct SeasonCalendar: Sendable, Hashable {
    public struct Entry: Sendable, Hashable {
        /// 水稻育秧
        public var name: String
        /// Any one found in a course's title, description or tags makes the entry apply.
        public var keywords: [String]
        /// 1–12, sorted.
        public var months: [Int]
        /// The topic the entry suggests, normally `agritech`.
        public var topic: String
        public var note: String?

        public init(name: String, keywords: [String], months: [Int], topic: String = "agritech", note: String? = nil) {
            self.name = name
            self.keywords = keywords
            self.months = Array(Set(months)).sorted()
            self.topic = topic
            self.note = note
        }

        public var isAllYear: Bool { months.count == 12 }
    }

    /// An entry found in a text, and the keyword that found it.
    public struct Match: Sendable, Hashable {
        public var entry: Entry
        public var keyword: String
    }

    public let entries: [Entry]
    /// Folded keywords as scalars, indexed by their first scalar: a text is scanned once, whatever the
    /// number of entries (the planner matches every course of the catalogue).
    private let keywords: [[Unicode.Scalar]]
    private let keywordOwner: [(entry: Int, original: String)]
    private let byFirstScalar: [Unicode.Scalar: [Int]]

    public init(entries: [Entry]) {
        self.entries = entries
        var keywords: [[Unicode.Scalar]] = []
        var owner: [(entry: Int, original: String)] = []
        var index: [Unicode.Scalar: [Int]] = [:]
        for (entryIndex, entry) in entries.enumerated() {
            for keyword in entry.keywords {
                let folded = Array(TextFolding.fold(keyword).unicodeScalars)
                guard let first = folded.first else { continue }
                index[first, default: []].append(keywords.count)
                keywords.append(folded)
                owner.append((entryIndex, keyword))
            }
        }
        self.keywords = keywords
        keywordOwner = owner
        byFirstScalar = index
    }

    public static let empty = SeasonCalendar(entries: [])

    public static func == (lhs: SeasonCalendar, rhs: SeasonCalendar) -> Bool { lhs.entries == rhs.entries }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// The entries a text names, most specific only: an entry found through a keyword that is part of
    /// another match's keyword gives way (水稻 gives way to 水稻育秧), and an all-year entry gives way
    /// to any seasonal one (大棚蔬菜 all year, 大棚防冻 in winter → winter). Each entry is found through
    /// its longest keyword present.
    public func matches(in text: String) -> [Match] {
        guard !keywords.isEmpty else { return [] }
        let scalars = Array(TextFolding.fold(text).unicodeScalars)
        var best: [Int: Int] = [:]  // entry → keyword
        for start in scalars.indices {
            guard let candidates = byFirstScalar[scalars[start]] else { continue }
            for candidate in candidates {
                let keyword = keywords[candidate]
                guard start + keyword.count <= scalars.count,
                      scalars[start..<(start + keyword.count)].elementsEqual(keyword) else { continue }
                let entry = keywordOwner[candidate].entry
                if let current = best[entry], keywords[current].count >= keyword.count { continue }
                best[entry] = candidate
            }
        }
        let found = best.sorted { $0.key < $1.key }.map { entry, keyword in
            (match: Match(entry: entries[entry], keyword: keywordOwner[keyword].original), key: keywords[keyword])
        }
        var kept = found.filter { candidate in
            !found.contains { other in other.key != candidate.key && Self.contains(other.key, candidate.key) }
        }
        if kept.contains(where: { !$0.match.entry.isAllYear }) {
            kept.removeAll { $0.match.entry.isAllYear }
        }
        return kept.map(\.match)
    }

    private static func contains(_ text: [Unicode.Scalar], _ part: [Unicode.Scalar]) -> Bool {
        guard part.count <= text.count else { return false }
        return (0...(text.count - part.count)).contains { text[$0..<($0 + part.count)].elementsEqual(part) }
    }

    /// The months a text is timely in; empty when no entry applies (the course has no season).
    public func months(in text: String) -> Set<Int> {
        Set(matches(in: text).flatMap(\.entry.months))
    }

    /// Months as people write them: 3–4月, 11–2月, 3–4、9–10月, 全年.
    public static func monthsText(_ months: some Collection<Int>) -> String {
        let set = Set(months.filter { (1...12).contains($0) })
        if set.count == 12 { return "全年" }
        guard !set.isEmpty else { return "" }
        // Runs may wrap past December; start each at a month whose predecessor is not in the set.
        let starts = set.filter { !set.contains($0 == 1 ? 12 : $0 - 1) }.sorted()
        var runs: [String] = []
        for start in starts {
            var end = start
            while set.contains(end == 12 ? 1 : end + 1) { end = end == 12 ? 1 : end + 1 }
            runs.append(start == end ? "\(start)" : "\(start)–\(end)")
        }
        return runs.joined(separator: "、") + "月"
    }

    /// 时令：水稻育秧（3–4月）
    static func reason(_ matches: [Match]) -> String {
        "时令：" + matches.map { "\($0.entry.name)（\(monthsText($0.entry.months))）" }.joined(separator: "、")
    }
}
