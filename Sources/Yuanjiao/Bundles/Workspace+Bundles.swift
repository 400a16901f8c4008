// STUB: the notices engineer replaces the body, keeping the API.
public import Foundation
public import Planner

extension Workspace {
    /// `plan --out DIR`: per station a folder with playlists (M3U8 per session, XSPF, plan.json,
    /// plan.ics), the three notices and a manifest.json with a SHA-256 of every file.
    /// Returns the folders written.
    public func writeBundles(
        _ plan: MonthPlan, stationFile: StationFile, to directory: URL
    ) throws -> [URL] {
        []
    }
}
