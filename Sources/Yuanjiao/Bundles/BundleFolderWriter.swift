import Foundation

/// Writes one station's bundle the way a station can trust: every file into a temporary sibling folder
/// (`DIR/.yuanjiao-tmp-<station>-…`, `stage`), made durable with the other folders of its batch by one sync
/// (`FolderDurability.sync`), then exchanged with the old folder and the old one removed (`commit`). A kill
/// leaves the old bundle or the new one, plus at most temporary folders that the next run removes.
struct BundleFolderWriter {
    var directory: URL
    var manifest: BundleManifest
    var files: [(name: String, data: Data)]
    /// Copy the courseware into the bundle folder (`--with-courseware --layout inside`).
    var placeCourseware: Bool

    struct Outcome: Sendable {
        var folder: URL
        var temporary: URL
        var linked = 0
        var copied = 0
    }

    static let temporaryPrefix = ".yuanjiao-tmp-"

    /// Writes the bundle into its temporary folder, without syncing; removes it again on failure.
    func stage() throws(FolderDurability.Failure) -> Outcome {
        let target = directory.appendingPathComponent(manifest.station, isDirectory: true)
        let temporary = directory.appendingPathComponent(
            Self.temporaryPrefix + manifest.station + "-" + UUID().uuidString.prefix(8).lowercased(), isDirectory: true)
        var outcome = Outcome(folder: target, temporary: temporary)
        do throws(FolderDurability.Failure) {
            guard mkdir(temporary.path, 0o755) == 0 else {
                throw FolderDurability.Failure(description: "无法创建临时文件夹：\(SystemErrorText.chinese(errno))")
            }
            var manifest = manifest
            var folders: Set<String> = []
            for file in files {
                // The station page keeps its assets in a sub-folder (`station/page.js`).
                let parts = file.name.split(separator: "/").dropLast()
                for depth in parts.indices {
                    let folder = parts[...depth].joined(separator: "/")
                    guard folders.insert(folder).inserted else { continue }
                    guard mkdir(temporary.appendingPathComponent(folder).path, 0o755) == 0 else {
                        throw FolderDurability.Failure(description: "无法创建文件夹 \(folder)：\(SystemErrorText.chinese(errno))")
                    }
                }
                try FolderDurability.write(file.data, to: temporary.appendingPathComponent(file.name))
                manifest.files.append(.init(name: file.name, sha256: SHA256.hex(file.data), size: Int64(file.data.count)))
            }
            if placeCourseware {
                for entry in manifest.courseware {
                    guard let relative = entry.bundlePath, FileManager.default.fileExists(atPath: entry.path) else { continue }
                    let method = try CoursewarePlacer.place(
                        entry, at: temporary.appendingPathComponent(relative), previous: target.appendingPathComponent(relative))
                    if method == .copied { outcome.copied += 1 } else { outcome.linked += 1 }
                }
            }
            try FolderDurability.write(try Self.encode(manifest), to: temporary.appendingPathComponent(BundleManifest.fileName))
            return outcome
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Puts a staged, synced bundle in place of the old one.
    static func commit(_ outcome: Outcome) throws(FolderDurability.Failure) {
        do throws(FolderDurability.Failure) {
            if try FolderDurability.replace(outcome.folder, with: outcome.temporary) {
                try? FileManager.default.removeItem(at: outcome.temporary)
            }
        } catch {
            try? FileManager.default.removeItem(at: outcome.temporary)
            throw error
        }
    }

    static func encode(_ manifest: BundleManifest) throws(FolderDurability.Failure) -> Data {
        do {
            return try JSONFormat.fileData(manifest)
        } catch {
            throw FolderDurability.Failure(description: "无法生成清单文件")
        }
    }
}
