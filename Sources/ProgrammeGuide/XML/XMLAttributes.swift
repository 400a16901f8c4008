/// The attributes an element is read for, by local name (`lang` for `xml:lang`): at most four, kept inline, so
/// reading an element of a large guide allocates nothing for its attributes but their values.
struct XMLAttributes {
    let names: XMLNames
    private var values: (String?, String?, String?, String?) = (nil, nil, nil, nil)

    init(names: XMLNames) {
        precondition(names.count <= 4, "XMLAttributes keeps at most four attributes")
        self.names = names
    }

    /// The first attribute of that name; nil when the element has none or it is not one of `names`.
    subscript(name: String) -> String? {
        names.position(of: name).flatMap { self[position: $0] }
    }

    subscript(position position: Int) -> String? {
        get {
            switch position {
            case 0: values.0
            case 1: values.1
            case 2: values.2
            default: values.3
            }
        }
        set {
            switch position {
            case 0: values.0 = newValue
            case 1: values.1 = newValue
            case 2: values.2 = newValue
            default: values.3 = newValue
            }
        }
    }
}
