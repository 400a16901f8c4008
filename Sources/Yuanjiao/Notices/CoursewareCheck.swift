import Catalogue
import Foundation

/// One courseware file of a manifest against the station's disk: where the playlists look for it (or, with
/// `--courseware ROOT`, by its path's trailing folders under ROOT), then size, the fast fingerprint (first
/// and last 64 KiB) and, with `--full`, the SHA-256 of every byte.
struct CoursewareCheck {
    var bundle: URL
    var root: URL?
    var full: Bool

    func problem(_ item: BundleManifest.Courseware) -> VerifyReport.Problem? {
        let found: String
        if let root {
            guard let located = Workspace.locate(item.path, under: root) else {
                return .init(path: item.path, kind: .missing, detail: "在 \(root.path) 下找不到这个课件")
            }
            found = located
        } else {
            guard let relative = item.bundlePath else { return nil }
            guard Self.isInsideLayout(relative) else {
                return .init(path: item.path, kind: .manifest, detail: "清单中的课件位置 \(relative) 无效")
            }
            found = Self.join(bundle.path, relative)
        }
        let shown = item.bundlePath ?? found
        let size: Int64
        switch RegularFile.entry(found) {
        case .missing:
            return .init(path: item.path, kind: .missing, detail: "课件不在 \(shown)：播放列表找不到它。请按 说明.txt 复制课件")
        case .regular(let bytes):
            size = bytes
        case .symbolicLink:
            return .init(path: item.path, kind: .notRegular, detail: "\(shown) 是符号链接，未跟随；请放入真正的课件文件")
        case .directory, .other:
            return .init(path: item.path, kind: .notRegular, detail: "\(shown) 不是普通文件")
        }
        if size != item.size {
            return .init(path: item.path, kind: .size, detail: "\(shown)：大小应为 \(item.size) 字节，实际 \(size) 字节")
        }
        if !item.fingerprint.isEmpty {
            guard let fingerprint = try? ContentFingerprint.compute(path: found, size: size) else {
                return .init(path: item.path, kind: .unreadable, detail: "\(shown)：无法读取")
            }
            if fingerprint != item.fingerprint {
                return .init(path: item.path, kind: .fingerprint, detail: "\(shown)：大小相同但开头或结尾的内容不同")
            }
        }
        guard full, let expected = item.sha256 else { return nil }
        do {
            let digest = try FileDigest.sha256(path: found)
            if digest != expected.lowercased() {
                return .init(path: item.path, kind: .checksum, detail: "\(shown)：整个文件的 SHA-256 不符，文件中间有损坏")
            }
        } catch {
            return .init(path: item.path, kind: .unreadable, detail: "\(shown)：\(error.description)")
        }
        return nil
    }

    /// `folder/relative` with `..` taken off textually: resolving links here would follow the very link
    /// `verify` must report.
    static func join(_ folder: String, _ relative: String) -> String {
        var parts = folder.split(separator: "/").map(String.init)
        for part in relative.split(separator: "/") {
            if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
        }
        return "/" + parts.joined(separator: "/")
    }

    /// `课件/…` in the bundle or `../课件/…` beside it, never further out.
    static func isInsideLayout(_ relative: String) -> Bool {
        let trimmed = relative.hasPrefix("../") ? String(relative.dropFirst(3)) : relative
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        return parts.first.map(String.init) == CoursewareLayout.folderName && parts.count > 1
            && !parts.contains { $0.isEmpty || $0 == "." || $0 == ".." }
    }
}
