import Foundation
public import Planner

/// Which years a station file's holiday calendars cover. A calendar file is one published year (`CN-2026.yaml`);
/// planning a month of another year would silently treat its holidays (元旦, 春节) as school days.
public enum CalendarCoverage {
    /// A month the station file's calendars do not cover: refused by `plan` and `check`, reported by
    /// `stations check --month`.
    public struct Uncovered: Error, CustomStringConvertible, Sendable {
        public var month: YearMonth
        public var calendarIDs: [String]
        /// The calendar file to add, e.g. `Catalog/calendars/CN-2027.yaml`.
        public var missingFile: String

        public var description: String {
            let named = calendarIDs.isEmpty ? "（无）" : calendarIDs.joined(separator: "、")
            return "站点文件的节假日日历 \(named) 不包括 \(month.chineseName)（\(month)）：请按 Catalog/calendars/README.md 添加 \(missingFile)，"
                + "并把它写进站点文件的 calendar（例如 calendar: [\((calendarIDs + [Self.id(from: missingFile)]).joined(separator: ", "))]）"
        }

        static func id(from file: String) -> String {
            String((file.split(separator: "/").last ?? "").dropLast(5))
        }
    }

    /// The year of a calendar id such as `CN-2026` (its last four digits); nil when it names none.
    public static func year(of id: String) -> Int? {
        let digits = id.reversed().prefix { $0.isASCII && $0.isNumber }
        guard digits.count == 4 else { return nil }
        return Int(String(digits.reversed()))
    }

    /// Throws `Uncovered` when none of `calendarIDs` is for `month`'s year. Calendars whose id names no year
    /// are trusted (a hand-made calendar for a test or a region).
    public static func require(_ month: YearMonth, calendarIDs: [String]) throws(Uncovered) {
        let years = calendarIDs.map(year(of:))
        guard !years.contains(month.year), !years.contains(nil) else { return }
        let template = calendarIDs.last ?? "CN-\(month.year)"
        let prefix = year(of: template) != nil ? String(template.dropLast(4)) : "CN-"
        throw Uncovered(month: month, calendarIDs: calendarIDs, missingFile: "Catalog/calendars/\(prefix)\(month.year).yaml")
    }
}

extension Workspace.PlanningContext {
    /// `plan` and `check` refuse a month the station file's calendars do not cover, as a calendar problem
    /// (exit 2) naming the file to add.
    func requireCalendars(covering month: YearMonth) throws(CalendarStore.Invalid) {
        do {
            try CalendarCoverage.require(month, calendarIDs: stationFile.calendarIDs)
        } catch {
            throw CalendarStore.Invalid(path: error.missingFile, message: error.description)
        }
    }
}

extension StationFileReport {
    /// `stations check --month`: adds a problem, at the file's `calendar:` line, when its calendars do not
    /// cover `month`.
    public func checking(month: YearMonth, text: String?) -> StationFileReport {
        guard let file else { return self }
        do {
            try CalendarCoverage.require(month, calendarIDs: file.calendarIDs)
            return self
        } catch {
            let lines = (text ?? "").split(separator: "\n", omittingEmptySubsequences: false)
            let line = lines.firstIndex { $0.hasPrefix("calendar") }.map { $0 + 1 } ?? 1
            var copy = self
            copy.problems.append(StationFileProblem(path: path, line: line, column: 1, message: error.description))
            copy.file = nil
            return copy
        }
    }
}
