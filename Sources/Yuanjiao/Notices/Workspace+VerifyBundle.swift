public import Foundation

extension Workspace {
    /// The one door to `yuanjiao verify`: the bundle checked against its manifest, and, where a catalogue is
    /// at `catalogPath` (the county office; a station has none), against the plan stored there — opened
    /// read-only, so verifying never creates, migrates or writes a catalogue.
    public static func verify(bundle: URL, coursewareRoot: URL?, full: Bool = false, catalogPath: String) throws -> VerifyReport {
        var storedRevision: ((String, String) -> String?)?
        let size = (try? FileManager.default.attributesOfItem(atPath: catalogPath))?[.size] as? Int
        if FileManager.default.fileExists(atPath: catalogPath), size != 0 {
            let workspace = try Workspace(catalogPath: catalogPath, access: .readOnly)
            storedRevision = { station, month in workspace.storedPlanRevision(station: station, month: month) }
        }
        return verify(bundle: bundle, coursewareRoot: coursewareRoot, full: full, storedRevision: storedRevision)
    }
}
