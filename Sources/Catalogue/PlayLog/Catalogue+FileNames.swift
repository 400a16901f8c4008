import GRDB

extension Catalogue {
    /// The file names (last path component) of every indexed resource: a play log names files as the
    /// station's player saw them, inside the bundle, so only the name is shared with the catalogue.
    public func resourceFileNames() throws(CatalogueError) -> Set<String> {
        try read { db in
            var names = Set<String>()
            for path in try String.fetchAll(db, sql: "SELECT path FROM resource") {
                names.insert(String(path.split(separator: "/").last ?? Substring(path)))
            }
            return names
        }
    }
}

extension Catalogue {
    /// The paths of the indexed resources with each of the given content fingerprints (several when a
    /// course was indexed twice); fingerprints no resource has are left out.
    public func resourcePaths(fingerprints: Set<String>) throws(CatalogueError) -> [String: [String]] {
        let wanted = fingerprints.sorted()
        guard !wanted.isEmpty else { return [:] }
        return try read { db in
            var paths: [String: [String]] = [:]
            for start in stride(from: 0, to: wanted.count, by: 500) {
                let chunk = Array(wanted[start..<min(start + 500, wanted.count)])
                let rows = try Row.fetchAll(
                    db, sql: "SELECT fingerprint, path FROM resource WHERE fingerprint IN (\(chunk.map { _ in "?" }.joined(separator: ","))) ORDER BY path",
                    arguments: StatementArguments(chunk))
                for row in rows { paths[row["fingerprint"], default: []].append(row["path"]) }
            }
            return paths
        }
    }
}
