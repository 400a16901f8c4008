import Foundation
import Yuanjiao
import ZIPFoundation

/// A station's bundle as one ZIP: written by the same Workspace call as `plan --out` (`runMonth`, from the
/// stored plan) into a temporary folder,
/// then zipped with the station folder kept, so it unpacks to exactly what `plan --out DIR` writes
/// under DIR.
enum BundleArchive {
    static func zip(workspace: Workspace, stationsFile: URL, station: String, month: YearMonth) throws -> Data {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("yuanjiao-bundle-\(SecureToken.make())", isDirectory: true)
        defer { try? manager.removeItem(at: scratch) }
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        let run = try workspace.runMonth(
            workspace.planningContext(stationsFile: stationsFile), month: month, stationIDs: [station], plans: .stored,
            bundles: Workspace.BundleTarget(directory: scratch))
        guard let folder = try run.bundles?.writtenFolders().first else {
            throw ConsoleFailure.notFound("\(station) 在 \(month) 的计划（请先排计划）")
        }
        let archive = scratch.appendingPathComponent("bundle.zip")
        try manager.zipItem(at: folder, to: archive, shouldKeepParent: true)
        return try Data(contentsOf: archive)
    }
}
