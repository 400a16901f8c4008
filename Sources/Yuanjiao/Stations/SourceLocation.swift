import Yams

/// A line and column in the station file, both from 1 (columns in Unicode scalars, as libyaml counts).
struct SourceLocation: Hashable, Comparable, Sendable {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Yams leaves a node's mark nil only for nodes built in code, never for parsed ones.
    init(_ mark: Mark?) {
        self.init(line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A value read from the file with where it was written: the value's node and, for lists, each element's node
/// (after expansion, so `avoid_dates` ranges give every expanded day the range's location).
struct Located<Value> {
    var value: Value
    var at: SourceLocation
    var elements: [SourceLocation] = []

    /// Where element `index` was written; the whole value when the index is unknown.
    func location(ofElement index: Int?) -> SourceLocation {
        guard let index, elements.indices.contains(index) else { return at }
        return elements[index]
    }
}

/// One problem before it is tied to a file path.
struct Finding: Hashable {
    var at: SourceLocation
    var message: String
}

extension Located: Sendable where Value: Sendable {}
