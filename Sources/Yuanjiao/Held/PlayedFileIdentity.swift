import Catalogue
import Foundation

/// Which catalogued course the file of a play log line is. By content when the file can be found: on this
/// machine (a path on the station PC, or relative to the log, as `yuanjiao play` writes `../课件/…`), else
/// through the manifest of the bundle the log came back in; then a renamed or moved copy still counts as
/// the planned course and another file that only shares its name does not. By name when neither finds it.
struct PlayedFileIdentity {
    enum Resolution: Equatable {
        /// The content is a catalogued course; its name as the catalogue (and the plan) has it.
        case course(name: String)
        /// The content is no catalogued course, yet the name is a catalogued or planned one.
        case otherContent
        /// The file could not be found: only the name is known.
        case byName
    }

    private var fingerprints: [String: String] = [:]
    private var paths: [String: [String]] = [:]

    /// Fingerprints every distinct file of `lines` once, and looks them up in the catalogue in one go.
    init(logFile: URL, files: Set<String>, catalogue: Catalogue) throws(CatalogueError) {
        let folder = logFile.deletingLastPathComponent()
        let manifest = Self.manifestFingerprints(folder.appendingPathComponent(BundleManifest.fileName))
        for file in files {
            if let found = Self.fingerprintOnDisk(file, folder: folder) ?? manifest[file] { fingerprints[file] = found }
        }
        paths = try catalogue.resourcePaths(fingerprints: Set(fingerprints.values))
    }

    func resolve(_ file: String, name: String, knownNames: (String) -> Bool, planned: Set<String>) -> Resolution {
        guard let fingerprint = fingerprints[file] else { return .byName }
        guard let matches = paths[fingerprint]?.map(PlayMatcher.fileName), let first = matches.first else {
            return knownNames(name) || planned.contains(name) ? .otherContent : .byName
        }
        return .course(name: matches.first(where: planned.contains) ?? (matches.contains(name) ? name : first))
    }

    private static func fingerprintOnDisk(_ file: String, folder: URL) -> String? {
        guard !file.contains("\\"), !file.isEmpty else { return nil }
        let url = file.hasPrefix("/") ? URL(fileURLWithPath: file) : folder.appendingPathComponent(file).standardizedFileURL
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
              attributes[.type] as? FileAttributeType == .typeRegular,
              let size = (attributes[.size] as? NSNumber)?.int64Value
        else { return nil }
        return try? ContentFingerprint.compute(path: url.path, size: size)
    }

    /// bundle path → catalogue fingerprint from the returned bundle's `manifest.json`, empty without one.
    private static func manifestFingerprints(_ url: URL) -> [String: String] {
        guard case .regular = RegularFile.entry(url.path),
              let data = try? RegularFile.read(url.path, limit: BundleManifest.maximumSize),
              let manifest = try? JSONDecoder().decode(BundleManifest.self, from: data)
        else { return [:] }
        var fingerprints: [String: String] = [:]
        for entry in manifest.courseware where !entry.fingerprint.isEmpty {
            if let bundlePath = entry.bundlePath { fingerprints[bundlePath] = entry.fingerprint }
        }
        return fingerprints
    }
}
