import Catalogue
import Foundation
import Planner
import Synchronization

/// Every courseware file of a plan measured once, however many stations share it: size and fingerprint
/// (the catalogue's, or the disk's for a file the catalogue lost), the full SHA-256 for `verify --full`,
/// and its place in the station's layout.
struct CoursewareInventory {
    private(set) var entries: [String: BundleManifest.Courseware] = [:]
    /// Planned paths not on this disk: no copy, no full checksum.
    private(set) var missing: Set<String> = []

    init(paths: [String], known: [String: ResourceFile], layout: CoursewareLayout) {
        let distinct = Array(Set(paths)).sorted()
        let measured = Mutex<[String: (size: Int64, fingerprint: String, sha256: String?)]>([:])
        DispatchQueue.concurrentPerform(iterations: distinct.count) { index in
            let path = distinct[index]
            let onDisk = Self.regularFileSize(path)
            var size = known[path]?.size ?? onDisk ?? 0
            var fingerprint = known[path]?.fingerprint ?? ""
            var sha256: String?
            if let onDisk {
                if fingerprint.isEmpty {
                    size = onDisk
                    fingerprint = (try? ContentFingerprint.compute(path: path, size: onDisk)) ?? ""
                }
                sha256 = try? FileDigest.sha256(path: path)
            }
            measured.withLock { $0[path] = (size, fingerprint, sha256) }
        }
        let results = measured.withLock { $0 }
        for path in distinct {
            guard let result = results[path] else { continue }
            if result.sha256 == nil { missing.insert(path) }
            entries[path] = BundleManifest.Courseware(
                path: path, size: result.size, fingerprint: result.fingerprint, bundlePath: layout.reference(path),
                sha256: result.sha256)
        }
    }

    /// A station's courseware, sorted by path.
    func courseware(of plan: StationPlan) -> [BundleManifest.Courseware] {
        Set(plan.sessions.flatMap { $0.items.map(\.path) + $0.materials.map(\.path) }).compactMap { entries[$0] }.sorted { $0.path < $1.path }
    }

    /// The size of the regular file at `path`, nil when there is none (a symbolic link to one counts).
    static func regularFileSize(_ path: String) -> Int64? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        return Int64(info.st_size)
    }
}
