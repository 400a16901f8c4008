/// Why a document could not be read, in the Chinese the index report shows beside the file's path.
public struct DocumentFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Kind: Sendable, Hashable {
        case unreadable
        case encrypted
        case broken
        case unsafe
        case unknownEncoding
    }

    public var kind: Kind
    public var reason: String

    public init(_ kind: Kind, _ reason: String) {
        self.kind = kind
        self.reason = reason
    }

    public var description: String { reason }
}
