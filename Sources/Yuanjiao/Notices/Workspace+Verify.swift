public import Foundation
import Catalogue
import Planner

extension Workspace {
    /// `yuanjiao verify`: checks a station bundle against its `manifest.json` — every listed file a regular
    /// file with its SHA-256 and size, nothing else in the folder, links never followed; every courseware file
    /// where the playlists look for it (or under `coursewareRoot`), by size and fingerprint and, with `full`,
    /// by SHA-256 of every byte; and, given `storedRevision`, the bundle's plan revision against the stored
    /// plan's. Needs no catalogue: stations run it offline.
    ///
    /// Under `coursewareRoot` a file is looked for by its path's trailing components, longest first
    /// (`/srv/课件/农业/果树修剪.mp4` → `ROOT/srv/课件/农业/果树修剪.mp4`, …, `ROOT/农业/果树修剪.mp4`,
    /// `ROOT/果树修剪.mp4`), so a copied folder tree is found wherever it was mounted.
    public static func verify(
        bundle: URL, coursewareRoot: URL?, full: Bool = false, storedRevision: ((_ station: String, _ month: String) -> String?)? = nil
    ) -> VerifyReport {
        let manifest: BundleManifest
        switch ManifestReading.read(bundle.appendingPathComponent(BundleManifest.fileName)) {
        case .failure(let problem):
            return VerifyReport(bundle: bundle.path, station: nil, month: nil, files: 0, courseware: 0, coursewareChecked: false, problems: [problem])
        case .success(let read):
            manifest = read
        }
        var problems = manifest.files.compactMap { checkFile($0, in: bundle) }
        let insideCourseware = manifest.courseware.compactMap(\.bundlePath).filter { !$0.hasPrefix("../") }
        let expected = Set([BundleManifest.fileName] + manifest.files.map(\.name) + insideCourseware + ownPlayLogs(in: bundle))
        problems += BundleWalk(expectedFiles: expected).unexpected(in: bundle)
        let check = CoursewareCheck(bundle: bundle, root: coursewareRoot, full: full)
        problems += manifest.courseware.compactMap { check.problem($0) }
        if let storedRevision, let problem = revisionProblem(manifest, stored: storedRevision(manifest.station, manifest.month)) {
            problems.append(problem)
        }
        var report = VerifyReport(
            bundle: bundle.path, station: manifest.station, month: manifest.month, files: manifest.files.count,
            courseware: manifest.courseware.count,
            coursewareChecked: coursewareRoot != nil || manifest.courseware.allSatisfy { $0.bundlePath != nil },
            problems: problems)
        report.fullChecked = full && manifest.courseware.allSatisfy { $0.sha256 != nil }
        report.revisionChecked = storedRevision != nil
        return report
    }

    /// The revision of the stored plan of `station` for `month` (`YYYY-MM`), as a bundle's manifest carries
    /// it; nil when the catalogue holds no such plan.
    public func storedPlanRevision(station: String, month: String) -> String? {
        guard let month = try? YearMonth(parsing: month), let plan = try? storedPlan(station: station, month: month) else { return nil }
        return Self.planRevision(plan, month: month)
    }

    private static func revisionProblem(_ manifest: BundleManifest, stored: String?) -> VerifyReport.Problem? {
        guard let stored else {
            return .init(path: BundleManifest.fileName, kind: .stale, detail: "目录中没有站点 \(manifest.station) \(manifest.month) 的计划，无法确认这个下发包是最新的")
        }
        guard manifest.revision == stored else {
            return .init(
                path: BundleManifest.fileName, kind: .stale,
                detail: "下发包是按旧计划写的（版本 \(manifest.revision ?? "无")，目录中的计划是 \(stored)）：请重新运行 plan --out 生成下发包")
        }
        return nil
    }

    /// The station's own play logs, which `play` and the station page add after the bundle was written:
    /// regular files named `playlog-YYYY-MM.csv` (or the page's `playlog-YYYY-MM-网页.csv`) at the top.
    static func ownPlayLogs(in bundle: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: bundle.path)) ?? []
        return names.filter { name in
            guard name.hasPrefix("playlog-"), name.hasSuffix(".csv"),
                  case .regular = RegularFile.entry(bundle.appendingPathComponent(name).path) else { return false }
            let middle = name.dropFirst("playlog-".count).dropLast(".csv".count)
            let month = middle.hasSuffix("-网页") ? middle.dropLast("-网页".count) : middle
            return (try? YearMonth(parsing: String(month))) != nil && month.count == 7
        }
    }

    private static func checkFile(_ file: BundleManifest.File, in bundle: URL) -> VerifyReport.Problem? {
        // A manifest names files inside its own folder only.
        // The station page's assets sit one folder down (`station/page.js`): each part a plain name, each
        // folder on the way a real folder, never a link.
        let parts = file.name.split(separator: "/", omittingEmptySubsequences: false)
        guard !parts.isEmpty, parts.allSatisfy({ !$0.isEmpty && $0 != ".." && $0 != "." }) else {
            return .init(path: file.name, kind: .manifest, detail: "清单中的文件名无效")
        }
        for depth in parts.indices.dropLast() {
            let folder = parts[...depth].joined(separator: "/")
            guard case .directory = RegularFile.entry(bundle.appendingPathComponent(folder).path) else {
                return .init(path: file.name, kind: .notRegular, detail: "所在的 \(folder) 不是普通文件夹（不存在或是符号链接）；未跟随")
            }
        }
        let url = bundle.appendingPathComponent(file.name)
        switch RegularFile.entry(url.path) {
        case .missing: return .init(path: file.name, kind: .missing, detail: "文件不存在")
        case .symbolicLink: return .init(path: file.name, kind: .notRegular, detail: "是符号链接，不是下发的文件；未跟随")
        case .directory, .other: return .init(path: file.name, kind: .notRegular, detail: "不是普通文件")
        case .regular(let size) where size != file.size:
            return .init(path: file.name, kind: .checksum, detail: "大小应为 \(file.size) 字节，实际 \(size) 字节")
        case .regular:
            break
        }
        let digest: String
        do {
            digest = try FileDigest.sha256(path: url.path)
        } catch {
            return .init(path: file.name, kind: .unreadable, detail: error.description)
        }
        if digest != file.sha256.lowercased() {
            return .init(path: file.name, kind: .checksum, detail: "SHA-256 不符（应为 \(file.sha256.prefix(12))…，实际 \(digest.prefix(12))…），文件已被改动或损坏")
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
