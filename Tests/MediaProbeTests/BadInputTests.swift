import Foundation
import MediaProbe
import Testing

#if canImport(Glibc)
    import Glibc
#endif

/// Every unreadable input is a `ProbeError` naming the file and libavformat's reason, never a crash or a print.
@Suite struct BadInputTests {
    /// `AVERROR_INVALIDDATA`, `AVERROR(ENOENT)`, `AVERROR(EISDIR)`, `AVERROR(EACCES)`, `AVERROR(EINVAL)`.
    static let invalidData: Int32 = -1_094_995_529
    static let noEntry: Int32 = -2
    static let isDirectory: Int32 = -21
    static let accessDenied: Int32 = -13
    static let invalidArgument: Int32 = -22

    private func probeError(_ url: URL) -> ProbeError? {
        do {
            _ = try MediaProbe.probe(url)
            return nil
        } catch {
            return error
        }
    }

    @Test func zeroByteFile() throws {
        let url = SampleFiles.url("损坏文件/空文件.mp4")
        let error = try #require(probeError(url))
        #expect(error.path == url.path)
        #expect(error.code == Self.invalidData)
        #expect(error.reason == "空文件（0 字节）")
        #expect(error.description == "\(url.path): 无法读取媒体文件：空文件（0 字节）")
    }

    @Test func plainTextFile() throws {
        let url = SampleFiles.url("损坏文件/说明.txt")
        let error = try #require(probeError(url))
        #expect(error.code == Self.invalidData)
        #expect(error.reason == "无法识别的格式，或文件已损坏（libavformat：Invalid data found when processing input）")
        #expect(error.description == "\(url.path): 无法读取媒体文件：\(error.reason)")
    }

    @Test func truncatedMP4WithoutItsIndex() throws {
        let error = try #require(probeError(SampleFiles.url("损坏文件/截断的讲座.mp4")))
        #expect(error.code == Self.invalidData)
        #expect(error.reason.hasPrefix("无法识别的格式，或文件已损坏"))
    }

    @Test func nonexistentPath() throws {
        let url = SampleFiles.url("政策理论/没有这个文件.mp4")
        let error = try #require(probeError(url))
        #expect(error.code == Self.noEntry)
        #expect(error.description == "\(url.path): 无法读取媒体文件：文件不存在（libavformat：No such file or directory）")
    }

    @Test func directory() throws {
        let error = try #require(probeError(SampleFiles.url("政策理论")))
        #expect(error.code == Self.isDirectory)
        #expect(error.reason == "这是文件夹，不是文件（libavformat：Is a directory）")
    }

    @Test func namedPipeIsRefusedInsteadOfBlocking() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("录像.ts")
        try #require(mkfifo(url.path, 0o644) == 0)
        let error = try #require(probeError(url))
        #expect(error.code == Self.invalidArgument)
        #expect(error.reason == "不是普通文件（管道、设备或套接字）（libavformat：Invalid argument）")
    }

    @Test func remoteURLIsNotProbed() throws {
        let url = try #require(URL(string: "http://example.com/讲座.mp4"))
        let error = try #require(probeError(url))
        #expect(error.code == Self.invalidArgument)
        #expect(error.reason == "不是本地文件（libavformat：Invalid argument）")
    }

    @Test(.enabled(if: getuid() != 0, "root reads every file"))
    func unreadableFile() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("锁住的讲座.mp4")
        try Data(contentsOf: SampleFiles.url("政策理论/基层党组织建设工作实务.mp4")).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: url.path)
        let error = try #require(probeError(url))
        #expect(error.code == Self.accessDenied)
        #expect(error.reason == "没有读取权限。请检查文件权限（libavformat：Permission denied）")
    }

    @Test func truncatedTransportStreamStillProbesWhatIsLeft() throws {
        // A recording cut short is still a recording: MPEG-TS has no index to lose.
        let folder = try TemporaryFolder()
        let whole = try Data(contentsOf: SampleFiles.url("卫星接收/CCTV7_20261201_1900.ts"))
        let url = folder.url.appendingPathComponent("CCTV7_cut.ts")
        try whole.prefix(whole.count / 2 / 188 * 188).write(to: url)
        let info = try MediaProbe.probe(url)
        #expect(info.formatName == "mpegts")
        #expect(info.duration.map { $0 > 600 && $0 < 1200 } == true)
    }

    /// Names that are not UTF-8 (GBK names copied from old Windows disks) reach libavformat byte for byte.
    @Test func fileNameThatIsNotUTF8() throws {
        let folder = try TemporaryFolder()
        // "法律讲座.mp4" in GBK.
        let name: [UInt8] = [0xB7, 0xA8, 0xC2, 0xC9, 0xBD, 0xB2, 0xD7, 0xF9] + Array(".mp4".utf8)
        let path = Array(folder.url.path.utf8) + [UInt8(ascii: "/")] + name
        let contents = try Data(contentsOf: SampleFiles.url("政策理论/基层党组织建设工作实务.mp4"))
        try write(contents, toRawPath: path)

        let info = try MediaProbe.probe(fileSystemRepresentation: path)
        #expect(info.title == "基层党组织建设工作实务")
        #expect(info.duration.map { abs($0 - 1500) < 0.1 } == true)

        // Foundation on Linux spells such a name with U+FFFD in a URL, so the URL no longer names the file;
        // the error must say why instead of a bare "No such file or directory".
        let listed = try #require(try FileManager.default.contentsOfDirectory(at: folder.url, includingPropertiesForKeys: nil).first)
        do {
            let viaURL = try MediaProbe.probe(listed)
            #expect(viaURL == info)  // a Foundation that keeps the bytes
        } catch {
            #expect(error.code == Self.noEntry)
            #expect(error.path.contains("\u{FFFD}"))
            #expect(error.reason.contains("非 UTF-8"))
        }
    }

    private func write(_ data: Data, toRawPath path: [UInt8]) throws {
        let cPath = path.map { CChar(bitPattern: $0) } + [0]
        let descriptor = open(cPath, O_CREAT | O_WRONLY | O_TRUNC, 0o644)
        try #require(descriptor >= 0, "open(2) failed: \(errno)")
        defer { close(descriptor) }
        let written = data.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
        #expect(written == data.count)
    }
}

/// A fresh folder per test, removed afterwards.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("MediaProbeTests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
