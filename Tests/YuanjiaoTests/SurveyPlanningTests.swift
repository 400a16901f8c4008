import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// `topics: survey`: a planted survey shifts the plan's topic minutes toward what members asked for, the
/// items' reasons say so, and `check` judges the plan by the same weights.
@Suite struct SurveyPlanningTests {
    static let stations = """
        county: 示例县
        calendar: CN-2026
        stations:
          - id: shuangqiao
            name: 双桥村远教站点
            school: 双桥村小学
            topics: survey

        """

    static func lawShare(_ plan: MonthPlan) -> Double {
        let items = plan.stations.flatMap(\.sessions).filter { $0.kind != .openDay }.flatMap(\.items)
        let total = items.reduce(0) { $0 + $1.durationSeconds }
        return Double(items.filter { $0.topic == "law" }.reduce(0) { $0 + $1.durationSeconds }) / Double(max(1, total))
    }

    @Test func surveyWeightsShiftTheTopicMinutes() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-survey-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let repository = PlantedCasesTests.repository
        let workspace = try Workspace(
            catalogPath: root.appendingPathComponent("catalog.sqlite").path,
            data: CatalogData(directory: repository.appendingPathComponent("Catalog")))
        _ = try workspace.index(paths: [repository.appendingPathComponent("Samples/courseware").path])
        let stationFile = root.appendingPathComponent("stations.yaml")
        try Data(Self.stations.utf8).write(to: stationFile)
        let context = try workspace.planningContext(stationsFile: stationFile)
        #expect(context.stationFile.topicsFromSurvey == ["shuangqiao"])
        let month = try YearMonth(parsing: "2026-12")

        // No answers yet: the station's own topics, and no survey note.
        let before = try workspace.plan(context, month: month)
        #expect(!before.stations[0].sessions.flatMap(\.items).contains { $0.why.hasPrefix("按需求调查") })

        let sheet = root.appendingPathComponent("调查.csv")
        try Data("站点,姓名,想学的内容,意见\nshuangqiao,张三,法律法规,\nshuangqiao,李四,法律法规、道德教育,\nshuangqiao,王五,law,\n".utf8)
            .write(to: sheet)
        let imported = try workspace.importSurveys(files: [sheet], context: context, month: month, today: try LocalDate(parsing: "2026-12-01"))
        #expect(imported.added == 3)
        let after = try workspace.plan(context, month: month)
        #expect(Self.lawShare(after) > Self.lawShare(before))
        let items = after.stations[0].sessions.filter { $0.kind != .openDay }.flatMap(\.items)
        #expect(!items.isEmpty && items.allSatisfy { $0.why.hasPrefix("按需求调查（3 份答卷）") })
        let check = try workspace.check(context, month: month)
        #expect(!check.violations.contains { $0.rule == .topicShare }, "\(check.violations)")
    }
}
