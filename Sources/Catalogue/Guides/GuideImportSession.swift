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

    /// What this import did on one channel.
    private struct ChannelEntries {
        let channel: String
        var seen: [Double: Seen] = [:]
        /// The time the channel's entries span in this guide.
        var coverage: ClosedRange<Double>?
        /// An entry without a stop was written: its stop is inferred by time afterwards.
        var hasOpenStops = false

        mutating func cover(start: Double, stop: Date?) {
            let end = stop.map { max($0.timeIntervalSince1970, start) } ?? start
            coverage = coverage.map { min($0.lowerBound, start)...max($0.upperBound, end) } ?? start...end
        }
    }

    let store: ProgrammeStore
    private let upsert: BoundStatement
    let path: String
    let zone: TimeZone
    /// The table had no programmes before: nothing older to retire, no stored stop left open.
    private let startedEmpty: Bool
    private var clumps = ClumpMerger()
    /// One slot per channel, found through one hash of the channel id per entry.
    private var slots: [String: Int] = [:]
    private var channels: [ChannelEntries] = []
    /// The last entry was unchanged: probably a re-import, so look before writing.
    private var lastUnchanged = false
    private(set) var read = 0
    private(set) var changed = 0
    private(set) var warnings: [GuideWarning] = []

    init(store: ProgrammeStore, path: String, zone: TimeZone) throws {
        self.store = store
        upsert = try store.makeUpsert()
        startedEmpty = try !store.hasProgrammes()
        self.path = path
        self.zone = zone
    }

    /// `record`, when given, is `ProgrammeRecord(programme)` made beforehand (on the reading thread).
    mutating func add(_ programme: Programme, record: ProgrammeRecord? = nil) throws {
        read += 1
        // Nearly every programme stands alone: no array is made for it.
        guard ClumpMerger.isPart(programme) else { return try write(programme, record: record) }
        for ready in clumps.add(programme) { try write(ready) }
    }

    /// Writes what clumps held back, retires entries this guide dropped, fills stops. Returns the number retired.
    mutating func finish() throws -> Int {
        for ready in clumps.flush() { try write(ready) }
        var retired = 0
        for entries in channels.sorted(by: { $0.channel < $1.channel }) {
            guard let range = entries.coverage, !startedEmpty || entries.hasOpenStops else { continue }
            if !startedEmpty {
                retired += try store.retire(channel: entries.channel, range: range, keeping: Set(entries.seen.keys))
            }
            try store.inferStops(channel: entries.channel)
        }
        return retired
    }

    private mutating func slot(for channel: String) -> Int {
        if let slot = slots[channel] { return slot }
        channels.append(ChannelEntries(channel: channel))
        slots[channel] = channels.count - 1
        return channels.count - 1
    }

    private mutating func write(_ programme: Programme, record prepared: ProgrammeRecord? = nil) throws {
        let record = prepared ?? ProgrammeRecord(programme)
        let slot = slot(for: record.channel)
        channels[slot].cover(start: record.start, stop: programme.stop)
        let earlier = channels[slot].seen[record.start]
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
        defer { channels[slot].seen[record.start] = now }
        if !record.hasStop { channels[slot].hasOpenStops = true }
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

    private mutating func warn(_ programme: Programme, _ message: String) {
        let label = "频道 \(programme.channel) \(ProgrammeLabel.localTime(programme.start, zone: zone)) 的节目"
        warnings.append(GuideWarning(kind: .conflict, path: path, line: programme.line, message: label + message))
    }
}
