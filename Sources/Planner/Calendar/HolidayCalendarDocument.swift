/// The shape of `Catalog/calendars/<ID>.yaml`, decodable with any `Decoder` (the application layer uses Yams).
///
/// ```yaml
/// id: CN-2026
/// name: 中国 2026 年法定节假日
/// holidays:
///   - {name: 元旦, dates: ["2026-01-01..2026-01-03"]}
/// workdays:
///   - {name: 元旦调休上班, date: "2026-01-04"}
/// ```
public struct HolidayCalendarDocument: Sendable, Hashable, Decodable {
    public struct HolidayEntry: Sendable, Hashable, Decodable {
        public var name: String
        /// Each `YYYY-MM-DD` or `YYYY-MM-DD..YYYY-MM-DD`.
        public var dates: [String]

        public init(name: String, dates: [String]) {
            self.name = name
            self.dates = dates
        }
    }

    public struct WorkdayEntry: Sendable, Hashable, Decodable {
        public var name: String
        public var date: String

        public init(name: String, date: String) {
            self.name = name
            self.date = date
        }
    }

    public var id: String
    public var name: String
    public var source: String?
    /// Set while the year's dates are an assumption (the State Council's notice not yet published): why, in
    /// Chinese; `stations check` warns with it.
    public var provisional: String?
    public var holidays: [HolidayEntry]
    public var workdays: [WorkdayEntry]

    public init(id: String, name: String, source: String? = nil, holidays: [HolidayEntry], workdays: [WorkdayEntry]) {
        self.id = id
        self.name = name
        self.source = source
        self.holidays = holidays
        self.workdays = workdays
    }

    enum CodingKeys: String, CodingKey { case id, name, source, provisional, holidays, workdays }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(String.self, forKey: .id)
        name = try container.decodeIfPresent(String.self, forKey: .name) ?? id
        source = try container.decodeIfPresent(String.self, forKey: .source)
        provisional = try container.decodeIfPresent(String.self, forKey: .provisional)
        holidays = try container.decodeIfPresent([HolidayEntry].self, forKey: .holidays) ?? []
        workdays = try container.decodeIfPresent([WorkdayEntry].self, forKey: .workdays) ?? []
    }

    /// Validates every date; the error names the entry so the caller can point at its line.
    public func makeCalendar() throws(PlannerValueError) -> HolidayCalendar {
        var holidayValues: [HolidayCalendar.Holiday] = []
        for entry in holidays {
            var ranges: [DateRange] = []
            for text in entry.dates {
                do {
                    ranges.append(try DateRange(parsing: text))
                } catch {
                    throw PlannerValueError(input: text, message: "假期“\(entry.name)”：\(error.message)")
                }
            }
            holidayValues.append(HolidayCalendar.Holiday(name: entry.name, dates: ranges))
        }
        var workdayValues: [HolidayCalendar.AdjustedWorkday] = []
        for entry in workdays {
            do {
                workdayValues.append(HolidayCalendar.AdjustedWorkday(name: entry.name, date: try LocalDate(parsing: entry.date)))
            } catch {
                throw PlannerValueError(input: entry.date, message: "调休上班日“\(entry.name)”：\(error.message)")
            }
        }
        return try HolidayCalendar(id: id, name: name, holidays: holidayValues, workdays: workdayValues)
    }
}
