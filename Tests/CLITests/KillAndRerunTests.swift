import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("Killing the indexer mid-run")
struct KillAndRerunTests {
    @Test("SIGKILL leaves a catalogue that opens; a rerun completes with correct counts")
    func killAndRerun() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        // Enough files that the first run is still probing when it is killed.
        let courseware = cli.directory.appendingPathComponent("courseware")
        let templates = ["法律法规/宪法宣传教育.mp3", "农业科技/水稻育秧技术.mp4", "政策理论/乡村振兴战略解读.mkv"]
        let total = 600
        for index in 0..<total {
            let template = templates[index % templates.count]
            let folder = courseware.appendingPathComponent("批次\(index / 100)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let target = folder.appendingPathComponent("课件\(index).\((template as NSString).pathExtension)")
            var data = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.samples + "/" + template))
            data.append(contentsOf: Array("YJ\(index)".utf8))  // distinct fingerprints
            try data.write(to: target)
        }

        let process = Process()
        process.executableURL = CLIRunner.binary
        process.arguments = ["index", courseware.path, "--catalog", cli.catalog, "--jobs", "1"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill as soon as the first batches are committed.
        ProcessPolling.until(every: 0.002) {
            let size = (try? FileManager.default.attributesOfItem(atPath: cli.catalog + "-wal")[.size] as? Int) ?? 0
            return !process.isRunning || size > 60_000
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()

        let rerun = try cli.run(["index", courseware.path, "--catalog", cli.catalog, "--json"])
        #expect(rerun.status == 0, "\(rerun.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(rerun.stdout.utf8)) as? [String: Any])
        let added = report["added"] as? Int ?? -1
        let unchanged = report["unchanged"] as? Int ?? -1
        #expect(added + unchanged == total)
        #expect((report["failed"] as? [Any])?.isEmpty == true)
        let third = try cli.run(["index", courseware.path, "--catalog", cli.catalog, "--json"])
        let thirdReport = try #require(try JSONSerialization.jsonObject(with: Data(third.stdout.utf8)) as? [String: Any])
        #expect(thirdReport["unchanged"] as? Int == total)
    }
}
