public import Foundation
import Catalogue

extension Workspace {
    /// `yuanjiao verify`: checks a station bundle against its `manifest.json` — every listed file present with
    /// its SHA-256 and size; with `coursewareRoot`, every courseware file found under it with the manifest's
    /// size and fingerprint. Needs no catalogue: stations run it offline.
    ///
    /// Courseware paths are the county office's; under `coursewareRoot` a file is looked for by its path's
    /// trailing components, longest first (`/srv/课件/农业/果树修剪.mp4` → `ROOT/srv/课件/农业/果树修剪.mp4`, …,
    /// `ROOT/农业/果树修剪.mp4`, `ROOT/果树修剪.mp4`), so a copied folder tree is found wherever it was mounted.
    public static func verify(bundle: URL, coursewareRoot: URL?) -> VerifyReport {
        let manifestURL = bundle.appendingPathComponent(BundleManifest.fileName)
        func report(_ manifest: BundleManifest?, _ problems: [VerifyReport.Problem]) -> VerifyReport {
            VerifyReport(
                bundle: bundle.path, station: manifest?.station, month: manifest?.month, files: manifest?.files.count ?? 0,
                courseware: manifest?.courseware.count ?? 0, coursewareChecked: coursewareRoot != nil && manifest != nil,
                problems: problems)
        }
        guard FileManager.default.fileExists(atPath: manifestURL.path) else {
            return report(nil, [.init(path: BundleManifest.fileName, kind: .missing, detail: "清单文件不存在，无法核对下发包")])
        }
        let manifest: BundleManifest
        do {
            manifest = try JSONDecoder().decode(BundleManifest.self, from: Data(contentsOf: manifestURL))
        } catch {
            return report(nil, [.init(path: BundleManifest.fileName, kind: .manifest, detail: "清单文件已损坏，无法读取：\(error)")])
        }
        var problems = manifest.files.compactMap { checkFile($0, in: bundle) }
        if let coursewareRoot {
            problems += manifest.courseware.compactMap { checkCourseware($0, root: coursewareRoot) }
        }
        return report(manifest, problems)
    }

    private static func checkFile(_ file: BundleManifest.File, in bundle: URL) -> VerifyReport.Problem? {
        // A manifest names files inside its own folder only.
        guard !file.name.isEmpty, !file.name.contains("/"), file.name != "..", file.name != "." else {
            return .init(path: file.name, kind: .manifest, detail: "清单中的文件名无效")
        }
        let url = bundle.appendingPathComponent(file.name)
        guard FileManager.default.fileExists(atPath: url.path) else {
            return .init(path: file.name, kind: .missing, detail: "文件不存在")
        }
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            return .init(path: file.name, kind: .unreadable, detail: "\(error.localizedDescription)")
        }
        if Int64(data.count) != file.size {
            return .init(path: file.name, kind: .checksum, detail: "大小应为 \(file.size) 字节，实际 \(data.count) 字节")
        }
        let digest = SHA256.hex(data)
        if digest != file.sha256.lowercased() {
            return .init(path: file.name, kind: .checksum, detail: "SHA-256 不符（应为 \(file.sha256.prefix(12))…，实际 \(digest.prefix(12))…），文件已被改动或损坏")
        }
        return nil
    }

    private static func checkCourseware(_ item: BundleManifest.Courseware, root: URL) -> VerifyReport.Problem? {
        guard let found = locate(item.path, under: root) else {
            return .init(path: item.path, kind: .missing, detail: "在 \(root.path) 下找不到这个课件")
        }
        let attributes = try? FileManager.default.attributesOfItem(atPath: found)
        guard let size = (attributes?[.size] as? NSNumber)?.int64Value else {
            return .init(path: item.path, kind: .unreadable, detail: "\(found)：无法读取文件信息")
        }
        if size != item.size {
            return .init(path: item.path, kind: .size, detail: "\(found)：大小应为 \(item.size) 字节，实际 \(size) 字节")
        }
        guard !item.fingerprint.isEmpty else { return nil }
        do {
            let fingerprint = try ContentFingerprint.compute(path: found, size: size)
            if fingerprint != item.fingerprint {
                return .init(path: item.path, kind: .fingerprint, detail: "\(found)：大小相同但内容不同（指纹 \(fingerprint)，应为 \(item.fingerprint)）")
            }
        } catch {
            return .init(path: item.path, kind: .unreadable, detail: error.description)
        }
        return nil
    }

    /// The first regular file `root/<trailing components of path>`, longest suffix first.
    static func locate(_ path: String, under root: URL) -> String? {
        let components = path.split(separator: "/").map(String.init).filter { $0 != "." && $0 != ".." }
        for start in components.indices {
            var candidate = root
            for component in components[start...] { candidate.appendPathComponent(component) }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                return candidate.path
            }
        }
        return nil
    }
}
