import Planner

/// The rule keys one block of the file sets (`defaults` or a station), each with where it was written.
/// A key left out, or written with a value that could not be read, is nil: the block above supplies it.
struct RuleOverrides {
    var schoolHours: Located<[DayInterval]>?
    var terms: Located<[DateRange]>?
    var schoolDayHours: Located<DayInterval>?
    var otherDayHours: Located<DayInterval>?
    var studyDaysPerMonth: Located<Int>?
    var weeklyMinutes: Located<Int>?
    var sessionMinutes: Located<Int>?
    var openDay: Located<Weekday>?
    var topics: Located<[TopicWeight]>?
    var noRepeatMonths: Located<Int>?
    var script: Located<NoticeScript>?
    var avoidDates: Located<[LocalDate]>?
    var audiences: Located<[String]>?
    var materialsPerStudyDay: Located<Int>?

    /// `rules` with every key this block sets replaced.
    func applied(to rules: StationRules) -> StationRules {
        var rules = rules
        if let schoolHours { rules.schoolHours = schoolHours.value }
        if let terms { rules.terms = terms.value }
        if let schoolDayHours { rules.openHours.schoolDay = schoolDayHours.value }
        if let otherDayHours { rules.openHours.otherDay = otherDayHours.value }
        if let studyDaysPerMonth { rules.studyDaysPerMonth = studyDaysPerMonth.value }
        if let weeklyMinutes { rules.weeklyMinutes = weeklyMinutes.value }
        if let sessionMinutes { rules.sessionMinutes = sessionMinutes.value }
        if let openDay { rules.openDay = openDay.value }
        if let topics { rules.topics = topics.value }
        if let noRepeatMonths { rules.noRepeatMonths = noRepeatMonths.value }
        if let avoidDates { rules.avoidDates = avoidDates.value }
        if let audiences { rules.audiences = audiences.value }
        if let materialsPerStudyDay { rules.materialsPerStudyDay = materialsPerStudyDay.value }
        return rules
    }

    /// Where this block wrote the value a `RuleProblem` is about; nil when the block does not set that key.
    func location(of problem: RuleProblem) -> SourceLocation? {
        switch problem.key {
        case "school_hours": return schoolHours?.location(ofElement: problem.index)
        case "terms": return terms?.location(ofElement: problem.index)
        // The planner's only `open_hours` problem: school-day hours all inside school hours, so either is to blame.
        case "open_hours": return schoolDayHours?.at ?? schoolHours?.at
        case "study_days_per_month": return studyDaysPerMonth?.at
        case "weekly_minutes": return weeklyMinutes?.at
        case "session_minutes": return sessionMinutes?.at
        case "open_day": return openDay?.at
        case "topics": return topics?.location(ofElement: problem.index)
        case "no_repeat_months": return noRepeatMonths?.at
        case "script": return script?.at
        case "avoid_dates": return avoidDates?.location(ofElement: problem.index)
        case "audiences": return audiences?.location(ofElement: problem.index)
        case "materials_per_study_day": return materialsPerStudyDay?.at
        default: return nil
        }
    }
}
