import Foundation
import GRDB
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("reads never write: search, show, review, history, check, notice, export-tags")
struct ReadsNeverWriteCLITests {
    static let stations = CLIRunner.repository.appendingPathComponent("Samples/stations.yaml").path

    /// Every read command, with arguments that would work on an indexed catalogue.
    static let readCommands: [[String]] = [
        ["search", "法律"], ["show", "1"], ["review"], ["history"],
        ["check", "--stations", stations, "--month", "2026-12"],
        ["notice", "--stations", stations, "--station", "shuangqiao", "--month", "2026-12"],
        ["export-tags", "tags.csv"],
    ]

    /// What a folder holds, with each file's size and modification time.
    private func snapshot(_ folder: URL) throws -> [String: String] {
        var result: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            var status = stat()
            _ = lstat(folder.appendingPathComponent(name).path, &status)
            result[name] = "\(status.st_size) \(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
        }
        return result
    }

    @Test("on a missing catalogue: exit 2 naming `yuanjiao index`, nothing created", arguments: readCommands)
    func missingCatalogue(arguments: [String]) throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let result = try cli.run(arguments)
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("yuanjiao index"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: cli.catalog))
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).isEmpty)
    }

    @Test("on an empty catalogue file: exit 2 naming `yuanjiao index`, the file stays empty")
    func emptyCatalogue() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        _ = FileManager.default.createFile(atPath: cli.catalog, contents: Data())
        let result = try cli.run(["search", "法律"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("yuanjiao index"))
        #expect(try FileManager.default.attributesOfItem(atPath: cli.catalog)[.size] as? Int == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path) == ["catalog.sqlite"])
    }

    @Test("a read command leaves the catalogue file, its folder and their modification times untouched")
    func untouched() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let folder = cli.directory.appendingPathComponent("catalogue")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let catalog = folder.appendingPathComponent("c.sqlite").path
        let environment = ["YUANJIAO_CATALOG": catalog]
        #expect(try cli.run(["index", CLIRunner.samples], environment: environment).status == 0)
        try? FileManager.default.removeItem(atPath: catalog + ".lock")
        let before = try snapshot(folder)
        var folderStatus = stat()
        _ = stat(folder.path, &folderStatus)
        for arguments in Self.readCommands {
            let result = try cli.run(arguments, environment: environment)
            #expect([0, 1].contains(result.status), "\(arguments): \(result.stderr)")
            #expect(try snapshot(folder) == before, "\(arguments)")
        }
        var after = stat()
        _ = stat(folder.path, &after)
        #expect(after.st_mtim.tv_sec == folderStatus.st_mtim.tv_sec && after.st_mtim.tv_nsec == folderStatus.st_mtim.tv_nsec)
    }

    @Test("a read-only catalogue in a read-only folder can be read")
    func readOnlyFolder() throws {
        let cli = try CLIRunner()
        defer {
            chmod(cli.directory.appendingPathComponent("ro").path, 0o755)
            cli.remove()
        }
        let folder = cli.directory.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let catalog = folder.appendingPathComponent("c.sqlite").path
        #expect(try cli.run(["index", CLIRunner.samples], environment: ["YUANJIAO_CATALOG": catalog]).status == 0)
        try? FileManager.default.removeItem(atPath: catalog + ".lock")
        chmod(catalog, 0o444)
        chmod(folder.path, 0o555)
        chmod(cli.directory.path, 0o755)
        // root ignores permissions: run as nobody where possible, as the user an office would.
        let launcher = getuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv")
            ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
        for arguments in [["search", "法律"], ["show", "1"], ["review"], ["history"]] {
            let result = try cli.run(arguments, launcher: launcher, environment: ["YUANJIAO_CATALOG": catalog])
            #expect(result.status == 0, "\(arguments): \(result.stderr)")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["c.sqlite"])
    }

    @Test("a refused foreign SQLite file gets no -wal or -shm beside it")
    func refusedFileStaysAlone() throws {
        let cli = try CLIRunner()
        defer { cli.remove() }
        let foreign = cli.directory.appendingPathComponent("other.sqlite").path
        let pool = try DatabasePool(path: foreign)
        try pool.write { db in try db.execute(sql: "CREATE TABLE note(text TEXT); INSERT INTO note VALUES ('x')") }
        try pool.close()
        let before = try snapshot(cli.directory)
        for arguments in [["index", CLIRunner.samples], ["search", "法律"], ["tag", "1", "--tag", "x"]] {
            let result = try cli.run(arguments, environment: ["YUANJIAO_CATALOG": foreign])
            #expect(result.status == 2, "\(arguments): \(result.stderr)")
            #expect(result.stderr.contains("不是远教目录"), "\(result.stderr)")
            #expect(try snapshot(cli.directory) == before, "\(arguments)")
        }
    }
}
