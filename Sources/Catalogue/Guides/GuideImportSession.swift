import Foundation
import ProgrammeGuide

/// One guide's import: decides what each entry does to the catalogue. Repeats merge silently, placeholders
/// give way, clumps become one entry, a clash keeps the first entry in this guide (stable across
/// re-imports) or the newer guide's entry across guides and names the dropped one; afterwards the entries
/// this guide no longer lists in the range it covers are retired and missing stops are inferred by time.
struct GuideImportSession {
    private struct Seen {
        var digest: String
        var isPlaceholder: Bool
        var title: String
        /// Already counted in `changed`: replacing a placeholder in the same import changes the same row.
        var counted: Bool
    }

    private struct Coverage {
        var range: ClosedRange<Double>
        var starts: Set<Double> = []
    }

    let store: ProgrammeStore
    let path: String
    let zone: TimeZone
    private var clumps = ClumpMerger()
    private var seen: [String: [Double: Seen]] = [:]
    private var coverage: [String: Coverage] = [:]
    private(set) var read = 0
    private(set) var changed = 0
    private(set) var warnings: [GuideWarning] = []

    init(store: ProgrammeStore, path: String, zone: TimeZone) {
        self.store = store
        self.path = path
        self.zone = zone
    }

    mutating func add(_ programme: Programme) throws {
        read += 1
        for ready in clumps.add(programme) { try write(ready) }
    }

    /// Writes what clumps held back, retires entries this guide dropped, fills stops. Returns the number retired.
    mutating func finish() throws -> Int {
        for ready in clumps.flush() { try write(ready) }
        var retired = 0
        for (channel, covered) in coverage.sorted(by: { $0.key < $1.key }) {
            retired += try store.retire(channel: channel, range: covered.range, keeping: covered.starts)
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
            guard record.digest != earlier.digest, !record.isPlaceholder else { return }
            guard earlier.isPlaceholder else {
                warn(programme, "与同一节目单中同一频道同一时间的「\(earlier.title)」冲突，保留先出现的「\(earlier.title)」，"
                    + "舍弃「\(record.title)」")
                return
            }
        }
        var now = Seen(digest: record.digest, isPlaceholder: record.isPlaceholder, title: record.title, counted: false)
        defer { seen[record.channel, default: [:]][record.start] = now }
        switch try store.upsert(record) {
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
        // Mutated in place: copying the entry out would copy its set of starts for every programme.
        if let range = coverage[programme.channel]?.range {
            coverage[programme.channel]?.range = min(range.lowerBound, start)...max(range.upperBound, end)
            coverage[programme.channel]?.starts.insert(start)
        } else {
            coverage[programme.channel] = Coverage(range: start...end, starts: [start])
        }
    }

    private mutating func warn(_ programme: Programme, _ message: String) {
        let label = "频道 \(programme.channel) \(ProgrammeLabel.localTime(programme.start, zone: zone)) 的节目"
        warnings.append(GuideWarning(kind: .conflict, path: path, line: programme.line, message: label + message))
    }
}
