/// The attributes an element is read for, by local name (`lang` for `xml:lang`): at most four, kept inline, so
/// reading an element of a large guide allocates nothing for its attributes but their values.
struct XMLAttributes {
    let names: XMLNames
    private var values = InlineFour<String>()

    init(names: XMLNames) {
        precondition(names.count <= 4, "XMLAttributes keeps at most four attributes")
        self.names = names
    }

    /// The first attribute of that name; nil when the element has none or it is not one of `names`.
    subscript(name: String) -> String? {
        names.position(of: name).flatMap { self[position: $0] }
    }

    subscript(position position: Int) -> String? {
        get { values[position] }
        set { values[position] = newValue }
    }
}
