public import Foundation

/// One entry of the librarian change log: who changed what, when, and every resource's state before
/// and after. A bulk tag or an import is one change, undone as a whole.
public struct LibrarianChange: Sendable, Codable, Equatable {
    public enum Kind: String, Sendable, Codable {
        case tag
        case `import`
        case undo
    }

    public struct Item: Sendable, Codable, Equatable {
        public var resource: Int64
        /// The resource's title now (the log stores ids; titles follow guide links and rescans).
        public var title: String?
        public var before: LibrarianState
        public var after: LibrarianState
    }

    public var id: Int64
    public var kind: Kind
    /// What was asked, e.g. `tag 12 13 --topic law --tag 普法` or `import-tags 交换.csv`.
    public var summary: String
    public var by: String
    public var at: Date
    /// For an undo: the change it reverted.
    public var undoes: Int64?
    /// Set once this change has been reverted, to the undo's id.
    public var undoneBy: Int64?
    /// How many resources the change touched (all of them, even when `items` is cut short).
    public var resources: Int
    public var items: [Item]
}

/// What a tag or import did (or, in a dry run, would do) to one resource.
public struct ResourceChange: Sendable, Codable, Equatable {
    public var id: Int64
    public var title: String
    public var before: LibrarianState
    public var after: LibrarianState
}
