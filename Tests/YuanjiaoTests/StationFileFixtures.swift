import Foundation
import Yuanjiao

/// Fixture station files beside this test file, and the vocabulary of `Catalog/` they are checked against.
enum StationFileFixtures {
    static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func url(_ name: String) -> URL { folder.appendingPathComponent(name) }

    static let topics: Set<String> = ["policy", "law", "ethics", "agritech", "children", "culture", "health"]
    static let calendars: Set<String> = ["CN-2026"]

    static func check(_ name: String) -> StationFileReport {
        StationFile.check(url(name), knownTopics: topics, knownCalendars: calendars)
    }

    /// Checks text as `test.yaml`, the way most error tests state their input inline.
    static func check(text: String) -> StationFileReport {
        StationFile.check(text: text, path: "test.yaml", knownTopics: topics, knownCalendars: calendars)
    }

    static func load(_ name: String) throws(StationFileError) -> StationFile {
        try StationFile.load(url(name), knownTopics: topics, knownCalendars: calendars)
    }

    /// `line:column: message` for each problem, the form tests compare word for word.
    static func lines(_ report: StationFileReport) -> [String] {
        report.problems.map { "\($0.line):\($0.column): \($0.message)" }
    }
}
