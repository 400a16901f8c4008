import Foundation
import ProgrammeGuide

/// XMLTV clumps (`clumpidx="0/2"`, `"1/2"`) are programmes sharing one slot. The catalogue keeps one entry
/// per channel and start, so the parts become one entry naming them all: 「新闻联播 / 天气预报」. Parts are
/// held back until the clump is complete (they stand next to each other in real guides), which keeps a
/// re-import of the same guide from rewriting the entry.
struct ClumpMerger {
    private struct Key: Hashable {
        let channel: String
        let start: Date
    }

    private var pending: [Key: [Programme]] = [:]

    /// The programmes ready to store: the programme itself, or a completed clump merged into one.
    mutating func add(_ programme: Programme) -> [Programme] {
        guard let count = programme.clumpCount, programme.isClumpPart else { return [programme] }
        let key = Key(channel: programme.channel, start: programme.start)
        var parts = pending[key, default: []]
        guard !parts.contains(where: { $0.clumpIndex == programme.clumpIndex }) else {
            // The same part twice: the clump is not what its indices say; store what there is.
            pending[key] = nil
            return [Self.merge(parts), programme]
        }
        parts.append(programme)
        guard parts.count == count else {
            pending[key] = parts
            return []
        }
        pending[key] = nil
        return [Self.merge(parts)]
    }

    /// Clumps whose other parts never came.
    mutating func flush() -> [Programme] {
        let rest = pending.values.map(Self.merge).sorted { ($0.channel, $0.start) < ($1.channel, $1.start) }
        pending = [:]
        return rest
    }

    /// One programme for the slot: the parts' titles and texts joined in clump order, the latest stop.
    static func merge(_ parts: [Programme]) -> Programme {
        let ordered = parts.sorted { ($0.clumpIndex ?? 0) < ($1.clumpIndex ?? 0) }
        guard var merged = ordered.first, ordered.count > 1 else { return ordered.first ?? parts[0] }
        func joined(_ texts: (Programme) -> [LocalizedText], separator: String) -> [LocalizedText] {
            let parts = ordered.compactMap { texts($0).preferred() }
            return parts.isEmpty ? [] : [LocalizedText(parts.joined(separator: separator), language: "zh")]
        }
        merged.titles = joined(\.titles, separator: " / ")
        merged.subTitles = joined(\.subTitles, separator: " / ")
        merged.descriptions = joined(\.descriptions, separator: "\n")
        merged.categories = ordered.flatMap(\.categories)
        merged.keywords = ordered.flatMap(\.keywords)
        merged.stop = ordered.compactMap(\.stop).max()
        merged.clumpCount = ordered.count
        merged.season = nil
        merged.episode = nil
        merged.episodeLast = nil
        merged.part = nil
        merged.seriesTitle = nil
        return merged
    }
}
