import Foundation
import Testing

@Suite("index and tag at the same time on one catalogue")
struct LibrarianConcurrencyTests {
    @Test("a long index and several tag processes together: every tag lands, nothing is 'database is locked'")
    func indexAndTagTogether() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let targets = try [
            cli.id("宪法", pathSuffix: "宪法宣传教育.mp3"), cli.id("水稻", pathSuffix: "水稻育秧技术.mp4"),
            cli.id("家风", pathSuffix: "家风家训故事.m4a"),
        ]

        // A new batch big enough that indexing it takes a while.
        let batch = cli.directory.appendingPathComponent("新到课件")
        let templates = ["法律法规/宪法宣传教育.mp3", "农业科技/水稻育秧技术.mp4", "政策理论/乡村振兴战略解读.mkv"]
        for index in 0..<600 {
            let template = templates[index % templates.count]
            let folder = batch.appendingPathComponent("批次\(index / 100)")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            var data = try Data(contentsOf: URL(fileURLWithPath: CLIRunner.samples + "/" + template))
            data.append(contentsOf: Array("YJ-tag-\(index)".utf8))
            try data.write(to: folder.appendingPathComponent("新课件\(index).\((template as NSString).pathExtension)"))
        }
        let indexer = Process()
        indexer.executableURL = CLIRunner.binary
        indexer.arguments = ["index", batch.path, "--catalog", cli.catalog, "--jobs", "1"]
        let indexErrors = Pipe()
        indexer.standardOutput = FileHandle.nullDevice
        indexer.standardError = indexErrors
        try indexer.run()

        // Taggers start once the indexer is writing, each its own process.
        ProcessPolling.until {
            (try? FileManager.default.attributesOfItem(atPath: cli.catalog + "-wal")[.size] as? Int) ?? 0 >= 100_000
        }
        var taggers: [(process: Process, errors: Pipe)] = []
        for round in 0..<4 {
            for (slot, id) in targets.enumerated() {
                let process = Process()
                process.executableURL = CLIRunner.binary
                process.arguments = ["tag", "\(id)", "--tag", "并发\(round)-\(slot)", "--catalog", cli.catalog, "--by", "并发测试"]
                let errors = Pipe()
                process.standardOutput = FileHandle.nullDevice
                process.standardError = errors
                try process.run()
                taggers.append((process, errors))
            }
            // And a bulk tag by query, confirmed in advance.
            let bulk = Process()
            bulk.executableURL = CLIRunner.binary
            bulk.arguments = ["tag", "--query", "家风", "--tag", "批量\(round)", "--yes", "--catalog", cli.catalog]
            let errors = Pipe()
            bulk.standardOutput = FileHandle.nullDevice
            bulk.standardError = errors
            try bulk.run()
            taggers.append((bulk, errors))
        }
        // Every tagger was started while the indexer was still at work.
        let overlapped = indexer.isRunning
        for tagger in taggers {
            let message = String(decoding: tagger.errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            tagger.process.waitUntilExit()
            #expect(tagger.process.terminationStatus == 0, "\(tagger.process.arguments ?? []): \(message)")
            #expect(!message.contains("locked"))
        }
        let indexMessage = String(decoding: indexErrors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        indexer.waitUntilExit()
        #expect(indexer.terminationStatus == 0, "\(indexMessage)")
        #expect(!indexMessage.contains("locked"))
        #expect(overlapped, "the indexer finished before the taggers: make the batch bigger")

        for (slot, id) in targets.enumerated() {
            let tags = try cli.json(["show", "\(id)", "--json"])["tags"] as? [String] ?? []
            #expect(Set(tags).isSuperset(of: (0..<4).map { "并发\($0)-\(slot)" }), "\(id): \(tags)")
        }
        let history = try cli.json(["history", "--json", "--limit", "100"])["changes"] as? [[String: Any]] ?? []
        #expect(history.count == 16)
        let report = try cli.json(["index", batch.path, "--json"])
        #expect(report["unchanged"] as? Int == 600)
    }
}
