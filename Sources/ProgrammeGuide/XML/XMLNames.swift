import Foundation

/// Element or attribute names the parser looks for, compared with the bytes libxml2 hands out: a 100 MB guide
/// has millions of elements and attributes, and making a String of each name was a measurable share of reading it.
/// A class: every `XMLAttributes` refers to its list, and one reference costs less to copy than two arrays.
final class XMLNames: Sendable {
    private let names: [String]
    /// Each name's UTF-8 bytes with a NUL after them, as libxml2 hands names out.
    private let terminated: [[UInt8]]

    init(_ names: [String]) {
        self.names = names
        terminated = names.map { Array($0.utf8) + [0] }
    }

    var count: Int { names.count }

    /// The position of `name` in the list.
    func position(of name: String) -> Int? {
        names.firstIndex(of: name)
    }

    /// The position of the NUL-terminated `name` in the list; nil for any other name. Compared with `strcmp`,
    /// which stops at the first differing byte: this runs for every element and attribute of a guide.
    func position(of name: UnsafePointer<UInt8>) -> Int? {
        name.withMemoryRebound(to: CChar.self, capacity: 1) { given in
            for position in terminated.indices {
                let found = terminated[position].withUnsafeBufferPointer { candidate in
                    candidate.withMemoryRebound(to: CChar.self) { strcmp($0.baseAddress!, given) == 0 }
                }
                if found { return position }
            }
            return nil
        }
    }
}
