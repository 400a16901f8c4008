public import Foundation

extension Workspace {
    /// `yuanjiao stations check`: the station file against `Catalog/` (known topics and calendars);
    /// needs no catalogue. Every problem is in the report, none is thrown.
    /// With `month`, also reports when the file's holiday calendars do not cover that month.
    public static func checkStationFile(
        _ url: URL, month: YearMonth? = nil, data: CatalogData? = nil
    ) throws(YuanjiaoError) -> StationFileReport {
        try boundary {
            let data = try data ?? CatalogData.locate()
            let topics = Set(try TopicsFile.load(data.topicsFile).ids)
            let store = CalendarStore(directory: data.calendarsDirectory)
            var report = StationFile.check(url, knownTopics: topics, knownCalendars: store.knownIDs)
            let text = try? String(contentsOf: url, encoding: .utf8)
            // The reminder points at the `calendar:` line, where the year is chosen.
            let lines = (text ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            let line = lines.firstIndex { $0.hasPrefix("calendar") }.map { $0 + 1 } ?? 0
            for id in report.file?.calendarIDs ?? [] {
                guard let note = store.provisionalNote(id) else { continue }
                report.warnings.append(
                    StationFileProblem(path: report.path, line: line, column: line > 0 ? 1 : 0, message: "日历 \(id) 是暂定的：\(note)"))
            }
            guard let month else { return report }
            return report.checking(month: month, text: text)
        }
    }
}
