import Foundation
import Testing
@testable import Yuanjiao

#if canImport(Glibc)
import Glibc
#endif

/// A forged or damaged bundle's `manifest.json` and `plan.json`: each is refused with a Chinese message
/// naming the file, quickly, without reading an oversized file or blocking on a FIFO.
@Suite struct HostileBundleFileTests {
    enum Damage: String, CaseIterable {
        case oversized, fifo, folder, symbolicLink, brokenJSON, wrongType, missingKey
    }

    static func damage(_ file: URL, _ damage: Damage) throws {
        try? FileManager.default.removeItem(at: file)
        switch damage {
        case .oversized:
            // A sparse 1 GB file: refused by its size before a byte is read.
            #expect(FileManager.default.createFile(atPath: file.path, contents: nil))
            #expect(truncate(file.path, 1 << 30) == 0)
        case .fifo:
            #expect(mkfifo(file.path, 0o600) == 0)
        case .folder:
            try FileManager.default.createDirectory(at: file, withIntermediateDirectories: false)
        case .symbolicLink:
            try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: "/etc/passwd")
        case .brokenJSON:
            try Data("{\"station\":".utf8).write(to: file)
        case .wrongType:
            try Data("[1, 2, 3]".utf8).write(to: file)
        case .missingKey:
            try Data("{}".utf8).write(to: file)
        }
    }

    @Test(arguments: ["manifest.json", "plan.json"], Damage.allCases)
    func aDamagedBundleFileIsRefusedNamingIt(file: String, damage: Damage) throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        let url = scratch.bundle.appendingPathComponent(file)
        try Self.damage(url, damage)
        let error = #expect(throws: YuanjiaoError.self) { try PlaybackBundle.load(scratch.bundle) }
        #expect(error?.kind == .input)
        let message = error?.message ?? ""
        #expect(message.hasPrefix(url.path + "："), "\(message)")
        #expect(!message.contains("DecodingError") && !message.contains("keyNotFound") && !message.contains("Context"))
        #expect(message.unicodeScalars.contains { $0.properties.isIdeographic })
    }

    @Test func anOversizedManifestIsNamedForItsSize() throws {
        let scratch = try PlaybackScratch()
        defer { scratch.remove() }
        try Self.damage(scratch.bundle.appendingPathComponent(BundleManifest.fileName), .oversized)
        let error = #expect(throws: YuanjiaoError.self) { try PlaybackBundle.load(scratch.bundle) }
        #expect(error?.message.contains("超过上限") == true)
    }
}
