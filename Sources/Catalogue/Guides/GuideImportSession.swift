import Foundation
import ProgrammeGuide

/// One guide's import: decides what each entry does to the catalogue. Repeats merge silently, placeholders
/// give way, clumps become one entry, a clash keeps the first entry in this guide (stable across
/// re-imports) or the newer guide's entry across guides and names the dropped one; afterwards the entries
/// this guide no longer lists in the range it covers are retired and missing stops are inferred by time.
struct GuideImportSession {
    /// Kept small: a 100 MB guide has 200,000 of these in memory. Titles for warnings come from the table.
    private struct Seen {
        var digest: UInt64
        var isPlaceholder: Bool
        /// Already counted in `changed`: replacing a placeholder in the same import changes the same row.
        var counted: Bool
    }

    let store: ProgrammeStore
    private let upsert: BoundStatement
    let path: String
    let zone: TimeZone
    private var clumps = ClumpMerger()
    private var seen: [String: [Double: Seen]] = [:]
    /// The time each channel's entries span in this guide.
    private var coverage: [String: ClosedRange<Double>] = [:]
    /// The last entry was unchanged: probably a re-import, so look before writing.
    private var lastUnchanged = false
    private(set) var read = 0
    private(set) var changed = 0
    private(set) var warnings: [GuideWarning] = []

    init(store: ProgrammeStore, path: String, zone: TimeZone) throws {
        self.store = store
        upsert = try store.makeUpsert()
        self.path = path
        self.zone = zone
    }

    mutating func add(_ programme: Programme) throws {
        read += 1
        // Nearly every programme stands alone: no array is made for it.
        guard ClumpMerger.isPart(programme) else { return try write(programme) }
        for ready in clumps.add(programme) { try write(ready) }
    }

    /// Writes what clumps held back, retires entries this guide dropped, fills stops. Returns the number retired.
    mutating func finish() throws -> Int {
        for ready in clumps.flush() { try write(ready) }
        var retired = 0
        for (channel, range) in coverage.sorted(by: { $0.key < $1.key }) {
            let listed = Set(seen[channel].map { Array($0.keys) } ?? [])
            retired += try store.retire(channel: channel, range: range, keeping: listed)
            try store.inferStops(channel: channel)
        }
        return retired
    }

    private mutating func write(_ programme: Programme) throws {
        let record = ProgrammeRecord(programme)
        cover(programme, start: record.start)
        let earlier = seen[record.channel]?[record.start]
        if let earlier {
            // Repeats and placeholders give way silently; a real entry may replace a placeholder.
            guard record.digestValue != earlier.digest, !record.isPlaceholder else { return }
            guard earlier.isPlaceholder else {
                let kept = try store.storedEntry(record).map { $0["title"] as String } ?? ""
                warn(programme, "与同一节目单中同一频道同一时间的「\(kept)」冲突，保留先出现的「\(kept)」，舍弃「\(record.title)」")
                return
            }
        }
        var now = Seen(digest: record.digestValue, isPlaceholder: record.isPlaceholder, counted: false)
        defer { seen[record.channel, default: [:]][record.start] = now }
        let outcome = try store.upsert(record, through: upsert, expectUnchanged: lastUnchanged)
        lastUnchanged = outcome == .unchanged
        switch outcome {
        case .written:
            if earlier?.counted != true { changed += 1 }
            now.counted = true
        case .unchanged:
            break
        case .keptStored(let title, let fromNewerGuide):
            guard fromNewerGuide else { return }
            warn(programme, "与较新的节目单中同一时间的「\(title)」冲突，保留较新的「\(title)」，舍弃「\(record.title)」")
        }
    }

    private mutating func cover(_ programme: Programme, start: Double) {
        let end = programme.stop.map { max($0.timeIntervalSince1970, start) } ?? start
        if let range = coverage[programme.channel] {
            coverage[programme.channel] = min(range.lowerBound, start)...max(range.upperBound, end)
        } else {
            coverage[programme.channel] = start...end
        }
    }

    private mutating func warn(_ programme: Programme, _ message: String) {
        let label = "频道 \(programme.channel) \(ProgrammeLabel.localTime(programme.start, zone: zone)) 的节目"
        warnings.append(GuideWarning(kind: .conflict, path: path, line: programme.line, message: label + message))
    }
}
