import ChineseText
import Foundation
import Notices
import Planner

/// The files of one station's bundle, made in memory: playlists per day and for the month (paths relative
/// to the bundle folder when `entries` maps them), the plan as JSON and iCalendar, the three notices and,
/// when given, the `说明.txt` guide.
struct StationBundle {
    var input: NoticeInput
    var generated: Date
    var timeZoneID: String
    var entries = PlaylistEntries()
    var guide: BundleGuide?
    /// The library the station page lists (the manifest's courseware); the page is written only with it.
    var courseware: [BundleManifest.Courseware]?
    var pinyin: PinyinTable?
    /// Topic id and label from `Catalog/topics.yaml` for the 需求调查表.
    var surveyTopics: [(id: String, label: String)] = []

    func files() throws -> [(name: String, data: Data)] {
        var files: [(name: String, data: Data)] = M3U8Playlist.daily(input.plan, entries: entries).map {
            ($0.fileName, Data($0.text().utf8))
        }
        files.append(("playlist.xspf", Data(XSPFPlaylist(input, entries: entries).xml().utf8)))
        if let guide { files.append((BundleGuide.fileName, Data(guide.text().utf8))) }
        files.append(("plan.json", try planJSON()))
        let zone = TimeZone(identifier: timeZoneID)
        let offset = zone.map { $0.secondsFromGMT(for: monthStart(in: $0)) / 60 } ?? 480
        let calendar = ICalendarWriter(input, generated: generated, timeZoneID: zone == nil ? "Asia/Shanghai" : timeZoneID, utcOffsetMinutes: offset)
        files.append(("plan.ics", Data(calendar.text().utf8)))
        files.append((SurveySheetPage.bundleFileName, Data(SurveySheetPage(input, topics: surveyTopics).html().utf8)))
        files.append((XMLTVListing.bundleFileName, Data(XMLTVListing([input], utcOffsetSeconds: offset * 60).xml().utf8)))
        for format in NoticeFormat.allCases {
            files.append((format.bundleFileName, Data(try Workspace.renderNotice(input, format: format).utf8)))
        }
        // 快乐园: only this station's bundle carries its children's names.
        if input.plan.children != nil, input.station.children != nil {
            for format in ChildrenNoticeFormat.allCases {
                files.append((format.bundleFileName, Data(try Workspace.renderChildrenNotice(input, format: format).utf8)))
            }
        }
        if let courseware {
            let data = StationPageData(
                input: input, files: files.map(\.name),
                courseware: courseware, references: entries.references, pinyin: pinyin)
            files += try StationPage(data: data).files()
        }
        return files.sorted { $0.name < $1.name }
    }

    /// The station's month in the `plan --json` shape, keys sorted.
    func planJSON() throws -> Data {
        try JSONFormat.fileData(MonthPlan(month: input.month, stations: [input.plan]))
    }

    private func monthStart(in zone: TimeZone) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        return calendar.date(from: DateComponents(year: input.month.year, month: input.month.month, day: 1)) ?? generated
    }
}
