/// Dates, times and durations as they are read aloud over a loudspeaker (喇叭):
/// 十二月五日，星期六，晚上七点半 — never 19:30 or 2026-12-05.
public enum SpokenChinese {
    /// The time of day with its period: 08:30 → 早上八点半, 12:00 → 中午十二点, 19:15 → 晚上七点十五分,
    /// 00:00 → 半夜十二点, 08:05 → 早上八点零五分.
    ///
    /// Periods: 00:00–04:59 凌晨 (but midnight itself is 半夜十二点), 05:00–08:59 早上, 09:00–11:59 上午,
    /// 12:00–12:59 中午, 13:00–17:59 下午, 18:00–23:59 晚上. Hours are on the twelve-hour clock, 2 is 两
    /// (两点). `hour` is taken modulo 24 and `minute` modulo 60.
    public static func time(hour: Int, minute: Int) -> String {
        let hour = (hour % 24 + 24) % 24
        let minute = (minute % 60 + 60) % 60
        if hour == 0, minute == 0 { return "半夜十二点" }
        return period(hour: hour) + clock(hour: hour, minute: minute)
    }

    /// `time(hour:minute:)` for "HH:MM" (or "H:MM", "HH:MM:SS"); nil when the text is not such a time.
    public static func time(_ text: String) -> String? {
        let fields = text.split(separator: ":", omittingEmptySubsequences: false)
        guard fields.count == 2 || fields.count == 3,
            fields.allSatisfy({ (1...2).contains($0.count) && $0.allSatisfy(\.isASCII) }),
            let hour = Int(fields[0]), let minute = Int(fields[1]),
            (0...23).contains(hour), (0...59).contains(minute)
        else { return nil }
        return time(hour: hour, minute: minute)
    }

    /// 早上, 上午, 中午, 下午, 晚上 or 凌晨 for an hour 0…23.
    public static func period(hour: Int) -> String {
        switch (hour % 24 + 24) % 24 {
        case 0..<5: "凌晨"
        case 5..<9: "早上"
        case 9..<12: "上午"
        case 12..<13: "中午"
        case 13..<18: "下午"
        default: "晚上"
        }
    }

    /// The clock reading without a period: 7:30 → 七点半, 14:00 → 两点, 8:05 → 八点零五分.
    public static func clock(hour: Int, minute: Int) -> String {
        let twelve = (hour % 12 == 0) ? 12 : hour % 12
        let hours = ChineseNumeral.spellQuantity(twelve) + "点"
        switch minute {
        case 0: return hours
        case 30: return hours + "半"
        case 1..<10: return hours + "零" + ChineseNumeral.spell(minute) + "分"
        default: return hours + ChineseNumeral.spell(minute) + "分"
        }
    }

    /// 12, 5 → 十二月五日; 12, 31 → 十二月三十一日.
    public static func date(month: Int, day: Int) -> String {
        ChineseNumeral.spell(month) + "月" + ChineseNumeral.spell(day) + "日"
    }

    /// 2026, 12, 5 → 二〇二六年十二月五日: the year read digit by digit.
    public static func date(year: Int, month: Int, day: Int) -> String {
        self.year(year) + date(month: month, day: day)
    }

    /// 2026 → 二〇二六年.
    public static func year(_ year: Int) -> String {
        let digits: [Character] = ["〇", "一", "二", "三", "四", "五", "六", "七", "八", "九"]
        let spelled = String(year.magnitude).map { digits[Int($0.asciiValue! - 48)] }
        return (year < 0 ? "公元前" : "") + String(spelled) + "年"
    }

    /// 1 → 星期一 … 6 → 星期六, 7 → 星期日 (ISO weekday numbers: 1 is Monday). Taken modulo 7, so 0 is 星期日.
    public static func weekday(_ number: Int) -> String {
        let names = ["日", "一", "二", "三", "四", "五", "六"]
        return "星期" + names[(number % 7 + 7) % 7]
    }

    /// A length of time: 120 → 两个小时, 90 → 一个半小时, 45 → 四十五分钟, 30 → 半个小时, 60 → 一个小时,
    /// 150 → 两个半小时, 135 → 两个小时十五分钟, 62 → 一个小时两分钟, 2 → 两分钟.
    public static func duration(minutes: Int) -> String {
        let minutes = max(0, minutes)
        let hours = minutes / 60
        let rest = minutes % 60
        switch (hours, rest) {
        case (0, 30): return "半个小时"
        case (0, _): return ChineseNumeral.spellQuantity(rest) + "分钟"
        case (_, 0): return ChineseNumeral.spellQuantity(hours) + "个小时"
        case (_, 30): return ChineseNumeral.spellQuantity(hours) + "个半小时"
        default: return ChineseNumeral.spellQuantity(hours) + "个小时" + ChineseNumeral.spellQuantity(rest) + "分钟"
        }
    }

    /// A day as announced: 12, 5, 6 → 十二月五日，星期六.
    public static func day(month: Int, day: Int, weekday: Int) -> String {
        date(month: month, day: day) + "，" + self.weekday(weekday)
    }
}
