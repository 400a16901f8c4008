import Foundation
import Testing
@testable import Catalogue

#if canImport(Glibc)
import Glibc
#endif

@Suite("Bad input never aborts a run")
struct BadInputTests {
    @Test("zero-byte, truncated and non-media files are failed with reasons; the rest is added")
    func badFiles() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(
            ["损坏文件/截断的讲座.mp4", "损坏文件/空文件.mp4", "损坏文件/说明.txt", "法律法规/宪法宣传教育.mp3"])
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let report = try catalogue.index(roots: [folder])
        // 说明.txt is read as a plain-text document (issue 23): added beside the mp3.
        #expect(report.added == 2)
        #expect(report.failed.count == 2)
        for failure in report.failed {
            #expect(!failure.error.isEmpty)
            #expect(failure.path.hasPrefix(folder))
        }
    }

    @Test("a symlink loop and a dangling link are reported, not followed forever")
    func symlinkLoops() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(["法律法规/宪法宣传教育.mp3"])
        try FileManager.default.createSymbolicLink(atPath: folder + "/法律法规/回到上级", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: folder + "/自指", withDestinationPath: "自指")
        try FileManager.default.createSymbolicLink(atPath: folder + "/断链.mp4", withDestinationPath: "不存在.mp4")
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let report = try catalogue.index(roots: [folder])
        #expect(report.added == 1)
        #expect(report.failed.contains { $0.path.hasSuffix("回到上级") && $0.error.contains("循环") })
        #expect(report.failed.contains { $0.path.hasSuffix("自指") && $0.error.contains("循环") })
        #expect(report.failed.contains { $0.path.hasSuffix("断链.mp4") })
    }

    @Test("a file name that is not UTF-8 is failed with advice, the rest is added")
    func nonUTF8Name() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(["法律法规/宪法宣传教育.mp3"])
        // "柑橘" in GBK: not valid UTF-8 (0xB8 cannot start a UTF-8 sequence).
        let name: [UInt8] = Array((folder + "/").utf8) + [0xB8, 0xCC, 0xE9, 0xD9, 0x2E, 0x6D, 0x70, 0x33, 0]
        let descriptor = name.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { open($0, O_CREAT | O_WRONLY, 0o644) }
        }
        #expect(descriptor >= 0)
        close(descriptor)
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let report = try catalogue.index(roots: [folder])
        #expect(report.added == 1)
        #expect(report.failed.count == 1)
        #expect(report.failed.first?.error.contains("UTF-8") == true)
    }

    @Test("a file that disappears between the scan and the probe is failed, not fatal")
    func vanishingFile() throws {
        let gone = FoundFile(path: "/nonexistent/yuanjiao/消失的文件.mp4", size: 1024, mtime: 0)
        let probed = ProbedFile.examine(gone)
        guard case .failure(let failure) = probed.outcome else {
            Issue.record("expected a failure")
            return
        }
        #expect(failure.reason.contains("不存在"))
    }

    // Root reads everything; the CLI test covers it by dropping privileges.
    @Test("a folder without read permission is failed with its path", .enabled(if: getuid() != 0))
    func unreadableFolder() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let folder = try workspace.copySamples(["法律法规/宪法宣传教育.mp3", "农业科技/水稻育秧技术.mp4"])
        chmod(folder + "/农业科技", 0)
        defer { chmod(folder + "/农业科技", 0o755) }
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let report = try catalogue.index(roots: [folder])
        #expect(report.added == 1)
        #expect(report.failed.first?.error.contains("权限") == true)
    }
}
