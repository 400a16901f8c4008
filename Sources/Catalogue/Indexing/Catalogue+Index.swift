public import Foundation
import GRDB
import MediaProbe
public import ProgrammeGuide

extension Catalogue {
    /// Scans `roots` recursively and brings the catalogue in step with them. Incremental: a file whose
    /// path, size and mtime are unchanged is not reopened. Bad files are reported in `failed`; only a
    /// catalogue error (disk full, foreign file) throws.
    public func index(
        roots: [String],
        guides: [URL] = [],
        taxonomy: TopicTaxonomy? = nil,
        guideOptions: GuideOptions = GuideOptions(),
        options: IndexOptions = IndexOptions(),
        progress: @escaping @Sendable (IndexProgress) -> Void = { _ in }
    ) throws(CatalogueError) -> IndexReport {
        let absoluteRoots = roots.map(Self.absolutePath)
        var report = IndexReport()
        // Guides first, so every new recording can be linked and classified in its own batch.
        try importGuides(guides, options: guideOptions, into: &report)
        progress(IndexProgress(phase: .scanning, done: 0, total: 0, currentPath: nil, filesPerSecond: 0))
        let known = try read { db in try KnownFiles.load(db) }
        let tracker = ProgressTracker(report: progress)
        // Probing starts with the walk's first files: libavformat and SQLite then work side by side to the end.
        let pipeline = ProbePipeline(jobs: options.jobs, tracker: tracker, window: 2 * options.batchSize)
        defer { pipeline.cancel() }
        var pending: [FoundFile] = []
        var unchanged = 0
        let walk = DirectoryWalker.walk(absoluteRoots) { found in
            let start = pending.count
            for file in found {
                if let row = known.byPath[file.path], row.status == .present, row.size == file.size, row.mtime == file.mtime {
                    unchanged += 1
                } else {
                    pending.append(file)
                }
            }
            pipeline.add(pending[start...])
        }
        pipeline.completeList()
        report.unchanged += unchanged
        report.failed += walk.problems.map { IndexReport.Failure(path: $0.path, error: $0.reason) }

        let seenPaths = Set(walk.files.map(\.path))
        let enricher = Enricher(
            taxonomy: taxonomy, timeZone: guideOptions.defaultTimeZone, aliases: options.channelAliases)
        try write { db in try enricher.prepare(db) }
        // Only for files to write: a run with nothing new keeps its start-up to the walk and one transaction.
        let restoreWriterSettings = pending.isEmpty ? {} : try indexWriterSettings()
        defer { restoreWriterSettings() }
        var touched: Set<Int64> = []
        // The path each added, updated or moved row now has: all paths of this walk.
        var walkedPaths: [Int64: String] = [:]
        let reviewQueues = ReviewQueueBatch.Run(catalogueStartedEmpty: known.byPath.isEmpty)
        for range in Self.batchRanges(count: pending.count, size: options.batchSize) {
            guard let probed = pipeline.take(range) else { break }
            try write { db in
                let reviewQueue = try reviewQueues.begin(db)
                defer { reviewQueue?.end() }
                let applier = try IndexApplier(db: db, known: known, seenPaths: seenPaths, now: Date(), batch: probed)
                var changed: [ResourceRow] = []
                var inserted: Set<Int64> = []
                for item in probed {
                    if let (row, isNew) = try applier.apply(item, to: &report) {
                        try DocumentPages.store(db, row: row, pages: item.pages, isNew: isNew)
                        changed.append(row)
                        if isNew, let id = row.id { inserted.insert(id) }
                    }
                }
                report.linked += try enricher.enrich(db, rows: changed, inserted: inserted)
                try reviewQueue?.finish(db)
                touched.formUnion(changed.compactMap(\.id))
                for row in changed { if let id = row.id { walkedPaths[id] = row.path } }
            }
        }

        progress(IndexProgress(phase: .finishing, done: pending.count, total: pending.count, currentPath: nil, filesPerSecond: tracker.rate))
        try write { db in
            // A catalogue with no rows when the run began holds only rows this walk found, none missing: the pass
            // over every row (≈ 2 ms of a 2,000-file run, after the last probe) is skipped, as is the moved-file query.
            if !known.byPath.isEmpty {
                report.missing = try IndexApplier.markMissing(
                    db, roots: absoluteRoots, seenPaths: seenPaths, walkedPaths: walkedPaths, now: Date())
            }
            report.linked += try enricher.catchUp(db, touched: touched, guidesChanged: report.programmes > 0)
            // No full-text 'optimize' here: it rewrote the whole index (all rows, not this run's) while the probing
            // threads had finished, the longest part of the run's serial tail. FTS5's automerge already merges
            // segments at each batch's commit, and a search finds the same rows in the same order either way.
        }
        return report
    }

    /// Batches of `size`, the last `size` files cut in halves down to 16: the last batch is written while
    /// nothing else runs, so a small one leaves a core idle for less time.
    static func batchRanges(count: Int, size: Int) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        var start = 0
        while start < count {
            let remaining = count - start
            let length = remaining > size ? size : max(min(remaining, 16), remaining / 2)
            ranges.append(start..<start + length)
            start += length
        }
        return ranges
    }

    static func absolutePath(_ path: String) -> String {
        let url = path.hasPrefix("/")
            ? URL(fileURLWithPath: path)
            : URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent(path)
        var standardized = url.standardizedFileURL.path
        while standardized.count > 1, standardized.hasSuffix("/") { standardized.removeLast() }
        return standardized
    }
}

/// The rows the classification step needs, fetched once per run.
struct KnownFiles {
    struct Row {
        var id: Int64
        var size: Int64
        var mtime: Double
        var status: ResourceRow.Status
    }

    var byPath: [String: Row] = [:]

    static func load(_ db: Database) throws -> KnownFiles {
        var known = KnownFiles()
        let cursor = try GRDB.Row.fetchCursor(db, sql: "SELECT id, path, size, mtime, status FROM resource")
        while let row = try cursor.next() {
            let status = ResourceRow.Status(rawValue: row["status"]) ?? .present
            known.byPath[row["path"]] = Row(id: row["id"], size: row["size"], mtime: row["mtime"], status: status)
        }
        return known
    }
}
