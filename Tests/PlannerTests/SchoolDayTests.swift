import Foundation
import Testing
@testable import Planner

@Suite struct SchoolDayTests {
    let calendar = Fixtures.cn2026
    let rules = Fixtures.station().rules

    /// Every 2026 adjusted working day: a school day inside a term, a vacation day outside (Feb 14 and 28 fall
    /// in the winter vacation of a school whose spring term starts on March 2).
    @Test(arguments: [
        ("2026-01-04", true), ("2026-02-14", false), ("2026-02-28", false), ("2026-05-09", true),
        ("2026-09-20", true), ("2026-10-10", true),
    ])
    func adjustedWorkingDays(text: String, inTerm: Bool) {
        let date = Fixtures.date(text)
        #expect(date.weekday.isWeekend)
        let kind = rules.dayKind(of: date, calendar: calendar)
        #expect(kind.isSchoolDay == inTerm)
        if inTerm {
            #expect(kind == .adjustedWorkday(calendar.adjustedWorkday(on: date) ?? ""))
            #expect(rules.freeIntervals(on: date, calendar: calendar) == [Fixtures.interval("18:30-21:30")])
        } else {
            #expect(kind == .vacation)
            #expect(rules.freeIntervals(on: date, calendar: calendar) == [Fixtures.interval("08:30-21:30")])
        }
        // A school with a year-round term teaches on every one of them.
        var allYear = rules
        allYear.terms = [Fixtures.range("2026-01-01..2026-12-31")]
        #expect(allYear.dayKind(of: date, calendar: calendar).isSchoolDay)
    }

    @Test func everyPublicHolidayIsFree() {
        var allYear = rules
        allYear.terms = [Fixtures.range("2026-01-01..2026-12-31")]
        var count = 0
        for (name, range) in Fixtures.holidays {
            for date in Fixtures.range(range).dates {
                #expect(allYear.dayKind(of: date, calendar: calendar) == .publicHoliday(name))
                #expect(allYear.freeIntervals(on: date, calendar: calendar) == [Fixtures.interval("08:30-21:30")])
                count += 1
            }
        }
        #expect(count == 3 + 9 + 3 + 5 + 3 + 3 + 7)
    }

    @Test(arguments: [
        ("2026-01-23", true), ("2026-01-26", false),  // last day of the autumn term, first Monday of winter vacation
        ("2026-02-27", false), ("2026-03-02", true),  // last Friday of vacation, first day of spring term
        ("2026-07-03", true), ("2026-07-06", false),  // last day of spring term, summer vacation
        ("2026-08-31", false), ("2026-09-01", true),  // summer vacation ends, autumn term begins (Tuesday)
        ("2026-09-30", true), ("2026-10-08", true),  // around the National Day holiday
        ("2026-12-25", true), ("2026-12-26", false),  // a Friday and a Saturday in term
    ])
    func termEdges(text: String, school: Bool) {
        #expect(rules.dayKind(of: Fixtures.date(text), calendar: calendar).isSchoolDay == school)
    }

    @Test func vacationsHaveNoSchoolDays() {
        let winter = Fixtures.range("2026-01-24..2026-03-01").dates
        let summer = Fixtures.range("2026-07-04..2026-08-31").dates
        for date in winter + summer {
            #expect(!rules.dayKind(of: date, calendar: calendar).isSchoolDay, "\(date)")
        }
        #expect(rules.dayKind(of: Fixtures.date("2026-08-05"), calendar: calendar) == .vacation)
        #expect(rules.dayKind(of: Fixtures.date("2026-08-08"), calendar: calendar) == .weekend)
    }

    @Test func freeTimeOnSchoolDaysAvoidsSchoolHours() {
        var wide = rules
        wide.openHours.schoolDay = Fixtures.interval("07:00-21:00")
        let free = wide.freeIntervals(on: Fixtures.date("2026-12-07"), calendar: calendar)
        #expect(free.map(\.description) == ["07:00-08:00", "11:50-14:00", "17:00-21:00"])
        var avoiding = rules
        avoiding.avoidDates = [Fixtures.date("2026-12-12")]
        #expect(avoiding.freeIntervals(on: Fixtures.date("2026-12-12"), calendar: calendar).isEmpty)
    }

    /// The checker computes school days its own way; both paths agree on every day of 2026.
    @Test func checkerAndPlannerAgreeOnEveryDay() {
        for m in 1...12 {
            let month = YearMonth(monthIndex: 2026 * 12 + m - 1)
            let days = CheckerDays(month: month, rules: rules, calendar: calendar)
            for date in month.days {
                #expect(days.isSchoolDay(date) == rules.dayKind(of: date, calendar: calendar).isSchoolDay, "\(date)")
            }
        }
    }

    /// `Catalog/calendars/CN-2026.yaml` lists exactly the dates these tests use.
    @Test func catalogFileMatches() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let text = try String(contentsOf: root.appendingPathComponent("Catalog/calendars/CN-2026.yaml"), encoding: .utf8)
        for (name, range) in Fixtures.holidays {
            #expect(text.contains("- name: \(name)\n    dates: [\"\(range)\"]"), "\(name)")
        }
        for (name, date) in Fixtures.workdays {
            #expect(text.contains("- name: \(name)\n    date: \"\(date)\""), "\(date)")
        }
        #expect(text.components(separatedBy: "date: \"").count - 1 == Fixtures.workdays.count)
        #expect(text.components(separatedBy: "dates: [").count - 1 == Fixtures.holidays.count)
    }
}
