import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("yuanjiao index / show / search, run as a user runs them")
struct IndexCLITests {
    @Test("index prints the Chinese summary and lists failures; exit 0")
    func summary() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["index", CLIRunner.samples])
        #expect(result.status == 0)
        #expect(result.stdout.contains("新增"))
        #expect(result.stdout.contains("失败 2"))  // 说明.txt is a plain-text document since issue 23
        #expect(result.stdout.contains("空文件.mp4"))
        #expect(!result.stderr.contains("正在读取"))  // no progress line when not a terminal
    }

    @Test("index --json has the DESIGN.md keys")
    func jsonShape() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let report = try cli.json(["index", CLIRunner.samples, "--json"])
        for key in ["added", "updated", "unchanged", "moved", "missing", "failed", "programmes", "linked"] {
            #expect(report[key] != nil, "missing key \(key)")
        }
        let failed = try #require(report["failed"] as? [[String: Any]])
        #expect(failed.allSatisfy { $0["path"] is String && $0["error"] is String })
        let again = try cli.json(["index", CLIRunner.samples, "--json"])
        #expect(again["added"] as? Int == 0)
        #expect(again["unchanged"] as? Int == report["added"] as? Int)
    }

    @Test("show --json and search --json have the DESIGN.md keys")
    func showAndSearch() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try cli.run(["index", CLIRunner.samples])
        let search = try cli.json(["search", "水稻", "--json"])
        #expect(search["query"] as? String == "水稻")
        let hit = try #require((search["results"] as? [[String: Any]])?.first)
        for key in ["id", "title", "path", "duration", "topics", "snippet"] { #expect(hit[key] != nil, "missing \(key)") }
        let id = try #require(hit["id"] as? Int)
        let show = try cli.json(["show", String(id), "--json"])
        for key in ["id", "title", "path", "duration", "format", "streams", "topics", "tags", "programmes", "planned"] {
            #expect(show[key] != nil, "missing \(key)")
        }
    }

    @Test("an unknown id is a clear error, exit 2")
    func unknownID() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        try cli.run(["index", CLIRunner.samples])
        let result = try cli.run(["show", "99999"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("没有编号为 99999 的资源"))
    }

    @Test("a --catalog that is not a catalogue: exit 2, file untouched")
    func foreignCatalogue() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let path = cli.directory.appendingPathComponent("账本.xlsx").path
        try Data("PK\u{3}\u{4} not a database".utf8).write(to: URL(fileURLWithPath: path))
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let result = try cli.run(["index", CLIRunner.samples, "--catalog", path])
        #expect(result.status == 2)
        #expect(result.stderr.contains("不是远教目录"))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }

    @Test("--help teaches in Chinese")
    func help() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(["index", "--help"])
        #expect(result.stdout.contains("登记课件文件夹"))
        #expect(result.stdout.contains("--jobs"))
    }

    @Test("a folder the user cannot read is failed with its path; exit 0")
    func unreadableFolder() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let courseware = cli.directory.appendingPathComponent("courseware")
        try FileManager.default.createDirectory(at: courseware.appendingPathComponent("锁住的"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(
            atPath: CLIRunner.samples + "/法律法规/宪法宣传教育.mp3", toPath: courseware.path + "/宪法宣传教育.mp3")
        chmod(courseware.path + "/锁住的", 0o700)
        var launcher: [String] = []
        if getuid() == 0 {
            // Root reads everything: run the binary as nobody so the permission check is real.
            try #require(FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"), "util-linux's setpriv drops root for this test")
            chmod(cli.directory.path, 0o777)
            chmod(courseware.path, 0o755)
            chmod(FileManager.default.temporaryDirectory.path, 0o1777)
            launcher = ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
        } else {
            chmod(courseware.path + "/锁住的", 0)
        }
        defer { chmod(courseware.path + "/锁住的", 0o755) }
        let result = try cli.run(["index", courseware.path, "--catalog", cli.directory.path + "/nobody.sqlite", "--json"], launcher: launcher)
        #expect(result.status == 0, "\(result.stderr)")
        let report = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        let failed = report?["failed"] as? [[String: Any]] ?? []
        #expect(failed.contains { ($0["path"] as? String)?.hasSuffix("锁住的") == true && ($0["error"] as? String)?.contains("权限") == true })
        #expect(report?["added"] as? Int == 1)
    }
}
