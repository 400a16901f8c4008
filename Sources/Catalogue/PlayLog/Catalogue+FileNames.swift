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
