import ChineseText
import Testing

@Suite struct SpokenChineseTests {
    /// Every hour and half hour, word for word.
    static let clock: [(Int, Int, String)] = [
        (0, 0, "半夜十二点"), (0, 30, "凌晨十二点半"),
        (1, 0, "凌晨一点"), (1, 30, "凌晨一点半"),
        (2, 0, "凌晨两点"), (2, 30, "凌晨两点半"),
        (3, 0, "凌晨三点"), (3, 30, "凌晨三点半"),
        (4, 0, "凌晨四点"), (4, 30, "凌晨四点半"),
        (5, 0, "早上五点"), (5, 30, "早上五点半"),
        (6, 0, "早上六点"), (6, 30, "早上六点半"),
        (7, 0, "早上七点"), (7, 30, "早上七点半"),
        (8, 0, "早上八点"), (8, 30, "早上八点半"),
        (9, 0, "上午九点"), (9, 30, "上午九点半"),
        (10, 0, "上午十点"), (10, 30, "上午十点半"),
        (11, 0, "上午十一点"), (11, 30, "上午十一点半"),
        (12, 0, "中午十二点"), (12, 30, "中午十二点半"),
        (13, 0, "下午一点"), (13, 30, "下午一点半"),
        (14, 0, "下午两点"), (14, 30, "下午两点半"),
        (15, 0, "下午三点"), (15, 30, "下午三点半"),
        (16, 0, "下午四点"), (16, 30, "下午四点半"),
        (17, 0, "下午五点"), (17, 30, "下午五点半"),
        (18, 0, "晚上六点"), (18, 30, "晚上六点半"),
        (19, 0, "晚上七点"), (19, 30, "晚上七点半"),
        (20, 0, "晚上八点"), (20, 30, "晚上八点半"),
        (21, 0, "晚上九点"), (21, 30, "晚上九点半"),
        (22, 0, "晚上十点"), (22, 30, "晚上十点半"),
        (23, 0, "晚上十一点"), (23, 30, "晚上十一点半"),
    ]

    @Test(arguments: clock)
    func everyHourAndHalfHour(_ entry: (Int, Int, String)) {
        #expect(SpokenChinese.time(hour: entry.0, minute: entry.1) == entry.2)
    }

    @Test func minutes() {
        #expect(SpokenChinese.time(hour: 19, minute: 15) == "晚上七点十五分")
        #expect(SpokenChinese.time(hour: 8, minute: 5) == "早上八点零五分")
        #expect(SpokenChinese.time(hour: 14, minute: 2) == "下午两点零二分")
        #expect(SpokenChinese.time(hour: 12, minute: 12) == "中午十二点十二分")
        #expect(SpokenChinese.time(hour: 20, minute: 45) == "晚上八点四十五分")
        #expect(SpokenChinese.time(hour: 8, minute: 59) == "早上八点五十九分")
        #expect(SpokenChinese.time(hour: 4, minute: 59) == "凌晨四点五十九分")
        #expect(SpokenChinese.time(hour: 17, minute: 59) == "下午五点五十九分")
    }

    @Test func noonAndMidnight() {
        #expect(SpokenChinese.time(hour: 12, minute: 0) == "中午十二点")
        #expect(SpokenChinese.time(hour: 0, minute: 0) == "半夜十二点")
        #expect(SpokenChinese.time(hour: 24, minute: 0) == "半夜十二点")
    }

    @Test func parsesClockText() {
        #expect(SpokenChinese.time("19:00") == "晚上七点")
        #expect(SpokenChinese.time("08:30") == "早上八点半")
        #expect(SpokenChinese.time("8:30:00") == "早上八点半")
        #expect(SpokenChinese.time("24:00") == nil)
        #expect(SpokenChinese.time("七点") == nil)
        #expect(SpokenChinese.time("19:") == nil)
    }

    @Test func dates() {
        #expect(SpokenChinese.date(month: 12, day: 5) == "十二月五日")
        #expect(SpokenChinese.date(month: 12, day: 31) == "十二月三十一日")
        #expect(SpokenChinese.date(month: 1, day: 1) == "一月一日")
        #expect(SpokenChinese.date(month: 2, day: 20) == "二月二十日")
        #expect(SpokenChinese.date(month: 10, day: 10) == "十月十日")
        #expect(SpokenChinese.date(year: 2026, month: 12, day: 5) == "二〇二六年十二月五日")
        #expect(SpokenChinese.day(month: 12, day: 5, weekday: 6) == "十二月五日，星期六")
    }

    @Test func weekdays() {
        #expect((1...7).map(SpokenChinese.weekday) == ["星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"])
        #expect(SpokenChinese.weekday(7) == "星期日")
    }

    @Test(arguments: [
        (120, "两个小时"), (90, "一个半小时"), (45, "四十五分钟"), (60, "一个小时"), (30, "半个小时"),
        (150, "两个半小时"), (135, "两个小时十五分钟"), (62, "一个小时两分钟"), (2, "两分钟"), (12, "十二分钟"),
        (720, "十二个小时"), (180, "三个小时"), (0, "零分钟"),
    ])
    func durations(_ minutes: Int, _ expected: String) {
        #expect(SpokenChinese.duration(minutes: minutes) == expected)
    }
}
