import Foundation

/// The file name and stem of a path as `NSString.lastPathComponent` and `deletingPathExtension` give them on
/// Linux, without bridging each path to an `NSString` (that was a tenth of the indexer's writer per file).
/// Paths the walker never produces (empty, ending in `/`) and a `/` or `.` joined to a combining mark (NSString
/// keeps such a character whole) go through `NSString` itself.
enum PathName {
    static func lastComponent(_ path: String) -> String {
        guard let last = path.utf8.last, last != UInt8(ascii: "/") else { return (path as NSString).lastPathComponent }
        guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return path }
        let start = path.utf8.index(after: slash)
        guard String.Index(start, within: path) != nil else { return (path as NSString).lastPathComponent }
        return String(path[start...])
    }

    /// What follows the last dot, unless that dot starts the name (then nothing), as `NSString.pathExtension`
    /// gives it for every extension the walker skips.
    static func fileExtension(ofName name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return "" }
        return String(decoding: name.utf8[name.utf8.index(after: dot)...], as: UTF8.self)
    }

    /// The name without its extension: everything before the last dot, unless that dot starts the name.
    static func stem(ofName name: String) -> String {
        guard let dot = name.utf8.lastIndex(of: UInt8(ascii: ".")), dot != name.startIndex else { return name }
        guard String.Index(dot, within: name) != nil, String.Index(name.utf8.index(after: dot), within: name) != nil else {
            return (name as NSString).deletingPathExtension
        }
        return String(name[..<dot])
    }
}
