import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// 需求调查: sheets in Chinese or English, UTF-8 or GBK; bad rows reported by line with nothing of that file stored.
@Suite struct SurveyTests {
    static let stations = """
        county: 示例县
        calendar: CN-2026
        stations:
          - id: shuangqiao
            name: 双桥村远教站点
            topics: survey
          - id: guangshun
            name: 广顺村远教站点

        """

    static let today = try! LocalDate(parsing: "2026-12-20")

    @Test func answersGiveWeightsPerStation() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(Self.stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        let chinese = scratch.root.appendingPathComponent("调查-双桥.csv")
        try Data("""
            站点,姓名,想学的内容,意见
            双桥村远教站点,张三,"农业科技与实用技术、法律法规",想学柑橘修剪
            shuangqiao,李四,agritech,
            双桥村远教站点,王五,法律法規;政策理论,

            """.gbkBytes).write(to: chinese)
        let english = scratch.root.appendingPathComponent("survey.csv")
        try Data("station,member,topics,comment,month\nguangshun,赵六,ethics,,2026-11\n".utf8).write(to: english)
        let report = try scratch.workspace.importSurveys(
            files: [chinese, english], context: context, month: HeldScratch.month, today: Self.today)
        #expect(report.problems.isEmpty && report.added == 4)
        let again = try scratch.workspace.importSurveys(files: [chinese], context: context, month: HeldScratch.month, today: Self.today)
        #expect(again.unchanged == 3 && again.added == 0)

        let demand = try scratch.workspace.surveyDemand(context: context, month: HeldScratch.month)
        let shuangqiao = try #require(demand.stations.first { $0.station == "shuangqiao" })
        #expect(shuangqiao.answers == 3 && shuangqiao.asked == ["agritech": 2, "law": 2, "policy": 1])
        #expect(shuangqiao.weights.map(\.topic) == ["agritech", "law", "policy"] && shuangqiao.weights.map(\.weight) == [2, 2, 1])
        #expect(shuangqiao.comments == ["想学柑橘修剪"])
        #expect(demand.weights(station: "guangshun")?.map(\.topic) == ["ethics"])
        #expect(demand.text(topicNames: context.topicNames).contains("相应的 topics 权重：{agritech: 2, law: 2, policy: 1}"))
    }

    @Test func badRowsAreReportedByLineAndTheFileIsNotHalfImported() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data(Self.stations.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        let sheet = scratch.root.appendingPathComponent("调查.csv")
        try Data("""
            站点,姓名,想学的内容,意见,月份
            shuangqiao,张三,agritech,,2026-12
            shuangqiao,李四,种花,,2026-12
            shuangqiao,,law,,2026-12
            guangshun,赵六,law,,2026-12
            shuangqiao,王五,law,,2027-01
            longhe,钱七,law,,2026-12

            """.utf8).write(to: sheet)
        let report = try scratch.workspace.importSurveys(
            files: [sheet], context: context, month: HeldScratch.month, today: Self.today, station: "shuangqiao")
        let path = sheet.path
        #expect(report.problems.map(\.line) == [3, 4, 5, 6, 7])
        #expect(report.problems.map(\.kind) == [.unknownTopic, .emptyName, .otherStation, .futureMonth, .unknownStation])
        #expect(report.problems[0].text == "\(path):3: 不认识的内容“种花”：请写 Catalog/topics.yaml 中的主题（编号或中文名，用“、”分开）")
        #expect(report.added == 0 && report.skippedFiles == [path])
        // The good row on line 2 was not stored either: one transaction per file.
        #expect(try scratch.workspace.surveyDemand(context: context, month: HeldScratch.month).stations.allSatisfy { $0.answers == 0 })

        let headless = scratch.root.appendingPathComponent("无表头.csv")
        try Data("张三,agritech\n".utf8).write(to: headless)
        let noHeader = try scratch.workspace.importSurveys(files: [headless], context: context, today: Self.today)
        #expect(noHeader.problems.map(\.kind) == [.noHeader])
    }
}
