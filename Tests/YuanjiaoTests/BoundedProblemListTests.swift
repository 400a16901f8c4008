import Foundation
import Testing
@testable import Yuanjiao

/// A station file with thousands of mistakes prints the first ones with file:line, then a count.
@Suite struct BoundedProblemListTests {
    @Test func thousandsOfProblemsPrintABoundedList() throws {
        var text = "county: 示例县\ncalendar: CN-2026\nstations:\n"
        for index in 0..<3_000 { text += "  - id: s\(index)\n    mode: 九\n" }
        let report = StationFile.check(text: text, path: "stations.yaml", knownTopics: ["law"], knownCalendars: ["CN-2026"])
        #expect(report.problems.count >= 3_000)
        let lines = report.text.split(separator: "\n")
        #expect(lines.count == BoundedProblemList.limit + 2)
        #expect(lines.first?.hasPrefix("stations.yaml:5:") == true)
        #expect(lines[BoundedProblemList.limit].contains("另有 \(report.problems.count - BoundedProblemList.limit) 个问题未列出"))
        #expect(lines.last?.contains("发现 \(report.problems.count) 个问题") == true)
        let error = StationFileError(problems: report.problems)
        #expect(error.description.split(separator: "\n").count == BoundedProblemList.limit + 1)
    }

    @Test func aShortListIsShownWhole() {
        let lines = (1...BoundedProblemList.limit).map { "stations.yaml:\($0):1: 问题" }
        #expect(BoundedProblemList.lines(lines) == lines)
    }
}
