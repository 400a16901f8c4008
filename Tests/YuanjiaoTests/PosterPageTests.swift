import Foundation
import Notices
import Planner
import Testing

/// The notice-board poster prints on ONE A4 page for any month: the fixed stations, a generated worst case
/// (two weekly sessions a week, four study days, five open days, long titles, traditional script) and a month
/// whose sessions hold more items than any type size can list. Rendered with headless Chromium when installed.
@Suite("Notice-board poster fits one A4 page")
struct PosterPageTests {
    static let longTitles = [
        "习近平新时代中国特色社会主义思想学习纲要专题辅导（第十二讲）：乡村振兴战略与农村基层党组织建设",
        "CCTV-7《农广天地》2026冬季特辑：丘陵山区柑橘、脐橙与柚子的冬季清园、修剪、施肥和防冻管护",
        "中华人民共和国民法典婚姻家庭编、继承编与农村土地承包经营权流转纠纷典型案例解读",
        "新时代文明实践中心志愿服务——移风易俗、孝老爱亲、邻里互助与平安乡村建设经验交流",
        "生猪规模化养殖场非洲猪瘟等重大动物疫病综合防控技术与无害化处理规范",
        "农村电商直播带货入门：手机拍摄、短视频剪辑、网店开设与农产品品牌打造",
    ]

    /// Two weekly sessions every week, four study days, an open day every Saturday: 17 sessions.
    static func worstCase(itemsPerSession: Int, script: NoticeScript) -> NoticeInput {
        let month = NoticeFixtures.month
        var sessions: [PlannedSession] = []
        var studyDays = 0
        for date in month.days {
            let items = (0..<itemsPerSession).map { index in
                PlannedItem(
                    id: Int64(index), title: longTitles[(date.day + index) % longTitles.count], topic: "policy",
                    startOffset: index * 600, durationSeconds: 45 * 60, path: "/srv/课件/\(index).mp4", why: "")
            }
            switch date.weekday {
            case .tuesday, .thursday:
                sessions.append(PlannedSession(date: date, start: time("19:00"), end: time("21:00"), kind: .weekly, items: items))
            case .saturday:
                sessions.append(PlannedSession(date: date, start: time("08:30"), end: time("21:30"), kind: .openDay, items: items))
            case .sunday where studyDays < 4:
                studyDays += 1
                sessions.append(PlannedSession(date: date, start: time("09:00"), end: time("16:30"), kind: .studyDay, items: items))
            default: break
            }
        }
        let station = Station(
            id: "worst", name: "黔东南苗族侗族自治州雷山县西江镇千户苗寨远程教育示范站点", school: "西江镇中心小学", mode: 2,
            room: "多媒体教室", script: script)
        return NoticeInput(
            station: station, plan: StationPlan(id: "worst", sessions: sessions, warnings: []), month: month,
            county: "雷山县", topicNames: .catalog)
    }

    static func time(_ text: String) -> TimeOfDay { NoticeFixtures.time(text) }

    static let cases: [(name: String, input: NoticeInput)] = [
        ("shuangqiao", NoticeFixtures.shuangqiaoInput),
        ("guangshun", NoticeFixtures.guangshunInput),
    ] + [1, 2, 3, 4, 6, 24].flatMap { items in
        NoticeScript.allCases.map { script in ("worst-\(items)-items-\(script.rawValue)", worstCase(itemsPerSession: items, script: script)) }
    }

    @Test("an ordinary month keeps content at 14 pt or more")
    func ordinaryMonthIsLarge() {
        let html = NoticeBoardPoster(NoticeFixtures.guangshunInput).simplifiedHTML()
        let size = html.firstMatch(of: /--text: ([0-9.]+)pt/).flatMap { Double($0.1) }
        #expect((size ?? 0) >= 14)
    }

    @Test("a packed month gets smaller type and more columns, and a month beyond that lists fewer items per card")
    func packedMonthShrinks() throws {
        let packed = NoticeBoardPoster(NoticeFixtures.shuangqiaoInput).simplifiedHTML()
        #expect(packed.contains("--columns: 2"))
        #expect(!packed.contains("--text: 14pt") && !packed.contains("--text: 15pt"))
        #expect(!packed.contains("class=\"more\""))
        let overfull = NoticeBoardPoster(Self.worstCase(itemsPerSession: 24, script: .simplified)).simplifiedHTML()
        #expect(overfull.contains("--columns: 3"))
        #expect(overfull.contains("<li class=\"more\">"))
        #expect(overfull.contains("个节目，见本次播放单</li>"))
        try HTMLCheck.assertWellFormed(overfull)
    }

    @Test("the open days are one compact card: days sharing hours on one line, what loops")
    func openDaysCompact() {
        let html = NoticeBoardPoster(NoticeFixtures.shuangqiaoInput).simplifiedHTML()
        #expect(html.contains("<li>12月5日（六）、13日（日）、19日（六）、26日（六） 08:30–21:30</li>"))
        #expect(html.contains("<p class=\"loop\">全天循环播放：CCTV7农广天地：冬季柑橘管护、蔬菜大棚冬季管理</p>"))
    }

    @Test(
        "printed with headless Chromium, each poster is exactly one A4 page",
        .enabled(if: PosterRendering.browser != nil, "Chromium 未安装"), arguments: 0..<cases.count)
    func onePage(_ index: Int) throws {
        let (name, input) = Self.cases[index]
        let html = try NoticeBoardPoster(input).html()
        // YUANJIAO_POSTER_DIR=folder keeps each poster's HTML there, to render and look at with Scripts/render-notice.sh.
        if let folder = ProcessInfo.processInfo.environment["YUANJIAO_POSTER_DIR"] {
            try Data(html.utf8).write(to: URL(fileURLWithPath: folder).appendingPathComponent("\(name).html"))
        }
        #expect(try PosterRendering.pageCount(ofHTML: html, name: name) == 1, "\(name)")
    }
}
