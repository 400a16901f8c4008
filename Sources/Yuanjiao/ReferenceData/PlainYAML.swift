import Yams

/// A quick reader for the reference-data YAML files, for the common case: a document of plain strings, lists
/// and mappings. It reads libyaml's node tree without resolving tags (Yams' resolver runs regular expressions on
/// every scalar) and without `Codable`, which together were a quarter of `yuanjiao show`'s start-up.
/// Anything it is not sure of gives nil, and the caller decodes the file the careful way instead, with the
/// same result or the same located error: the quick path never accepts what that path would refuse.
enum PlainYAML {
    /// The document's root node, parsed without tag resolution; nil when libyaml refuses the text.
    static func root(of text: String) -> Node? {
        (try? Yams.compose(yaml: text, .basic)) ?? nil
    }

    /// `node` as a mapping, keyed by plain keys; nil for anything else, or a key written twice.
    static func mapping(_ node: Node?) -> [String: Node]? {
        guard case .mapping(let mapping)? = node else { return nil }
        var result: [String: Node] = [:]
        for pair in mapping {
            guard let key = string(pair.key), result.updateValue(pair.value, forKey: key) == nil else { return nil }
        }
        return result
    }

    /// A string scalar; nil for a list, a mapping, an alias, a null or an explicitly typed value.
    static func string(_ node: Node?) -> String? {
        guard case .scalar(let scalar)? = node, ["", "!", Tag.Name.str.rawValue].contains(scalar.tag.rawValue) else {
            return nil
        }
        if scalar.style == .plain, ["", "~", "null", "Null", "NULL"].contains(scalar.string) { return nil }
        return scalar.string
    }

    /// A list of string scalars; nil when it is anything else.
    static func strings(_ node: Node?) -> [String]? {
        guard case .sequence(let sequence)? = node else { return nil }
        var result: [String] = []
        result.reserveCapacity(sequence.count)
        for item in sequence {
            guard let text = string(item) else { return nil }
            result.append(text)
        }
        return result
    }

    /// An optional string: absent is `.some(nil)`, present but not a plain string is nil.
    static func optionalString(_ node: Node?) -> String?? {
        guard let node else { return .some(nil) }
        return string(node).map { .some($0) }
    }

    /// An optional list of strings, the same way.
    static func optionalStrings(_ node: Node?) -> [String]?? {
        guard let node else { return .some(nil) }
        return strings(node).map { .some($0) }
    }
}
