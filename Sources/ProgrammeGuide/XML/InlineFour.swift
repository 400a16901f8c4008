/// Up to four values kept inline, by position: the attributes a start tag is read for, as strings or as byte
/// ranges, without an array per element of a large guide.
struct InlineFour<Value> {
    private var values: (Value?, Value?, Value?, Value?) = (nil, nil, nil, nil)

    subscript(position: Int) -> Value? {
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
