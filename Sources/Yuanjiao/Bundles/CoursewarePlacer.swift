import Catalogue
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Puts a courseware file into a layout (`--with-courseware`): a hard link where source and bundle share a
/// disk (instant, no space), else a copy. A file already in place with the same size and fingerprint is
/// kept, so a rerun only adds what changed.
enum CoursewarePlacer {
    enum Method { case linked, copied, kept }

    /// Places `entry`'s file at `destination`; `previous` is the same file in the bundle being replaced.
    static func place(
        _ entry: BundleManifest.Courseware, at destination: URL, previous: URL? = nil
    ) throws(FolderDurability.Failure) -> Method {
        if matches(destination, entry) { return .kept }
        do {
            try FileManager.default.createDirectory(at: destination.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw FolderDurability.Failure(description: "无法创建课件文件夹：\(SystemErrorText.chinese(error))")
        }
        // Into a temporary name first: a half-copied file never sits under the real name.
        let temporary = destination.deletingLastPathComponent()
            .appendingPathComponent(".yuanjiao-tmp-" + UUID().uuidString.prefix(8).lowercased())
        defer { unlink(temporary.path) }
        var method = Method.linked
        if let previous, matches(previous, entry), link(previous.path, temporary.path) == 0 {
            method = .linked
        } else if link(entry.path, temporary.path) == 0 {
            method = .linked
        } else {
            do {
                try FileManager.default.copyItem(atPath: entry.path, toPath: temporary.path)
            } catch {
                throw FolderDurability.Failure(description: "无法复制课件 \(entry.path)：\(SystemErrorText.chinese(error))")
            }
            method = .copied
        }
        guard rename(temporary.path, destination.path) == 0 else {
            throw FolderDurability.Failure(description: "无法放置课件 \(destination.lastPathComponent)：\(SystemErrorText.chinese(errno))")
        }
        return method
    }

    /// True when `url` is a regular file (not a link to one) of the entry's size and fingerprint.
    static func matches(_ url: URL, _ entry: BundleManifest.Courseware) -> Bool {
        var info = stat()
        guard lstat(url.path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, Int64(info.st_size) == entry.size else {
            return false
        }
        guard !entry.fingerprint.isEmpty else { return false }
        return (try? ContentFingerprint.compute(path: url.path, size: entry.size)) == entry.fingerprint
    }
}
