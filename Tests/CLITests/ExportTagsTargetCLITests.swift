import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

@Suite("export-tags writes only onto a regular file or a new path")
struct ExportTagsTargetCLITests {
    @Test("a symbolic link, a FIFO or a folder there is refused and left as it was")
    func refusesSpecialFiles() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let victim = cli.path("victim.txt")
        try "keep".write(toFile: victim, atomically: true, encoding: .utf8)
        let link = cli.path("link.csv")
        try FileManager.default.createSymbolicLink(atPath: link, withDestinationPath: victim)
        let fifo = cli.path("fifo.csv")
        #expect(mkfifo(fifo, 0o644) == 0)
        let folder = cli.path("folder.csv")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for target in [link, fifo, folder] {
            let result = try cli.run(["export-tags", target, "--all"])
            #expect(result.status == 2, "\(target): \(result.stderr)")
            #expect(result.stderr.contains("不是普通文件"), "\(result.stderr)")
        }
        #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep")
        #expect((try FileManager.default.destinationOfSymbolicLink(atPath: link)) == victim)
        var status = stat()
        #expect(lstat(fifo, &status) == 0 && (status.st_mode & S_IFMT) == S_IFIFO)
        #expect(try FileManager.default.contentsOfDirectory(atPath: cli.directory.path).allSatisfy { !$0.hasSuffix(".tmp") })
    }

    @Test("a regular file is replaced whole; a new path is created")
    func regularAndNew() throws {
        let cli = try LibrarianCLI()
        defer { cli.remove() }
        try cli.indexSamples()
        let existing = cli.path("old.csv")
        try "old".write(toFile: existing, atomically: true, encoding: .utf8)
        #expect(try cli.run(["export-tags", existing, "--all"]).status == 0)
        #expect(try String(contentsOfFile: existing, encoding: .utf8).contains("fingerprint"))
        #expect(try cli.run(["export-tags", cli.path("new.csv"), "--all"]).status == 0)
        #expect(FileManager.default.fileExists(atPath: cli.path("new.csv")))
    }
}
