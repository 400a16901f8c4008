/// What an edit does to one single-valued field: leave it, set it, or empty it.
public enum FieldChange<Value: Sendable & Hashable>: Sendable, Hashable {
    case keep
    case set(Value)
    case clear

    func applied(to value: Value?) -> Value? {
        switch self {
        case .keep: return value
        case .set(let new): return new
        case .clear: return nil
        }
    }

    var isKeep: Bool {
        if case .keep = self { return true }
        return false
    }
}
