import Foundation
import Testing
@testable import Catalogue

@Suite("durations beyond 100 hours")
struct ImplausibleDurationTests {
    /// A sample MP4 whose movie, track and media headers claim 596 hours (as a damaged header can).
    private func mp4ClaimingHundredsOfHours(at url: URL) throws {
        var bytes = [UInt8](try Data(contentsOf: TestWorkspace.samples.appendingPathComponent("政策理论/基层党组织建设工作实务.mp4")))
        let huge: [UInt8] = [0x7F, 0xFF, 0xFF, 0xF0]
        for (box, durationOffset) in [("mvhd", 20), ("mdhd", 20), ("tkhd", 24)] {
            let name = Array(box.utf8)
            var index = 0
            while index + 4 <= bytes.count {
                if Array(bytes[index..<index + 4]) == name, bytes[index + 4] == 0 {
                    bytes.replaceSubrange(index + durationOffset..<index + durationOffset + 4, with: huge)
                }
                index += 1
            }
        }
        try Data(bytes).write(to: url)
    }

    @Test("are stored as unknown, with a warning naming the file")
    func unknownWithWarning() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = workspace.root.appendingPathComponent("媒体")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("文件头损坏.mp4")
        try mp4ClaimingHundredsOfHours(at: file)
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let report = try catalogue.index(roots: [folder.path])
        #expect(report.added == 1)
        #expect(report.warnings.contains { $0.contains("文件头损坏.mp4") && $0.contains("超过 100 小时") }, "\(report.warnings)")
        let details = try catalogue.details(id: 1)
        #expect(details.duration == nil)
    }
}
