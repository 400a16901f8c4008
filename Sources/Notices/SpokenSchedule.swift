import ChineseText
import Planner

/// Dates and times of a plan as the announcer says them.
enum SpokenSchedule {
    /// 十二月五日，星期六.
    static func day(_ date: LocalDate) -> String {
        SpokenChinese.day(month: date.month, day: date.day, weekday: date.weekday.rawValue)
    }

    /// 二〇二六年十二月.
    static func month(_ month: YearMonth) -> String {
        SpokenChinese.year(month.year) + ChineseNumeral.spell(month.month) + "月"
    }

    /// 晚上七点到九点; 下午两点到晚上六点: the period is said again only when it changes.
    static func range(_ start: TimeOfDay, _ end: TimeOfDay) -> String {
        let from = SpokenChinese.time(hour: start.hour, minute: start.minute)
        let endHour = end.hour % 24
        if end.minutes != 1440, SpokenChinese.period(hour: endHour) == SpokenChinese.period(hour: start.hour),
            !(start.hour == 0 && start.minute == 0)
        {
            return from + "到" + SpokenChinese.clock(hour: endHour, minute: end.minute)
        }
        return from + "到" + SpokenChinese.time(hour: endHour, minute: end.minute)
    }

    /// 十二月五日、十二日、十九日；一月二日: the month is said once for a run of days in it.
    static func dates(_ dates: [LocalDate]) -> String {
        var parts: [String] = []
        var lastMonth: Int?
        for date in dates {
            let dayText = ChineseNumeral.spell(date.day) + "日"
            parts.append(lastMonth == date.month ? dayText : ChineseNumeral.spell(date.month) + "月" + dayText)
            lastMonth = date.month
        }
        return parts.joined(separator: "、")
    }

    /// 一、二、三 … for numbered lines.
    static func ordinal(_ number: Int) -> String { ChineseNumeral.spell(number) }

    /// 两次, 三个: a count before a measure word.
    static func count(_ number: Int, _ measure: String) -> String { ChineseNumeral.spellQuantity(number) + measure }
}
