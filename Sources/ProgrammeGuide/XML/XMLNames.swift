import Foundation

/// Element or attribute names the parser looks for, compared with the bytes libxml2 hands out: a 100 MB guide
/// has millions of elements and attributes, and making a String of each name was a measurable share of reading it.
/// A class: every `XMLAttributes` refers to its list, and one reference costs less to copy than two arrays.
final class XMLNames: Sendable {
    private let names: [String]
    private let bytes: [[UInt8]]

    init(_ names: [String]) {
        self.names = names
        bytes = names.map { Array($0.utf8) }
    }

    var count: Int { names.count }

    /// The position of `name` in the list.
    func position(of name: String) -> Int? {
        names.firstIndex(of: name)
    }

    /// The position of the NUL-terminated `name` in the list; nil for any other name.
    func position(of name: UnsafePointer<UInt8>) -> Int? {
        let length = strlen(name)
        let given = UnsafeBufferPointer(start: name, count: length)
        for (position, candidate) in bytes.enumerated() where candidate.count == length {
            if candidate.elementsEqual(given) { return position }
        }
        return nil
    }
}
