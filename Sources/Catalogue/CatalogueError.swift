import Foundation

/// What went wrong with the catalogue file itself (not with one courseware file).
public struct CatalogueError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The file exists but is not an SQLite database, or is an SQLite database of another program.
        case notACatalogue
        /// Written by a newer Yuanjiao: opening it here could damage it.
        case newerSchema
        /// Written by an older Yuanjiao: a read-only command cannot upgrade it, a writing command will.
        case olderSchema
        /// SQLite refused (permissions, disk full, locked for too long).
        case database
        /// A resource id, topic or other reference that does not exist.
        case notFound
        /// A search query with nothing searchable in it.
        case badQuery
        /// A read-only command found no catalogue (the file is missing or empty): nothing was created.
        case missingCatalogue
    }

    public var kind: Kind
    public var path: String
    public var message: String

    public init(_ kind: Kind, path: String, message: String) {
        self.kind = kind
        self.path = path
        self.message = message
    }

    public var description: String { path.isEmpty ? message : "\(path): \(message)" }
}
