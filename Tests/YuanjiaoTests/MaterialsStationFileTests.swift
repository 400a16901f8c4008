import Planner
import Testing
@testable import Yuanjiao

/// `materials_per_study_day`: defaults, per station, and a clear error for a bad value.
@Suite struct MaterialsStationFileTests {
    @Test func readFromDefaultsAndStationsWithTwoByDefault() throws {
        let report = StationFileFixtures.check(text: """
            county: 县
            calendar: CN-2026
            defaults:
              materials_per_study_day: 3
            stations:
              - id: a
              - id: b
                materials_per_study_day: 0
            """)
        let file = try #require(report.file)
        #expect(file.stations.map(\.rules.materialsPerStudyDay) == [3, 0])
        #expect(StationRules.standard.materialsPerStudyDay == 2)
    }

    @Test func aNegativeOrTextValueIsAnErrorWithItsPlace() {
        let report = StationFileFixtures.check(text: """
            county: 县
            calendar: CN-2026
            stations:
              - id: a
                materials_per_study_day: -1
              - id: b
                materials_per_study_day: 两本
            """)
        let lines = StationFileFixtures.lines(report)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("5:") == true)
        #expect(lines.allSatisfy { $0.contains("materials_per_study_day") })
    }
}
