import Foundation
import Planner

extension Workspace {
    /// Why a whole play log is not stored, nil when it may be: a log must belong to a station-month the
    /// county planned (an unknown station id, a far-past or far-future month has no stored plan), and a log
    /// returned inside a station's bundle must be that station's. Named in the refusal, never stored silently.
    static func refusal(
        _ sheet: PlayLogSheet, of station: String, month: YearMonth, planned: Bool, logFile: URL
    ) -> PlayLogProblem? {
        let firstLine = sheet.lines.first?.line ?? 0
        if let bundleStation = returnedBundleStation(beside: logFile), bundleStation != station {
            return PlayLogProblem(file: logFile.path, line: firstLine, kind: .otherBundle, detail: "\(station)|\(bundleStation)")
        }
        guard planned else {
            return PlayLogProblem(file: logFile.path, line: firstLine, kind: .notPlanned, detail: "\(station)|\(month)")
        }
        return nil
    }

    /// The station of the bundle the log came back in (`manifest.json` beside it), nil without one.
    private static func returnedBundleStation(beside logFile: URL) -> String? {
        let manifest = logFile.deletingLastPathComponent().appendingPathComponent(BundleManifest.fileName)
        guard case .regular = RegularFile.entry(manifest.path),
              let data = try? RegularFile.read(manifest.path, limit: BundleManifest.maximumSize),
              let decoded = try? JSONDecoder().decode(BundleManifest.self, from: data)
        else { return nil }
        return decoded.station
    }
}
