public import Foundation
import Notices
import Catalogue
public import Planner

extension Workspace {
    /// `plan --out DIR`: per station a folder with playlists (M3U8 per session, XSPF, plan.json,
    /// plan.ics), the three notices and a manifest.json with a SHA-256 of every file.
    /// Returns the folders written.
    public func writeBundles(
        _ plan: MonthPlan, stationFile: StationFile, to directory: URL
    ) throws -> [URL] {
        try writeBundles(plan, stationFile: stationFile, to: directory, generated: Date())
    }

    /// `writeBundles` with the time the manifest and the iCalendar stamps carry.
    public func writeBundles(
        _ plan: MonthPlan, stationFile: StationFile, to directory: URL, generated: Date
    ) throws -> [URL] {
        let names = noticeTopicNames()
        let ids = plan.stations.flatMap { $0.sessions.flatMap { $0.items.map(\.id) } }
        let known = try catalogue.resourceFiles(ids: ids)
        var folders: [URL] = []
        for stationPlan in plan.stations {
            // A plan always comes from this file; a bare station keeps the bundle writable if it did not.
            let station = stationFile.stations.first { $0.id == stationPlan.id } ?? Station(id: stationPlan.id, name: stationPlan.id)
            let input = NoticeInput(station: station, plan: stationPlan, month: plan.month, county: stationFile.county, topicNames: names)
            let bundle = StationBundle(input: input, generated: generated, timeZoneID: stationFile.timeZone)
            let folder = directory.appendingPathComponent(station.id, isDirectory: true)
            try Self.write(bundle, courseware: Self.courseware(stationPlan, known: known), generated: generated, to: folder)
            folders.append(folder)
        }
        return folders
    }

    private static func write(
        _ bundle: StationBundle, courseware: [BundleManifest.Courseware], generated: Date, to folder: URL
    ) throws {
        let manager = FileManager.default
        try manager.createDirectory(at: folder, withIntermediateDirectories: true)
        // Playlists of days no longer planned would sit beside the new ones, unlisted in the manifest.
        for name in try manager.contentsOfDirectory(atPath: folder.path)
        where name.hasPrefix("playlist-") && name.hasSuffix(".m3u8") {
            try manager.removeItem(at: folder.appendingPathComponent(name))
        }
        var entries: [BundleManifest.File] = []
        for file in try bundle.files() {
            try file.data.write(to: folder.appendingPathComponent(file.name), options: .atomic)
            entries.append(BundleManifest.File(name: file.name, sha256: SHA256.hex(file.data), size: Int64(file.data.count)))
        }
        let manifest = BundleManifest(
            station: bundle.input.station.id, month: bundle.input.month.description,
            generated: ISO8601DateFormatter().string(from: generated), files: entries, courseware: courseware)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        var data = try encoder.encode(manifest)
        data.append(UInt8(ascii: "\n"))
        try data.write(to: folder.appendingPathComponent(BundleManifest.fileName), options: .atomic)
    }

    /// Every distinct courseware path of the plan with the catalogue's size and fingerprint; a file the
    /// catalogue lost is measured on disk if it is there, else listed with size 0 and no fingerprint.
    private static func courseware(_ plan: StationPlan, known: [Int64: ResourceFile]) -> [BundleManifest.Courseware] {
        var byPath: [String: BundleManifest.Courseware] = [:]
        for item in plan.sessions.flatMap(\.items) where byPath[item.path] == nil {
            if let file = known[item.id] {
                byPath[item.path] = BundleManifest.Courseware(path: item.path, size: file.size, fingerprint: file.fingerprint)
            } else if let size = (try? FileManager.default.attributesOfItem(atPath: item.path))?[.size] as? NSNumber {
                let fingerprint = (try? ContentFingerprint.compute(path: item.path, size: size.int64Value)) ?? ""
                byPath[item.path] = BundleManifest.Courseware(path: item.path, size: size.int64Value, fingerprint: fingerprint)
            } else {
                byPath[item.path] = BundleManifest.Courseware(path: item.path, size: 0, fingerprint: "")
            }
        }
        return byPath.values.sorted { $0.path < $1.path }
    }
}
