import Foundation
import GRDB
import MediaProbe

/// Writes probed files into the catalogue inside the caller's transaction. Identity is the content
/// fingerprint: a file found at a new path whose old path is gone keeps its id (and the librarian's work).
struct IndexApplier {
    let db: Database
    let known: KnownFiles
    let seenPaths: Set<String>
    let now: Date
    /// `now` as stored, converted once per batch rather than twice per new file.
    private let nowValue: DatabaseValue
    /// Which of the batch's fingerprints the catalogue held when the batch began. Only such a row can be a moved
    /// file's: rows this batch inserts or moves carry paths of this scan, which `movedResource` never takes. So a
    /// new file whose fingerprint is not here skips that lookup (one query per batch instead of one per file).
    private let storedFingerprints: Set<String>
    /// Prepared with the batch: the connection's statements are re-prepared whenever its triggers are switched
    /// (`ReviewQueueBatch`), so one made inside the batch's transaction is made once.
    private let insertStatement: BoundStatement

    init(db: Database, known: KnownFiles, seenPaths: Set<String>, now: Date, batch: [ProbedFile]) throws {
        self.db = db
        self.known = known
        self.seenPaths = seenPaths
        self.now = now
        nowValue = now.databaseValue
        // A catalogue with no rows when the run began (the first index of a collection) has nothing a file could
        // have moved from: the query per batch (256 bound values, a statement parsed each time) is skipped.
        storedFingerprints = known.byPath.isEmpty ? [] : try Self.storedFingerprints(db, among: batch.compactMap(\.fingerprint))
        insertStatement = try ResourceRow.newRowInsert(db)
    }

    private static func storedFingerprints(_ db: Database, among fingerprints: [String]) throws -> Set<String> {
        var stored: Set<String> = []
        // Chunks well under SQLite's limit on bound values.
        for start in stride(from: 0, to: fingerprints.count, by: 500) {
            let chunk = Array(fingerprints[start..<min(start + 500, fingerprints.count)])
            let placeholders = Array(repeating: "?", count: chunk.count).joined(separator: ",")
            stored.formUnion(try String.fetchAll(
                db, sql: "SELECT fingerprint FROM resource WHERE fingerprint IN (\(placeholders))",
                arguments: StatementArguments(chunk)))
        }
        return stored
    }

    /// Returns the resource added, updated or moved (those need linking and classifying), and whether it was
    /// inserted now (nothing in the catalogue can refer to it yet).
    func apply(_ item: ProbedFile, to report: inout IndexReport) throws -> (row: ResourceRow, isNew: Bool)? {
        // Paths unknown at the start of the run need no lookup: the walk lists each path once.
        let existing = try known.byPath[item.file.path].flatMap { try ResourceRow.fetchOne(db, key: $0.id) }
        let info: MediaInfo
        switch item.outcome {
        case .failure(let failure):
            // A known resource whose file went bad keeps its row as it was: the next scan tries again.
            report.failed.append(IndexReport.Failure(path: item.file.path, error: failure.reason))
            return nil
        case .success(let probed):
            info = probed
            report.warnings += item.warnings
        }
        guard let fingerprint = item.fingerprint else { return nil }

        if var row = existing {
            let sameContent = row.fingerprint == fingerprint && row.status == .present
            row.size = item.file.size
            row.mtime = item.file.mtime
            if sameContent {
                try row.update(db)
                report.unchanged += 1
                return nil
            }
            row.fingerprint = fingerprint
            refresh(&row, with: info)
            try row.update(db)
            report.updated += 1
            return (row, false)
        }

        if var row = try movedResource(fingerprint: fingerprint) {
            row.path = item.file.path
            row.size = item.file.size
            row.mtime = item.file.mtime
            refresh(&row, with: info)
            try row.update(db)
            report.moved += 1
            return (row, false)
        }

        var row = ResourceRow(
            id: nil, path: item.file.path, size: item.file.size, mtime: item.file.mtime,
            fingerprint: fingerprint, status: .present, title: "", titleSource: .filename,
            format: nil, duration: nil, bitRate: nil, media: nil,
            addedAt: now, updatedAt: now, missingSince: nil)
        row.apply(info)
        try row.insertNew(db, through: insertStatement, stamp: nowValue)
        report.added += 1
        return (row, true)
    }

    private func refresh(_ row: inout ResourceRow, with info: MediaInfo) {
        let guideTitle = row.titleSource == .guide ? row.title : nil
        row.apply(info)
        if let guideTitle {
            row.title = guideTitle
            row.titleSource = .guide
        }
        row.status = .present
        row.missingSince = nil
        row.updatedAt = now
    }

    /// A resource with the same content whose recorded path is no longer there: the file moved.
    private func movedResource(fingerprint: String) throws -> ResourceRow? {
        guard storedFingerprints.contains(fingerprint) else { return nil }
        // "present" > "missing": missing ones first. A cached statement: the query builder cost a file's worth.
        let candidates = try ResourceRow.fetchAll(
            db.cachedStatement(sql: "SELECT * FROM resource WHERE fingerprint = ? ORDER BY status DESC, id"),
            arguments: [fingerprint])
        return candidates.first { row in
            !seenPaths.contains(row.path) && !FileManager.default.fileExists(atPath: row.path)
        }
    }

    /// Marks resources under the scanned roots that were not found; returns how many are missing there now.
    /// `walkedPaths`: the rows this run wrote, with the paths it gave them.
    static func markMissing(
        _ db: Database, roots: [String], seenPaths: Set<String>, walkedPaths: [Int64: String] = [:], now: Date
    ) throws -> Int {
        let prefixes = roots.map { $0.hasSuffix("/") ? $0 : $0 + "/" }
        func underRoots(_ path: String) -> Bool {
            roots.contains(path) || prefixes.contains { path.hasPrefix($0) }
        }
        var missing = 0
        let rows = try Row.fetchAll(db, sql: "SELECT id, path, status FROM resource")
        for row in rows {
            let path: String = row["path"]
            // Still holding the path this run gave it, byte for byte: seen. This spares the Unicode-aware prefix
            // test and hash per row that made this loop a serial 3 ms after the last probe of a 2,000-file run.
            if let walked = walkedPaths[row["id"]], walked.utf8.elementsEqual(path.utf8) { continue }
            guard underRoots(path), !seenPaths.contains(path) else { continue }
            missing += 1
            if row["status"] as String == ResourceRow.Status.present.rawValue {
                try db.execute(
                    sql: "UPDATE resource SET status = 'missing', missingSince = ? WHERE id = ?",
                    arguments: [now, row["id"] as Int64])
            }
        }
        return missing
    }
}
