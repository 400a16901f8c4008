public import ChineseText
import Planner

/// The month's announcements for the village loudspeaker (喇叭), written to be read aloud: a monthly
/// overview, then one announcement per study day and weekly session. Dates, times and numbers are all in
/// spoken Chinese (十二月五日，星期六，晚上七点半) — the script holds no Latin digit at all.
public struct LoudspeakerScript: Sendable {
    public var input: NoticeInput

    public init(_ input: NoticeInput) { self.input = input }

    /// The script in the station's script (simplified or traditional), lines ending in `\n`.
    public func text() throws(ScriptConversionError) -> String {
        try input.station.script.render(simplifiedText())
    }

    /// The script before any conversion to traditional characters.
    public func simplifiedText() -> String {
        blocks().map { $0.lines.joined(separator: "\n") }.joined(separator: "\n\n") + "\n"
    }

    /// The overview (no session), then one announcement per study day and weekly session.
    func blocks() -> [(session: PlannedSession?, lines: [String])] {
        var blocks: [(session: PlannedSession?, lines: [String])] = [(nil, overview())]
        for (n, session) in input.announcedSessions.enumerated() {
            blocks.append((session, announcement(session, number: n + 1)))
        }
        return blocks
    }

    private var greeting: String { "各位党员、干部、村民朋友们，大家好！" }
    private var name: String { spoken(input.stationName) }
    private var place: String { spoken(input.place) }

    // MARK: - The month

    private func overview() -> [String] {
        let sessions = input.announcedSessions
        let studyDays = sessions.filter { $0.kind == .studyDay }
        let weekly = sessions.filter { $0.kind == .weekly }
        var lines = [
            "【本月学习安排】" + spoken(input.county) + name + "　" + SpokenSchedule.month(input.month),
            greeting,
            "现在播送\(name)\(ChineseNumeral.spell(input.month.month))月的远程教育学习安排。",
            "学习地点在\(place)。",
        ]
        if sessions.isEmpty {
            lines.append("本月没有安排集中学习，请留意下一次通知。")
        } else {
            var counts: [String] = []
            if !studyDays.isEmpty { counts.append(SpokenSchedule.count(studyDays.count, "个") + "集中学习日") }
            if !weekly.isEmpty { counts.append(SpokenSchedule.count(weekly.count, "次") + "每周学习") }
            lines.append("本月共有" + counts.joined(separator: "，") + "。")
        }
        // By date, as a listener follows the month; each line says what kind of session it is.
        for session in sessions {
            lines.append("\(session.kind.chineseName)：\(SpokenSchedule.day(session.date))，\(SpokenSchedule.range(session.start, session.end))。")
        }
        lines += openDayLines()
        lines.append("请大家按时参加，到场请签到。")
        return lines
    }

    /// 每个星期六是开放日 when every open day shares its weekday and hours; otherwise each one by date.
    private func openDayLines() -> [String] {
        let openDays = input.openDays
        guard let first = openDays.first else { return [] }
        var lines: [String] = []
        let regular = openDays.allSatisfy {
            $0.date.weekday == first.date.weekday && $0.start == first.start && $0.end == first.end
        }
        if regular {
            lines.append("每个\(first.date.weekday.chineseName)是开放日，\(SpokenSchedule.range(first.start, first.end))站点开放。")
            lines.append("本月的开放日是\(SpokenSchedule.dates(openDays.map(\.date)))。")
        } else {
            // One line each: a list of several days and hours runs too long to say in a breath.
            lines += openDays.map { "开放日：\(SpokenSchedule.day($0.date))，\(SpokenSchedule.range($0.start, $0.end))。" }
        }
        lines.append("开放日大家可以自己来站点学习，想看哪个节目，可以找站点管理员。")
        var seen: Set<String> = []
        let loop = openDays.flatMap(\.items).map(\.title).filter { seen.insert($0).inserted }
        if !loop.isEmpty {
            let shown = loop.prefix(4).map { "《\(spoken($0))》" }.joined(separator: "、")
            lines.append("开放日站点全天循环播放\(shown)\(loop.count > 4 ? "等节目" : "")。")
        }
        return lines
    }

    // MARK: - One session

    private func announcement(_ session: PlannedSession, number: Int) -> [String] {
        let day = SpokenSchedule.day(session.date)
        let range = SpokenSchedule.range(session.start, session.end)
        let what = session.kind == .studyDay ? "集中学习" : "每周学习"
        var lines = [
            "【第\(SpokenSchedule.ordinal(number))则　\(session.kind.chineseName)】",
            "各位党员、干部、村民朋友们：",
            "\(day)，\(range)，在\(place)\(what)。",
            "学习时间\(SpokenChinese.duration(minutes: session.minutes))。",
        ]
        if session.items.isEmpty {
            lines.append("学习内容另行通知。")
        } else {
            let topics = input.topicLabels(of: session).map(spoken)
            lines.append("这次学习\(topics.joined(separator: "、"))方面的内容，播放以下节目：")
            for (n, item) in session.items.enumerated() {
                lines.append(
                    "\(SpokenSchedule.ordinal(n + 1))、《\(spoken(item.title))》，\(spoken(input.topicNames.label(item.topic)))。")
            }
        }
        lines.append("请大家准时参加。到场后，请在签到表上签名。")
        let start = SpokenChinese.time(hour: session.start.hour, minute: session.start.minute)
        lines.append("再说一遍：\(day)，\(start)，\(place)，\(what)。")
        return lines
    }

    private func spoken(_ text: String) -> String { SpokenNumbers.speak(text) }
}
