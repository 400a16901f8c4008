public import Foundation
public import Planner

/// A station bundle as `yuanjiao play` reads it on the station PC: the station's month (`plan.json`), where
/// each course sits relative to the bundle folder (`manifest.json`) and the county's time zone (`plan.ics`).
/// Nothing here needs the catalogue or the network.
public struct PlaybackBundle: Sendable {
    public var folder: URL
    public var station: String
    public var month: YearMonth
    public var plan: StationPlan
    /// Catalogue path → path relative to the bundle folder, as the playlists write it.
    public var references: [String: String]
    public var timeZone: TimeZone

    public init(folder: URL, station: String, month: YearMonth, plan: StationPlan, references: [String: String], timeZone: TimeZone) {
        self.folder = folder
        self.station = station
        self.month = month
        self.plan = plan
        self.references = references
        self.timeZone = timeZone
    }

    /// The county's zone when a bundle names none (DESIGN: station file `timezone`, default Asia/Shanghai).
    public static let defaultTimeZoneID = "Asia/Shanghai"

    /// Reads the bundle in `folder`; every failure names the file and what to do.
    public static func load(_ folder: URL) throws(YuanjiaoError) -> PlaybackBundle {
        let manifestURL = folder.appendingPathComponent(BundleManifest.fileName)
        let planURL = folder.appendingPathComponent("plan.json")
        let hint = "请指向 yuanjiao plan --out 生成的站点文件夹（例如 下发/shuangqiao）"
        let manifest = try BundleJSONReading.decode(
            BundleManifest.self, from: manifestURL, limit: BundleManifest.maximumSize, what: "清单文件", hint: hint)
        let monthPlan = try BundleJSONReading.decode(
            MonthPlan.self, from: planURL, limit: BundleJSONReading.maximumPlanSize, what: "计划文件", hint: hint)
        guard let plan = monthPlan.stations.first(where: { $0.id == manifest.station }) ?? monthPlan.stations.first else {
            throw YuanjiaoError(.input, "\(planURL.path)：计划文件中没有站点 \(manifest.station) 的安排，请重新拷贝下发包")
        }
        var references: [String: String] = [:]
        for entry in manifest.courseware {
            if let bundlePath = entry.bundlePath { references[entry.path] = bundlePath }
        }
        let zoneID = timeZoneID(calendarFile: folder.appendingPathComponent("plan.ics")) ?? defaultTimeZoneID
        return PlaybackBundle(
            folder: folder, station: plan.id, month: monthPlan.month, plan: plan, references: references,
            timeZone: TimeZone(identifier: zoneID) ?? TimeZone(identifier: defaultTimeZoneID) ?? .current)
    }

    /// Where the player finds a planned course: its bundle-relative path, or the catalogue path when the
    /// bundle was written without a courseware layout.
    public func reference(_ path: String) -> String { references[path] ?? path }

    /// The file the player may open for a reference: inside the bundle folder or the courseware folder
    /// beside it (`../课件/…`), also after following links; nil for anything else (an absolute path, a
    /// `..` climbing elsewhere, a link leading out), whatever the manifest or plan says.
    public func safeLocation(_ reference: String) -> URL? {
        guard !reference.hasPrefix("/"), !reference.contains("\0") else { return nil }
        let file = folder.appendingPathComponent(reference).standardizedFileURL
        let sibling = folder.deletingLastPathComponent().appendingPathComponent(CoursewareLayout.folderName)
        let roots = [folder, sibling].map { $0.standardizedFileURL.path + "/" }
        guard roots.contains(where: { file.path.hasPrefix($0) }) else { return nil }
        guard FileManager.default.fileExists(atPath: file.path) else { return file }
        let real = [folder, sibling].map { $0.resolvingSymlinksInPath().path + "/" }
        let resolved = file.resolvingSymlinksInPath().path
        return real.contains(where: { resolved.hasPrefix($0) }) ? file : nil
    }

    /// The file the player opens for a reference.
    public func location(_ reference: String) -> URL {
        reference.hasPrefix("/") ? URL(fileURLWithPath: reference) : folder.appendingPathComponent(reference)
    }

    /// `X-WR-TIMEZONE:Asia/Shanghai` of the bundle's calendar, nil when absent.
    private static func timeZoneID(calendarFile: URL) -> String? {
        guard let data = FileManager.default.contents(atPath: calendarFile.path) else { return nil }
        let prefix = "X-WR-TIMEZONE:"
        return String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline)
            .first { $0.hasPrefix(prefix) }
            .map { String($0.dropFirst(prefix.count)).trimmingCharacters(in: .whitespaces) }
    }
}
