import Catalogue
import Foundation

/// A fresh temporary folder per test, with helpers to lay out courseware in it.
struct TestWorkspace {
    let root: URL

    init() throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("yuanjiao-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The repository's `Catalog/channel-aliases.txt`.
    static func channelAliases() throws -> ChannelAliases {
        try ChannelAliases.load(repository.appendingPathComponent("Catalog/channel-aliases.txt"))
    }

    static let samples = repository.appendingPathComponent("Samples/courseware")

    var catalogPath: String { root.appendingPathComponent("catalog.sqlite").path }

    func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }

    /// Copies sample files (relative to Samples/courseware) into `folder` of this workspace.
    @discardableResult
    func copySamples(_ names: [String], into folder: String = "courseware") throws -> String {
        let destination = root.appendingPathComponent(folder)
        for name in names {
            let target = destination.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.copyItem(at: Self.samples.appendingPathComponent(name), to: target)
        }
        return destination.path
    }

    func write(_ text: String, to relative: String) throws {
        let url = root.appendingPathComponent(relative)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func move(_ from: String, to: String) throws {
        let target = root.appendingPathComponent(to)
        try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: root.appendingPathComponent(from), to: target)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}

enum SampleNames {
    static let good = [
        "政策理论/乡村振兴战略解读.mkv",
        "法律法规/农村土地承包法讲座.flv",
        "法律法规/宪法宣传教育.mp3",
        "道德教育/家风家训故事.m4a",
        "农业科技/水稻育秧技术.mp4",
    ]
}
