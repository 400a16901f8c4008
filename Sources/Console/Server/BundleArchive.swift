import Foundation
import Yuanjiao
import ZIPFoundation

/// A station's bundle as one ZIP: written by the same code as `plan --out` into a temporary folder,
/// then zipped with the station folder kept, so it unpacks to exactly what `plan --out DIR` writes
/// under DIR.
enum BundleArchive {
    static func zip(workspace: Workspace, stationsFile: URL, station: String, month: YearMonth) throws -> Data {
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("yuanjiao-bundle-\(SecureToken.make())", isDirectory: true)
        defer { try? manager.removeItem(at: scratch) }
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        guard let folder = try workspace.writeStoredBundle(stationsFile: stationsFile, station: station, month: month, to: scratch) else {
            throw ConsoleFailure.notFound("\(station) 在 \(month) 的计划（请先排计划）")
        }
        let archive = scratch.appendingPathComponent("bundle.zip")
        try manager.zipItem(at: folder, to: archive, shouldKeepParent: true)
        return try Data(contentsOf: archive)
    }
}
