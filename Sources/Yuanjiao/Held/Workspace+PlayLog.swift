import Catalogue
public import Foundation
public import Planner

extension Workspace {
    /// `yuanjiao playlog import`: stores every good line of the play logs (a line already stored is
    /// left as it is), reports every bad line by file and line, then matches each station-month touched
    /// against its stored plan.
    public func importPlayLog(files: [URL], by: String? = nil) throws(YuanjiaoError) -> PlayLogImportReport {
        var report = PlayLogImportReport()
        let knownFiles = try Self.boundary { try catalogue.resourceFileNames() }
        var touched = Set<String>()
        for url in files {
            let sheet = PlayLogSheet(url: url)
            report.problems += sheet.problems
            guard let station = sheet.station, let month = sheet.month else { continue }
            let plan = try Self.boundary { try storedPlan(station: station, month: month) }
            if let refusal = Self.refusal(sheet, of: station, month: month, planned: plan != nil, logFile: url) {
                report.problems.append(refusal)
                continue
            }
            let plannedFiles = Set(plan?.sessions.flatMap { $0.items.map { PlayMatcher.fileName($0.path) } } ?? [])
            var accepted = PlayTimeline(try storedPlays(station: station, month: month))
            var records: [PlayLogRecord] = []
            let identity = try Self.boundary {
                try PlayedFileIdentity(logFile: url, files: Set(sheet.lines.map(\.path)), catalogue: catalogue)
            }
            var byName = 0
            for line in sheet.lines {
                func refuse(_ kind: PlayLogProblem.Kind, _ detail: String) {
                    report.problems.append(PlayLogProblem(file: url.path, line: line.line, kind: kind, detail: detail))
                }
                var file = line.file
                switch identity.resolve(line.path, name: line.file, knownNames: knownFiles.contains, planned: plannedFiles) {
                case .course(let name): file = name
                case .otherContent: refuse(.otherContent, line.path); continue
                case .byName: byName += 1
                }
                guard knownFiles.contains(file) || plannedFiles.contains(file) else { refuse(.unknownFile, file); continue }
                let play = PlayMatcher.Play(start: line.start, end: line.end, file: file)
                if accepted.contains(play) {
                    report.unchanged += 1
                    continue
                }
                if let other = accepted.overlap(with: play) {
                    refuse(.overlap, "\(other.start)–\(TimeOfDay.clockText(seconds: other.end.seconds)) \(other.file)")
                    continue
                }
                accepted.add(play)
                records.append(PlayLogRecord(station: station, start: "\(line.start)", end: "\(line.end)", file: file,
                                             sourceFile: url.lastPathComponent, sourceLine: line.line))
            }
            if byName > 0 { report.notes.append(PlayLogNote(file: url.path, matchedByName: byName)) }
            let outcome = try appendPlayLog(records, by: LibrarianName.resolve(by))
            report.added += outcome.added
            report.unchanged += outcome.unchanged
            touched.insert("\(station)|\(month)")
        }
        for key in touched.sorted() {
            let parts = key.split(separator: "|").map(String.init)
            guard let month = try? YearMonth(parsing: parts[1]) else { continue }
            report.matches += try playMatches(station: parts[0], month: month)
        }
        return report
    }

    /// The station's month matched against its plan: each planned item played, partly played or not
    /// played, and every unplanned play.
    public func playMatches(station: String, month: YearMonth) throws(YuanjiaoError) -> [PlayMatch] {
        let plan = try Self.boundary { try storedPlan(station: station, month: month) }
        return PlayMatcher.match(station: station, plan: plan, plays: try storedPlays(station: station, month: month))
    }

    func storedPlays(station: String, month: YearMonth) throws(YuanjiaoError) -> [PlayMatcher.Play] {
        try playLog(stations: [station], from: month.firstDay.description, to: month.adding(months: 1).firstDay.description)
            .compactMap { record in
                guard let start = LogTime(parsing: record.start), let end = LogTime(parsing: record.end) else { return nil }
                return PlayMatcher.Play(start: start, end: end, file: record.file)
            }
    }
}
