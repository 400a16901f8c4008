/// An element's attributes by local name (`lang` for `xml:lang`). XMLTV elements carry one to four, so a
/// list searched in order beats hashing into a dictionary for every element of a large guide.
struct XMLAttributes {
    private var pairs: [(name: String, value: String)] = []

    mutating func append(name: String, value: String) {
        pairs.append((name, value))
    }

    /// The first attribute of that name.
    subscript(name: String) -> String? {
        pairs.first { $0.name == name }?.value
    }
}
