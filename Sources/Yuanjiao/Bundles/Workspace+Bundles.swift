public import Foundation
import Notices
import Catalogue
import ChineseText
public import Planner

extension Workspace {
    /// `plan --out DIR`: per station a folder with playlists (M3U8 per session, XSPF, plan.json,
    /// plan.ics), the three notices, `说明.txt` and a manifest.json with a SHA-256 of every file.
    /// Returns the folders written.
    public func writeBundles(
        _ plan: MonthPlan, stationFile: StationFile, to directory: URL
    ) throws -> [URL] {
        try writeBundles(plan, stationFile: stationFile, to: directory, generated: Date())
    }

    /// `writeBundles` with the time the manifest and the iCalendar stamps carry; the first station that
    /// could not be written is thrown.
    public func writeBundles(
        _ plan: MonthPlan, stationFile: StationFile, to directory: URL, generated: Date
    ) throws -> [URL] {
        try writeBundles(plan, stationFile: stationFile, to: directory, options: BundleOptions(generated: generated)).writtenFolders()
    }

    /// Writes every station's bundle, rendered in parallel on every core, in batches synced once each; a
    /// station that fails is reported and the others are still written, each whole or not at all
    /// (`BundleFolderWriter`).
    public func writeBundles(
        _ plan: MonthPlan, stationFile: StationFile, to directory: URL, options: BundleOptions
    ) throws -> BundleReport {
        try Self.prepareBundleOutput(directory, stationIDs: plan.stations.map(\.id))
        let outputLock = try BundleOutputLock.acquire(in: directory, waiting: options.waitingForOutput)
        defer { withExtendedLifetime(outputLock) {} }
        Self.removeLeftovers(in: directory)
        let items = plan.stations.flatMap { $0.sessions.flatMap(\.items) }
        // Reading material travels with the courseware: same layout, same copying.
        let materials = plan.stations.flatMap { $0.sessions.flatMap(\.materials) }
        let files = try catalogue.resourceFiles(ids: items.map(\.id) + materials.map(\.id))
        var known: [String: ResourceFile] = [:]
        for item in items { if let file = files[item.id] { known[item.path] = file } }
        for material in materials { if let file = files[material.id] { known[material.path] = file } }
        let paths = items.map(\.path) + materials.map(\.path)
        let layout = CoursewareLayout(paths: paths, root: options.coursewareRoot, placement: options.placement)
        let inventory = CoursewareInventory(paths: paths, known: known, layout: layout)
        var report = BundleReport()
        report.warnings = inventory.missing.sorted().map { .init(kind: .coursewareMissing, station: nil, path: $0, bytes: 0) }
        report.warnings += inventory.entries.values.filter { $0.size > BundleOptions.fat32FileLimit }.sorted { $0.path < $1.path }
            .map { .init(kind: .fat32FileLimit, station: nil, path: $0.path, bytes: $0.size) }
        if options.withCourseware && options.placement == .beside {
            try Self.placeShared(inventory, in: directory, report: &report)
        } else if options.placement == .beside {
            // Without the courseware, the station copies the county's folder as it is; the files whose
            // names a FAT32 stick or Windows refuses would not arrive under the names the playlists use.
            // So those few are placed here under their portable names, to be copied over it.
            try Self.placeShared(inventory, in: directory, report: &report, only: Set(layout.renamed.keys))
        }
        let names = noticeTopicNames()
        let pinyin = stationPagePinyin()
        let surveyTopics = (try? taxonomy().topics.map { (id: $0.id, label: $0.label) }) ?? []
        let renamed = layout.renamed
        let committer = BundleCommitter()
        let stations = plan.stations
        let stationsByID = Dictionary(stationFile.stations.map { ($0.id, $0) }) { first, _ in first }
        for batch in stride(from: 0, to: stations.count, by: Self.batchSize).map({ $0..<min($0 + Self.batchSize, stations.count) }) {
            // Rendering is the CPU work: spread over the cores. The batch is then made durable by one sync,
            // and each bundle takes its place only after that, while the next batch renders.
            DispatchQueue.concurrentPerform(iterations: batch.count) { offset in
                let index = batch.lowerBound + offset
                let stationPlan = stations[index]
                // A plan always comes from this file; a bare station keeps the bundle writable if it did not.
                let station = stationsByID[stationPlan.id] ?? Station(id: stationPlan.id, name: stationPlan.id)
                let input = NoticeInput(
                    station: station, plan: stationPlan, month: plan.month, county: stationFile.county, topicNames: names,
                    members: stationFile.members[station.id] ?? [])
                let courseware = inventory.courseware(of: stationPlan)
                let outcome = Result { () throws(FolderDurability.Failure) -> BundleFolderWriter.Outcome in
                    try Self.writer(
                        input, courseware: courseware, renamed: renamed, layout: layout, options: options,
                        timeZoneID: stationFile.timeZone, directory: directory, pinyin: pinyin,
                        surveyTopics: surveyTopics
                    ).stage()
                }
                committer.record(index, outcome)
            }
            committer.commit(batch)
        }
        let results = committer.finish()
        FolderDurability.syncEntries(of: directory)
        for (index, stationPlan) in stations.enumerated() {
            switch results[index] {
            case .success(let outcome)?:
                report.folders.append(outcome.folder)
                report.linked += outcome.linked
                report.copied += outcome.copied
                let bytes = inventory.courseware(of: stationPlan).reduce(Int64(0)) { $0 + $1.size }
                if bytes > options.maxSize { report.warnings.append(.init(kind: .tooLarge, station: stationPlan.id, path: nil, bytes: bytes)) }
            case .failure(let failure)?:
                report.failures.append(.init(station: stationPlan.id, reason: failure.description))
            case nil:
                report.failures.append(.init(station: stationPlan.id, reason: "没有写出"))
            }
        }
        return report
    }

    /// Bundles made durable by one sync: few syncs, and a killed run loses at most one batch's work.
    static let batchSize = 64

    /// The plan revision a bundle carries: the first 16 hex digits of the SHA-256 of the plan as stored.
    static func planRevision(_ plan: StationPlan, month: YearMonth) -> String? {
        (try? stored(plan, month: month)).map { String(SHA256.hex($0.document).prefix(16)) }
    }

    private static func writer(
        _ input: NoticeInput, courseware: [BundleManifest.Courseware], renamed: [String: String], layout: CoursewareLayout,
        options: BundleOptions, timeZoneID: String, directory: URL, pinyin: PinyinTable?,
        surveyTopics: [(id: String, label: String)]
    ) throws(FolderDurability.Failure) -> BundleFolderWriter {
        var references: [String: String] = [:]
        for entry in courseware { references[entry.path] = entry.bundlePath }
        let ownRenamed = courseware.compactMap { entry in
            renamed[entry.path].map { (original: entry.path, portable: $0) }
        }
        let guide = BundleGuide(input: input, placement: layout.placement, withCourseware: options.withCourseware, renamed: ownRenamed)
        let bundle = StationBundle(
            input: input, generated: options.generated, timeZoneID: timeZoneID,
            entries: PlaylistEntries(references: references), guide: guide, courseware: courseware, pinyin: pinyin,
            surveyTopics: surveyTopics)
        let files: [(name: String, data: Data)]
        do {
            files = try bundle.files()
        } catch {
            throw FolderDurability.Failure(description: "无法生成下发包文件：\(error)")
        }
        let manifest = BundleManifest(
            station: input.station.id, month: input.month.description,
            generated: ISO8601DateFormatter().string(from: options.generated), revision: planRevision(input.plan, month: input.month),
            layout: layout.placement, coursewareRoot: layout.root, files: [], courseware: courseware)
        return BundleFolderWriter(
            directory: directory, manifest: manifest, files: files, placeCourseware: options.withCourseware && layout.placement == .inside)
    }

    /// `--with-courseware` beside the bundles: the shared `DIR/课件/…` tree, each file once for all stations.
    private static func placeShared(
        _ inventory: CoursewareInventory, in directory: URL, report: inout BundleReport, only: Set<String>? = nil
    ) throws {
        for entry in inventory.entries.values.sorted(by: { $0.path < $1.path })
        where !inventory.missing.contains(entry.path) && only.map({ $0.contains(entry.path) }) ?? true {
            guard let reference = entry.bundlePath, reference.hasPrefix("../") else { continue }
            let destination = directory.appendingPathComponent(String(reference.dropFirst(3)))
            do {
                switch try CoursewarePlacer.place(entry, at: destination) {
                case .linked: report.linked += 1
                case .copied: report.copied += 1
                case .kept: break
                }
            } catch {
                throw BundleOutputError(description: error.description)
            }
        }
        FolderDurability.syncEntries(of: directory)
    }
}
