import Catalogue
public import Foundation
public import Planner

/// What `yuanjiao survey import` did.
public struct SurveyImportReport: Sendable, Hashable, Codable {
    public var added = 0
    public var unchanged = 0
    public var changed = 0
    /// Files left out whole because a row was wrong (one transaction per file).
    public var skippedFiles: [String] = []
    public var problems: [SurveyProblem] = []
    public var hasProblems: Bool { !problems.isEmpty }

    public var text: String {
        var lines = ["需求调查：新增 \(added) 份，未变 \(unchanged) 份，更正 \(changed) 份。"]
        if !problems.isEmpty {
            lines.append("以下文件有错，整份未导入（改正后重新导入即可）：\(skippedFiles.joined(separator: "、"))")
            lines += problems.map { "  " + $0.text }
        }
        return lines.joined(separator: "\n")
    }
}

extension Workspace {
    /// `yuanjiao survey import`: each file's answers are stored in one transaction, or, when any row is
    /// wrong, not at all (every wrong row is reported with its line). `month` is the sheets' month where
    /// they have no 月份 column; `today` bounds it (no answers for a month still to come).
    public func importSurveys(
        files: [URL], context: PlanningContext, month: YearMonth? = nil, today: LocalDate? = nil, station: String? = nil,
        by: String? = nil
    ) throws(YuanjiaoError) -> SurveyImportReport {
        var names: [String: String] = [:]
        for topic in try Self.boundary({ try taxonomy() }).topics {
            names[topic.id] = topic.id
            names[topic.label] = topic.id
            if let traditional = topic.labelTraditional { names[traditional] = topic.id }
        }
        let today = today ?? Self.countyToday(timeZone: context.stationFile.timeZone)
        let rules = SurveySheet.Rules(
            stations: context.stationFile.stations, topicNames: names, month: month ?? today.yearMonth, currentMonth: today.yearMonth,
            onlyStation: station)
        var report = SurveyImportReport()
        for url in files {
            let sheet = SurveySheet(url: url, rules: rules)
            guard sheet.problems.isEmpty else {
                report.problems += sheet.problems
                report.skippedFiles.append(url.path)
                continue
            }
            let outcome = try Self.boundary { try catalogue.storeSurveyAnswers(sheet.answers, by: LibrarianName.resolve(by)) }
            report.added += outcome.added
            report.unchanged += outcome.unchanged
            report.changed += outcome.changed
        }
        return report
    }

    /// The county's month now, for commands whose month defaults to the current one.
    public static func currentMonth(_ context: PlanningContext) -> YearMonth {
        countyToday(timeZone: context.stationFile.timeZone).yearMonth
    }

    /// The county's calendar date now (the station file's time zone).
    static func countyToday(timeZone: String) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: timeZone) ?? TimeZone(identifier: "Asia/Shanghai")!
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return (try? LocalDate(year: parts.year ?? 2026, month: parts.month ?? 1, day: parts.day ?? 1))
            ?? LocalDate(dayNumber: Int(Date().timeIntervalSince1970 / 86_400))
    }

    /// `yuanjiao survey --stations`: per station what members asked for over the year up to `month`,
    /// and the `topics:` weights that would follow (see `SurveyDemand`).
    public func surveyDemand(context: PlanningContext, month: YearMonth) throws(YuanjiaoError) -> SurveyDemand {
        let answers = try Self.boundary {
            try catalogue.surveyAnswers(from: month.adding(months: -11).description, through: month.description)
        }
        return SurveyDemand(month: month, stations: context.stationFile.stations, answers: answers, topicNames: context.topicNames)
    }
}
