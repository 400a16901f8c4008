public import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Why `plan --out DIR` cannot write there; checked before the plan is made and stored, so a bad output
/// location never leaves a stored plan without bundles.
public struct BundleOutputError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

extension Workspace {
    /// Checks (and creates) the bundle folder before planning: a folder, writable, with room for a folder
    /// per station under a name every disk accepts. Leaves temporary folders alone: they may be another
    /// run's, still being written (`removeLeftovers` runs under the output lock).
    public static func prepareBundleOutput(_ directory: URL, stationIDs: [String]) throws(BundleOutputError) {
        let path = directory.path
        var info = stat()
        if stat(path, &info) == 0 {
            guard (info.st_mode & S_IFMT) == S_IFDIR else {
                throw BundleOutputError(description: "--out \(path) 是一个文件，不是文件夹：请换一个文件夹名，或先移走这个文件")
            }
        } else {
            do {
                try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            } catch {
                throw BundleOutputError(description: "无法创建输出文件夹 \(path)：\(SystemErrorText.chinese(error))。请换一个可写的位置")
            }
        }
        let probe = directory.appendingPathComponent(BundleFolderWriter.temporaryPrefix + "probe-" + UUID().uuidString.prefix(8))
        do {
            try FolderDurability.write(Data("yuanjiao".utf8), to: probe)
            unlink(probe.path)
        } catch {
            unlink(probe.path)
            throw BundleOutputError(description: "输出文件夹 \(path) 不可写（\(error.description)）。请检查权限或换一个位置")
        }
        for id in stationIDs {
            if let problem = StationIDRule.problem(id) {
                throw BundleOutputError(description: "站点编号 \(id) 不能用作文件夹名：\(problem)")
            }
            let folder = directory.appendingPathComponent(id).path
            if lstat(folder, &info) == 0, (info.st_mode & S_IFMT) != S_IFDIR {
                throw BundleOutputError(description: "\(folder) 已存在但不是文件夹，下发包无法写入：请先移走它")
            }
        }
    }

    /// Temporary folders and files of an interrupted run, at the top and in the shared courseware tree. Only
    /// called while holding the output lock: without it, a second run would remove the folders the first is
    /// still writing (a concurrent-runs test caught a bundle failing with 「无法创建 fold.js」 that way).
    static func removeLeftovers(in directory: URL) {
        let manager = FileManager.default
        for folder in [directory, directory.appendingPathComponent(CoursewareLayout.folderName)] {
            for name in (try? manager.contentsOfDirectory(atPath: folder.path)) ?? []
            where name.hasPrefix(BundleFolderWriter.temporaryPrefix) {
                try? manager.removeItem(at: folder.appendingPathComponent(name))
            }
        }
    }
}
