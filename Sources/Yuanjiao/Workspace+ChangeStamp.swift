public import Foundation

extension Workspace {
    /// A number that changes whenever anything is committed to the catalogue, by this process or another:
    /// what the console keys its caches on (one cheap `PRAGMA` on a private connection, no table read).
    public func catalogueChangeStamp() throws(YuanjiaoError) -> Int64 {
        try Self.boundary { try catalogue.changeStamp() }
    }

    /// The size and modification time of `file`, nil when it cannot be read: with the catalogue's stamp,
    /// the version of what a page computed from a station file.
    public static func fileStamp(_ file: URL) -> String? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: file.path),
            let modified = attributes[.modificationDate] as? Date, let size = attributes[.size] as? NSNumber
        else { return nil }
        return "\(size)-\(modified.timeIntervalSinceReferenceDate)"
    }
}
