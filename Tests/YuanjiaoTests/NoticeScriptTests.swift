import Foundation
import Notices
import Planner
import Testing

@Suite("Loudspeaker script: spoken Chinese, no digits")
struct NoticeScriptTests {
    static let script = LoudspeakerScript(NoticeFixtures.shuangqiaoInput).simplifiedText()

    @Test func holdsNoLatinOrFullWidthDigits() {
        let digits = Self.script.unicodeScalars.filter { ("0"..."9").contains($0) || ("０"..."９").contains($0) }
        #expect(digits.isEmpty, "digits in the script: \(String(String.UnicodeScalarView(digits)))")
        #expect(Self.script.range(of: #"\d:\d"#, options: .regularExpression) == nil)
        #expect(Self.script.range(of: #"\d{4}-\d{2}-\d{2}"#, options: .regularExpression) == nil)
    }

    @Test func datesTimesAndPlaceAreSpoken() {
        let script = Self.script
        #expect(script.contains("二〇二六年十二月"))
        #expect(script.contains("十二月六日，星期日，上午九点到十一点，在双桥村小学多媒体教室集中学习。"))
        #expect(script.contains("十二月九日，星期三，晚上七点半到九点"))
        #expect(script.contains("十二月二十日，星期日，下午两点到四点"))
        #expect(script.contains("十二月三十日，星期三，晚上六点半到八点"))
        #expect(script.contains("学习时间两个小时。"))
        #expect(script.contains("学习时间一个半小时。"))
        #expect(script.contains("请在签到表上签名"))
    }

    @Test func titlesAreSpokenWithChineseNumbers() {
        let script = Self.script
        #expect(script.contains("《党的二十大精神学习辅导（第一讲）》，政策理论。"))
        #expect(script.contains("《CCTV七农广天地：冬季柑橘管护》"))
        #expect(script.contains("《二〇二六年中央一号文件解读》"))
        #expect(script.contains("《民法典与农民生活（第一集）》，法律法规。"))
    }

    @Test func overviewThenOneAnnouncementPerStudyAndWeeklySession() {
        let blocks = Self.script.components(separatedBy: "\n\n")
        let announced = NoticeFixtures.shuangqiaoPlan.sessions.filter { $0.kind != .openDay }
        #expect(blocks.count == 1 + announced.count)
        #expect(blocks[0].hasPrefix("【本月学习安排】示例县双桥村远教站点"))
        #expect(blocks[0].contains("本月共有两个集中学习日，三次每周学习。"))
        #expect(blocks[1].hasPrefix("【第一则　每周学习】"))
        #expect(blocks[2].hasPrefix("【第二则　集中学习日】"))
        // Short sentences: no line longer than a breath or two.
        for line in Self.script.split(separator: "\n") { #expect(line.count <= 80, "long line: \(line)") }
    }

    @Test func openDaysAreAnnounced() {
        // Shuangqiao's open day moved to Sunday one week (12月12日 is an avoid date): each is named.
        #expect(Self.script.contains("开放日：十二月五日，星期六，早上八点半到晚上九点半。\n开放日：十二月十三日，星期日，早上八点半到晚上九点半。\n"))
        // Guangshun's are all Saturdays.
        let guangshun = LoudspeakerScript(NoticeFixtures.guangshunInput).simplifiedText()
        #expect(guangshun.contains("每个星期六是开放日，早上八点半到晚上九点半站点开放。"))
        #expect(guangshun.contains("本月的开放日是十二月五日、十二日、十九日、二十六日。"))
    }

    @Test func traditionalStationGetsTraditionalCharacters() throws {
        let text = try LoudspeakerScript(NoticeFixtures.guangshunInput).text()
        #expect(text.contains("學習"))
        #expect(text.contains("廣順村遠教站點"))
        #expect(!text.contains("学习"))
        #expect(!text.contains("广顺"))
    }

    @Test func periodsChangeAtNoonAndMidnight() {
        var input = NoticeFixtures.shuangqiaoInput
        input.plan.sessions = [
            NoticeFixtures.session("2026-12-26", "08:30", "10:00", .studyDay, [0]),
            NoticeFixtures.session("2026-12-27", "12:00", "14:00", .studyDay, [1]),
            NoticeFixtures.session("2026-12-31", "22:30", "24:00", .weekly, [2]),
        ]
        let text = LoudspeakerScript(input).simplifiedText()
        #expect(text.contains("十二月二十六日，星期六，早上八点半到上午十点，"))
        #expect(text.contains("十二月二十七日，星期日，中午十二点到下午两点，"))
        #expect(text.contains("十二月三十一日，星期四，晚上十点半到半夜十二点，"))
    }

    @Test func emptyMonthStillReads() {
        var input = NoticeFixtures.shuangqiaoInput
        input.plan.sessions = []
        let text = LoudspeakerScript(input).simplifiedText()
        #expect(text.contains("本月没有安排集中学习"))
    }

    @Test(arguments: [
        ("CCTV7", "CCTV七"), ("第3讲", "第三讲"), ("共2集", "共两集"), ("第2集", "第二集"), ("2026年", "二〇二六年"),
        ("2026-12-05开播", "二〇二六年十二月五日开播"), ("19:30开始", "晚上七点半开始"), ("12:00", "中午十二点"),
        ("1.5亩", "一点五亩"), ("80%", "百分之八十"), ("编号007", "编号零零七"), ("１２月", "十二月"),
        ("第105期", "第一百零五期"), ("12345678", "一二三四五六七八"), ("没有数字", "没有数字"),
    ])
    func spokenNumbers(_ input: String, _ expected: String) {
        #expect(SpokenNumbers.speak(input) == expected)
    }
}
