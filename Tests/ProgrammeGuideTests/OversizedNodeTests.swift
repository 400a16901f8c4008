import Foundation
import ProgrammeGuide
import Testing

/// Point 11: a guide with one oversized node is refused for its size, whether it is plain or an intact
/// `.xml.gz`; never called a damaged compressed file or a cut-off download.
@Suite("An oversized node is refused for its size")
struct OversizedNodeTests {
    static let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <tv><channel id="c1"><display-name>CCTV-7</display-name></channel>
        <programme start="20261201190000 +0800" stop="20261201200000 +0800" channel="c1"
        """
    /// Past libxml2's own 10 MB limits, which it reports before the reader sees the node.
    static let nodes: [(name: String, xml: String)] = [
        ("text node", head + "><title>" + String(repeating: "长", count: 4_000_000) + "</title></programme>\n</tv>\n"),
        ("attribute", head + " x=\"" + String(repeating: "a", count: 11_000_000) + "\"><title>t</title></programme>\n</tv>\n"),
    ]

    static func gzip(_ url: URL) throws -> URL {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["gzip", "-k", "-f", url.path]
        try process.run()
        process.waitUntilExit()
        return url.appendingPathExtension("gz")
    }

    @Test("plain and gzipped, a huge text node or attribute is a size refusal", arguments: [false, true])
    func oversized(gzipped: Bool) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yj-oversized-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        for node in Self.nodes {
            let plain = folder.appendingPathComponent("guide.xml")
            try Data(node.xml.utf8).write(to: plain)
            let url = gzipped ? try Self.gzip(plain) : plain
            var refusal: GuideError?
            do {
                _ = try GuideReader.read(contentsOf: url)
            } catch {
                refusal = error
            }
            let error = try #require(refusal, "\(node.name) gzipped=\(gzipped) was read")
            #expect(error.kind == .limitExceeded, "\(node.name) gzipped=\(gzipped): \(error)")
            #expect(!error.message.contains("损坏") && !error.message.contains("截断"), "\(node.name): \(error.message)")
            #expect(error.message.contains("拒绝读取"))
            #expect(error.path == url.path)
            #expect(error.line == 3 || error.line == 4, "\(node.name): \(error)")
        }
    }
}
