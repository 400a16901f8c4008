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
        /// The row that holds this channel and start, counted from the import's first row (an update keeps the
        /// row of the first insert): 32 bits keep an entry 16 bytes, as without it.
        var row: Int32
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
        /// The entries written without a stop: their stops are inferred by time afterwards.
        var openRows: [(start: Double, row: Int32)] = []
        /// Into an empty table, the keys of `seen` in the order they arrived. A guide lists a channel's programmes
        /// in time order, so they are nearly always sorted already and the serial tail after reading need not
        /// sort them again.
        var starts: [Double] = []
        var startsAscending = true
        /// The channel's latest start, when its row was last written without a stop: the next start to arrive
        /// gives it its stop at once, while its page is still in the cache (`GuideImportSession.settle`).
        var unsettled: (start: Double, row: Int32)?
        /// Stops given that way and not overwritten since, by start. Exact while the starts arrive in order;
        /// `finish` corrects the few that a start arriving out of order later falls inside.
        var settled: [Double: Double] = [:]

        mutating func arrived(start: Double) {
            if let last = starts.last, last > start { startsAscending = false }
            starts.append(start)
        }

        /// Into an empty table, each row written without a stop gets the by-time stop `ProgrammeStore.inferStops`
        /// would give it, from this import's starts alone (the keys of `seen`): every row of the channel is one.
        func inferredStops(firstRowID: Int64) -> [(rowID: Int64, stop: Double)] {
            let sorted = startsAscending ? starts : starts.sorted()
            return openRows.compactMap { open in
                guard settled[open.start] == nil, let next = Self.next(after: open.start, in: sorted),
                    next <= open.start + 86400 else { return nil }
                return (firstRowID + Int64(open.row), next)
            }
        }

        /// The first of the sorted starts later than `start`.
        private static func next(after start: Double, in sorted: [Double]) -> Double? {
            var low = 0, high = sorted.count
            while low < high {
                let middle = (low + high) / 2
                if sorted[middle] <= start { low = middle + 1 } else { high = middle }
            }
            return low < sorted.count ? sorted[low] : nil
        }

        /// The settled stops that an out-of-order start changed: the by-time stop of each from all the starts.
        func corrections(firstRowID: Int64) -> [(rowID: Int64, stop: Double)] {
            guard !startsAscending else { return [] }
            let sorted = starts.sorted()
            return settled.compactMap { start, early in
                guard let next = Self.next(after: start, in: sorted), next != early, let row = seen[start]?.row
                else { return nil }
                return (firstRowID + Int64(row), next)
            }
        }

        mutating func cover(start: Double, stop: Double?) {
            let end = stop.map { max($0, start) } ?? start
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
    /// One entry per channel, in the slot order of the rows (`ChannelSlots`).
    private var channels: [ChannelEntries] = []
    /// The id of the import's first inserted row, when the table started empty: `Seen.row` counts from it.
    private var firstRowID: Int64?
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

    /// Adds a chunk's programmes in the guide's order, with `ProgrammeRecord.digests(of:)` of the chunk.
    mutating func add(_ chunk: ProgrammeRows, digests: [UInt64]) throws {
        for name in chunk.newChannels { channels.append(ChannelEntries(channel: name)) }
        try chunk.bytes.withUnsafeBufferPointer { bytes in
            for (row, digest) in zip(chunk.rows, digests) {
                read += 1
                // Nearly every programme stands alone and is written from its row; a clump's parts are merged first.
                guard let part = row.clumpPart else {
                    try write(ProgrammeRecord(row, channel: channels[row.channel].channel, bytes: bytes, digest: digest))
                    continue
                }
                for ready in clumps.add(chunk.parts[part]) { try write(ready) }
            }
        }
    }

    /// Writes what clumps held back, retires entries this guide dropped, fills stops. Returns the number retired.
    mutating func finish() throws -> Int {
        for ready in clumps.flush() { try write(ready) }
        var retired = 0
        for entries in channels.sorted(by: { $0.channel < $1.channel }) {
            guard let range = entries.coverage, !startedEmpty || !entries.openRows.isEmpty else { continue }
            guard !startedEmpty else {
                // Every row is this import's, so the rows without a stop are among those it wrote without one,
                // and the next start is among its starts: no row of the channel read back (a tenth of a large
                // import), one row updated by id for each.
                try store.setStops(entries.inferredStops(firstRowID: firstRowID ?? 0))
                try store.setStops(entries.corrections(firstRowID: firstRowID ?? 0), overwriting: true)
                continue
            }
            retired += try store.retire(channel: entries.channel, range: range, keeping: Set(entries.seen.keys))
            try store.inferStops(channel: entries.channel)
        }
        return retired
    }

    /// A merged clump (or a part left alone) goes through a row of its own.
    private mutating func write(_ programme: Programme) throws {
        let slot = channels.firstIndex { $0.channel.utf8.elementsEqual(programme.channel.utf8) } ?? channels.count
        if slot == channels.count { channels.append(ChannelEntries(channel: programme.channel)) }
        var single = ProgrammeRows()
        single.append(programme, slot: slot, newChannel: false)
        try single.bytes.withUnsafeBufferPointer { bytes in
            let row = single.rows[0]
            try write(ProgrammeRecord(
                row, channel: programme.channel, bytes: bytes, digest: ProgrammeRecord.digest(of: row, in: bytes)))
        }
    }

    private mutating func write(_ record: ProgrammeRecord) throws {
        let slot = record.row.channel
        channels[slot].cover(start: record.start, stop: record.row.coveredStop)
        let earlier = channels[slot].seen[record.start]
        if let earlier {
            // Repeats and placeholders give way silently; a real entry may replace a placeholder.
            guard record.digestValue != earlier.digest, !record.isPlaceholder else { return }
            guard earlier.isPlaceholder else {
                let kept = try store.storedEntry(record).map { $0["title"] as String } ?? ""
                warn(record, "与同一节目单中同一频道同一时间的「\(kept)」冲突，保留先出现的「\(kept)」，舍弃「\(record.title)」")
                return
            }
        }
        var now = Seen(digest: record.digestValue, row: earlier?.row ?? 0, isPlaceholder: record.isPlaceholder, counted: false)
        defer { channels[slot].seen[record.start] = now }
        let outcome = try store.upsert(record, through: upsert, expectUnchanged: lastUnchanged)
        lastUnchanged = outcome == .unchanged
        if startedEmpty {
            // Into an empty table a start seen for the first time is always inserted.
            if earlier == nil {
                let rowID = store.db.lastInsertedRowID
                if firstRowID == nil { firstRowID = rowID }
                now.row = Int32(rowID - (firstRowID ?? rowID))
                try settle(slot, before: record.start)
                channels[slot].arrived(start: record.start)
            }
            if outcome == .written {
                // The row's stop is now this record's: an earlier settled one is gone.
                channels[slot].settled[record.start] = nil
                if channels[slot].starts.last == record.start {
                    channels[slot].unsettled = record.hasStop ? nil : (record.start, now.row)
                }
            }
            if !record.hasStop { channels[slot].openRows.append((record.start, now.row)) }
        }
        switch outcome {
        case .written:
            if earlier?.counted != true { changed += 1 }
            now.counted = true
        case .unchanged:
            break
        case .keptStored(let title, let fromNewerGuide):
            guard fromNewerGuide else { return }
            warn(record, "与较新的节目单中同一时间的「\(title)」冲突，保留较新的「\(title)」，舍弃「\(record.title)」")
        }
    }

    /// A new start on a channel ends the channel's latest row if that has no stop, as the after-pass would
    /// (the next start within a day), written now rather than after the reader ends: the stops' updates by id
    /// were most of the serial tail (an update widens the row's record in a page written long before).
    private mutating func settle(_ slot: Int, before start: Double) throws {
        guard let open = channels[slot].unsettled else { return }
        channels[slot].unsettled = nil
        guard channels[slot].startsAscending, open.start < start, start <= open.start + 86400 else { return }
        try store.setStops([((firstRowID ?? 0) + Int64(open.row), start)])
        channels[slot].settled[open.start] = start
    }

    private mutating func warn(_ record: ProgrammeRecord, _ message: String) {
        let start = Date(timeIntervalSince1970: record.start)
        let label = "频道 \(record.channel) \(ProgrammeLabel.localTime(start, zone: zone)) 的节目"
        warnings.append(GuideWarning(kind: .conflict, path: path, line: record.row.line, message: label + message))
    }
}
