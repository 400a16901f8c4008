import GRDB

/// Where a resource's file is and what its content looks like, as the catalogue last saw it: what a station
/// bundle's manifest lists so the station can check its courseware offline.
public struct ResourceFile: Sendable, Hashable {
    public var id: Int64
    public var path: String
    public var size: Int64
    /// `Fingerprint`: size and FNV-1a 64 of the first and last 64 KiB, e.g. `1f400-8c3e…`.
    public var fingerprint: String

    public init(id: Int64, path: String, size: Int64, fingerprint: String) {
        self.id = id
        self.path = path
        self.size = size
        self.fingerprint = fingerprint
    }
}

extension Catalogue {
    /// Path, size and fingerprint of each given resource; ids the catalogue does not know are left out.
    public func resourceFiles(ids: [Int64]) throws(CatalogueError) -> [Int64: ResourceFile] {
        let wanted = Array(Set(ids)).sorted()
        guard !wanted.isEmpty else { return [:] }
        return try read { db in
            var files: [Int64: ResourceFile] = [:]
            // SQLite limits bound parameters per statement; 500 stays far below every build's limit.
            for start in stride(from: 0, to: wanted.count, by: 500) {
                let chunk = Array(wanted[start..<min(start + 500, wanted.count)])
                let rows = try Row.fetchAll(
                    db, sql: "SELECT id, path, size, fingerprint FROM resource WHERE id IN (\(chunk.map { _ in "?" }.joined(separator: ",")))",
                    arguments: StatementArguments(chunk))
                for row in rows {
                    let file = ResourceFile(id: row["id"], path: row["path"], size: row["size"], fingerprint: row["fingerprint"])
                    files[file.id] = file
                }
            }
            return files
        }
    }
}

/// The catalogue's content fingerprint of a file on disk, for checking courseware against a manifest
/// without a catalogue (a station's own machine).
public enum ContentFingerprint {
    /// The fingerprint of the file at `path` whose size is `size` (as `stat` reports it).
    /// Throws `CatalogueError` of kind `.notFound` when the file cannot be read.
    public static func compute(path: String, size: Int64) throws(CatalogueError) -> String {
        do {
            return try Fingerprint.compute(path: path, size: size)
        } catch {
            switch error {
            case .unreadable(let reason): throw CatalogueError(.notFound, path: path, message: "无法读取文件：\(reason)")
            }
        }
    }
}
