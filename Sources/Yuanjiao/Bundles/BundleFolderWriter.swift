import Foundation

/// Writes one station's bundle the way a station can trust: every file into a temporary sibling folder
/// (`DIR/.yuanjiao-tmp-<station>-…`), one sync for the folder, then an exchange with the old folder and the
/// old one removed. A kill leaves the old bundle or the new one, plus at most a temporary folder that the
/// next run removes.
struct BundleFolderWriter {
    var directory: URL
    var manifest: BundleManifest
    var files: [(name: String, data: Data)]
    /// Copy the courseware into the bundle folder (`--with-courseware --layout inside`).
    var placeCourseware: Bool

    struct Outcome {
        var folder: URL
        var linked = 0
        var copied = 0
    }

    static let temporaryPrefix = ".yuanjiao-tmp-"

    func write() throws(FolderDurability.Failure) -> Outcome {
        let target = directory.appendingPathComponent(manifest.station, isDirectory: true)
        let temporary = directory.appendingPathComponent(
            Self.temporaryPrefix + manifest.station + "-" + UUID().uuidString.prefix(8).lowercased(), isDirectory: true)
        var outcome = Outcome(folder: target)
        do throws(FolderDurability.Failure) {
            guard mkdir(temporary.path, 0o755) == 0 else {
                throw FolderDurability.Failure(description: "无法创建临时文件夹：\(SystemErrorText.chinese(errno))")
            }
            var manifest = manifest
            for file in files {
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
            try FolderDurability.sync(folder: temporary)
            if try FolderDurability.replace(target, with: temporary) {
                try? FileManager.default.removeItem(at: temporary)
            }
            return outcome
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    static func encode(_ manifest: BundleManifest) throws(FolderDurability.Failure) -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        do {
            var data = try encoder.encode(manifest)
            data.append(UInt8(ascii: "\n"))
            return data
        } catch {
            throw FolderDurability.Failure(description: "无法生成清单文件")
        }
    }
}
