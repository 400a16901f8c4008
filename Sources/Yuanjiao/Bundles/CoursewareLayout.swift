import Foundation

/// Where a station keeps the courseware its playlists point to, relative to the bundle folder, so a bundle
/// and its courseware play wherever they are copied together.
///
/// `beside` (the default): the courseware tree sits beside the station folders, `DIR/课件/…` next to
/// `DIR/<station>/`; playlists say `../课件/农业/果树修剪.mp4`. `inside`: each station folder holds its own
/// `课件/…` (what `--with-courseware` on one USB stick per station wants); playlists say `课件/农业/…`.
/// Paths under the courseware root keep their folders; each name is made portable (`PortableName`), and
/// names that would then clash (also by letter case, which FAT32 and NTFS ignore) get `~2`, `~3` …
public struct CoursewareLayout: Sendable, Hashable {
    public enum Placement: String, Sendable, Hashable, CaseIterable, Codable {
        case beside
        case inside
    }

    public var placement: Placement
    /// The county office's courseware root the relative paths start from.
    public var root: String
    /// Catalogue path → path inside the layout, starting with `课件/`.
    public private(set) var relativePaths: [String: String]

    public static let folderName = "课件"

    /// The layout for every courseware path of a plan; `root` nil takes the deepest folder that holds them all.
    public init(paths: some Sequence<String>, root: String?, placement: Placement) {
        self.placement = placement
        let distinct = Set(paths).sorted()
        let absolute = distinct.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let rootPath = root.map { URL(fileURLWithPath: $0).standardizedFileURL.path } ?? Self.commonFolder(absolute)
        self.root = rootPath
        let rootComponents = Self.components(rootPath)
        var taken: Set<String> = []
        var relative: [String: String] = [:]
        for (path, full) in zip(distinct, absolute) {
            let parts = Self.components(full)
            let inside = parts.starts(with: rootComponents) ? Array(parts.dropFirst(rootComponents.count)) : parts
            var portable = [Self.folderName] + inside.map(PortableName.component)
            portable[portable.count - 1] = Self.unclashed(portable, taken: taken)
            let joined = portable.joined(separator: "/")
            taken.insert(joined.lowercased())
            relative[path] = joined
        }
        relativePaths = relative
    }

    /// The path from the station's bundle folder to the courseware file, with forward slashes.
    public func reference(_ path: String) -> String? {
        relativePaths[path].map { placement == .beside ? "../" + $0 : $0 }
    }

    /// Catalogue paths whose names had to change for the station's disk.
    public var renamed: [String: String] {
        relativePaths.filter { path, relative in
            let original = Self.components(URL(fileURLWithPath: path).standardizedFileURL.path).last ?? ""
            return relative.split(separator: "/").last.map(String.init) != original
        }
    }

    private static func unclashed(_ portable: [String], taken: Set<String>) -> String {
        let name = portable[portable.count - 1]
        let folder = portable.dropLast().joined(separator: "/")
        func key(_ candidate: String) -> String { (folder + "/" + candidate).lowercased() }
        guard taken.contains(key(name)) else { return name }
        let dot = name.lastIndex(of: ".")
        let stem = dot.map { String(name[..<$0]) } ?? name
        let suffix = dot.map { String(name[$0...]) } ?? ""
        var number = 2
        while taken.contains(key("\(stem)~\(number)\(suffix)")) { number += 1 }
        return "\(stem)~\(number)\(suffix)"
    }

    private static func components(_ path: String) -> [String] {
        path.split(separator: "/").map(String.init)
    }

    private static func commonFolder(_ paths: [String]) -> String {
        guard var common = paths.first.map({ Array(components($0).dropLast()) }) else { return "/" }
        for path in paths.dropFirst() {
            let folder = components(path).dropLast()
            common = Array(zip(common, folder).prefix { $0 == $1 }.map(\.0))
        }
        return "/" + common.joined(separator: "/")
    }
}
