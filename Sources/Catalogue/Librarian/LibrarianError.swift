/// A librarian request that cannot be carried out as asked. Unknown resources and topics are
/// `CatalogueError.notFound`, like everywhere else in the catalogue; these are the librarian's own.
public struct LibrarianError: Error, Sendable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// The edit itself is wrong (an empty tag, an episode without a series): bad usage.
        case badEdit
        /// No change with that id in the log: bad usage.
        case unknownChange
        /// The change was undone already.
        case alreadyUndone
        /// The log holds nothing left to undo.
        case nothingToUndo
        /// Resources of the change were changed again later: undoing it would overwrite that work.
        case undoConflict
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) {
        self.kind = kind
        self.message = message
    }

    /// The CLI contract's exit code: 2 for bad usage, 1 for a job that could not be done.
    public var isUsageError: Bool { kind == .badEdit || kind == .unknownChange || kind == .alreadyUndone }

    public var description: String { message }
}
