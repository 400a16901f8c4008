import Foundation
import Testing

@Suite("yuanjiao index --guide with guides that cannot be read")
struct GuideCLITests {
    static let sampleGuide = CLIRunner.repository.appendingPathComponent("Samples/guides/sample-guide.xml").path
    static let fixtures = CLIRunner.repository.appendingPathComponent("Tests/ProgrammeGuideTests/Fixtures")

    @Test("an unreadable guide exits 2 and is listed under guides, not among courseware; the others still land")
    func unreadableGuides() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let courseware = cli.directory.appendingPathComponent("courseware")
        try FileManager.default.createDirectory(at: courseware, withIntermediateDirectories: true)
        let missing = cli.directory.appendingPathComponent("没有这个.xml").path
        let folder = cli.directory.path
        let truncated = Self.fixtures.appendingPathComponent("truncated.xml").path
        let arguments = [
            "index", courseware.path, "--guide", Self.sampleGuide, "--guide", missing, "--guide", folder,
            "--guide", truncated,
        ]
        let result = try cli.run(arguments)
        #expect(result.status == 2)
        #expect(result.stdout.contains("未能导入的节目单"))
        #expect(result.stdout.contains("找不到这个文件"))
        #expect(result.stdout.contains("这是一个文件夹"))
        #expect(result.stdout.contains("请重新下载"))
        #expect(!result.stdout.contains("NSCocoaErrorDomain"))

        let again = try cli.run(arguments + ["--json"])
        #expect(again.status == 2)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(again.stdout.utf8)) as? [String: Any])
        let guides = try #require(report["guides"] as? [[String: Any]])
        #expect(guides.compactMap { $0["path"] as? String } == [missing, folder, truncated])
        #expect((report["failed"] as? [Any])?.isEmpty == true)
        let programmes = try cli.json(["search", "科技苑", "--json"])
        #expect(programmes["query"] as? String == "科技苑")
    }

    @Test("many warnings print one line per kind and the first few; --json keeps them all")
    func summarisedWarnings() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tv>\n"
        for index in 0..<12 {
            xml += "<programme start=\"2026120119\(String(format: "%02d", index))00\" channel=\"\"><title>无频道\(index)</title></programme>\n"
        }
        xml += "<programme start=\"20261201235800 +0800\" stop=\"20261201001000 +0800\" channel=\"C\"><title>晚间</title></programme>\n</tv>\n"
        let guide = cli.directory.appendingPathComponent("many.xml")
        try Data(xml.utf8).write(to: guide)
        let courseware = cli.directory.appendingPathComponent("courseware")
        try FileManager.default.createDirectory(at: courseware, withIntermediateDirectories: true)
        let result = try cli.run(["index", courseware.path, "--guide", guide.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("跳过的节目或频道：12 条"))
        #expect(result.stdout.contains("结束时间按次日计算：1 条"))
        #expect(result.stdout.contains("……另有 9 条"))
        #expect(!result.stdout.contains("无频道11"))
        let report = try cli.json(["index", courseware.path, "--guide", guide.path, "--json"])
        #expect((report["warnings"] as? [String])?.count ?? 0 >= 13)
        #expect((report["guideWarnings"] as? [[String: Any]])?.filter { $0["kind"] as? String == "skipped" }.count == 12)
    }
}
