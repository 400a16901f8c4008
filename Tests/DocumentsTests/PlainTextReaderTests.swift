import Foundation
import Testing

@testable import Documents

@Suite struct PlainTextReaderTests {
    @Test func gbkTextIsDecodedAndPaged() throws {
        let folder = try TemporaryFolder()
        let gbk: [UInt8] = [0xC5, 0xA9, 0xD2, 0xB5, 0xD6, 0xAA, 0xCA, 0xB6]  // 农业知识
        let path = folder.path("农业.txt")
        try Data(gbk + [0x0A, 0xB5, 0xDA, 0xB6, 0xFE]).write(to: URL(fileURLWithPath: path))
        let document = try DocumentReader.read(path: path)
        #expect(document.format == .text)
        #expect(document.pages.first?.hasPrefix("农业知识") == true)
    }

    @Test func longTextIsCutIntoPages() throws {
        let text = (1...130).map { "第\($0)行" }.joined(separator: "\n")
        let pages = PlainTextReader.paginate(text)
        #expect(pages.count == 3)
        #expect(pages[2].hasPrefix("第121行"))
    }

    @Test func unknownEncodingIsAClearFailure() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("乱码.txt")
        try Data([0x00, 0xFF, 0x81, 0x00, 0xFE]).write(to: URL(fileURLWithPath: path))
        #expect(throws: DocumentFailure.self) { try DocumentReader.read(path: path) }
        let failure = try #require(throwing(path))
        #expect(failure.kind == .unknownEncoding)
        #expect(failure.reason.contains("UTF-8"))
    }

    @Test func textCapKeepsTheStartAndSaysSo() throws {
        let folder = try TemporaryFolder()
        let path = folder.path("长文.txt")
        try Data(String(repeating: "学习", count: 5_000).utf8).write(to: URL(fileURLWithPath: path))
        let document = try DocumentReader.read(path: path, limits: DocumentLimits(maxTextBytes: 3_000))
        #expect(document.truncated)
        #expect(document.pages.joined().utf8.count <= 3_000)
        #expect(document.pages.joined().hasPrefix("学习学习"))
    }

    private func throwing(_ path: String) -> DocumentFailure? {
        do {
            _ = try DocumentReader.read(path: path)
            return nil
        } catch {
            return error
        }
    }
}

/// A folder under the system's temporary directory, removed when the value goes away.
final class TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("documents-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
}
