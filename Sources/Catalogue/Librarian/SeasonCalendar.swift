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
    private let folded: [[(original: String, folded: String)]]

    public init(entries: [Entry]) {
        self.entries = entries
        folded = entries.map { entry in
            entry.keywords.map { ($0, TextFolding.fold($0)) }.filter { !$0.1.isEmpty }
                .sorted { $0.1.count > $1.1.count }
        }
    }

    public static let empty = SeasonCalendar(entries: [])

    public static func == (lhs: SeasonCalendar, rhs: SeasonCalendar) -> Bool { lhs.entries == rhs.entries }
    public func hash(into hasher: inout Hasher) { hasher.combine(entries) }

    /// The entries a text names, most specific only: an entry found through a keyword that is part of
    /// another match's keyword gives way (水稻 gives way to 水稻育秧), and an all-year entry gives way
    /// to any seasonal one (大棚蔬菜 all year, 大棚防冻 in winter → winter).
    public func matches(in text: String) -> [Match] {
        let folded = TextFolding.fold(text)
        var found: [(match: Match, key: String)] = []
        for (index, keywords) in self.folded.enumerated() {
            if let hit = keywords.first(where: { folded.contains($0.folded) }) {
                found.append((Match(entry: entries[index], keyword: hit.original), hit.folded))
            }
        }
        var kept = found.filter { candidate in
            !found.contains { other in other.key != candidate.key && other.key.contains(candidate.key) }
        }
        if kept.contains(where: { !$0.match.entry.isAllYear }) {
            kept.removeAll { $0.match.entry.isAllYear }
        }
        return kept.map(\.match)
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
