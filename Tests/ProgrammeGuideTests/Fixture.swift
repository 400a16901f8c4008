import Foundation
import ProgrammeGuide

/// Fixtures live beside this file, found through `#filePath` so the package needs no resource declaration.
enum Fixture {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let samples = packageRoot.appendingPathComponent("Samples/guides")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static func read(_ name: String, options: GuideOptions = .init()) throws(GuideError) -> Guide {
        try GuideReader.read(contentsOf: url(name), options: options)
    }

    /// Writes `bytes` to a fresh temporary file and returns its URL; the caller removes it.
    static func temporary(_ bytes: some Sequence<UInt8>, name: String = "guide.xml") throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("guide-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    static func remove(_ url: URL) {
        try? FileManager.default.removeItem(at: url.deletingLastPathComponent())
    }

    /// A wall-clock time in Beijing.
    static func beijing(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0, _ second: Int = 0)
        -> Date
    {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = GuideOptions.beijing
        let components = DateComponents(
            year: year, month: month, day: day, hour: hour, minute: minute, second: second)
        return calendar.date(from: components) ?? .distantPast
    }
}

extension Guide {
    func programme(onChannel channel: String) -> Programme? {
        programmes.first { $0.channel == channel }
    }

    func programme(titled title: String) -> Programme? {
        programmes.first { $0.titles.contains { $0.text == title } }
    }
}
