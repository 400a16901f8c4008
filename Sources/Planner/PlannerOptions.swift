/// Tunable preferences of the planner (not rules: a station file cannot break them).
public struct PlannerOptions: Sendable, Hashable {
    /// Preferred session starts on school days, first choice first (evenings).
    public var schoolDayStarts: [TimeOfDay]
    /// Preferred session starts on other days (morning, afternoon, evening).
    public var otherDayStarts: [TimeOfDay]
    /// A weekly session is never shorter than this (unless the day has less free time).
    public var minimumSessionMinutes: Int
    /// Study days this many days apart when the calendar allows.
    public var studyDaySpreadDays: Int
    /// An open-day loop borrows items from other weeks until it lasts this long.
    public var openDayLoopMinutes: Int
    /// A session left idle this many minutes or more gets a warning.
    public var idleWarningMinutes: Int
    /// Search nodes the exact re-pack of one session may visit (`SessionRepack`); 0 plans without re-packing.
    public var repackNodes: Int
    /// Trials a month of re-packing a session with a course borrowed from another session (`CourseFiller+Borrow`,
    /// scored without copying the month: `BorrowTrials`); 0 plans without.
    public var borrowTrials: Int
    /// `SessionRepack` searches a month of re-packing a short session jointly with another (`CourseFiller+PairRepack`);
    /// 0 plans without.
    public var pairSearches: Int
    /// Kicks a month may try when no pair re-pack lowers its shortfall (`CourseFiller+PairRepack`); 0 tries none.
    public var pairKicks: Int
    /// Joint fills of the short sessions a month may try, lowest bound first, with the month re-packed around each
    /// (`CourseFiller+ShortFills`); 0 tries none.
    public var shortFillTrials: Int
    /// Descents the re-packs run a month from the same start, the lowest month kept (`CourseFiller+Descents`);
    /// 1 runs the first alone.
    public var descents: Int
    /// Series kicks a month may try after the descents: a series carried several episodes further, the month
    /// descended again from there, kept only if lower (`CourseFiller+SeriesKicks`); 0 tries none.
    public var seriesKicks: Int
    /// Descents run again after the kicks at the grain of a second (`CourseFiller+FineDescent`), each from the
    /// month kept, the lowest kept; 0 runs none.
    public var fineDescents: Int

    /// Evenings on school days; 09:00, 14:30, then 19:00 on other days; 30-minute minimum sessions; 7 days
    /// between study days; open-day loops of at least an hour; warnings from 15 idle minutes.
    public init() {
        schoolDayStarts = [TimeOfDay(unchecked: 19 * 60)]
        otherDayStarts = [TimeOfDay(unchecked: 9 * 60), TimeOfDay(unchecked: 14 * 60 + 30), TimeOfDay(unchecked: 19 * 60)]
        minimumSessionMinutes = 30
        studyDaySpreadDays = 7
        openDayLoopMinutes = 60
        idleWarningMinutes = 15
        repackNodes = SessionRepack.defaultNodeBudget
        borrowTrials = CourseFiller.defaultBorrowTrials
        pairSearches = CourseFiller.defaultPairSearches
        pairKicks = CourseFiller.defaultPairKicks
        shortFillTrials = CourseFiller.defaultShortFillTrials
        descents = CourseFiller.defaultDescents
        seriesKicks = CourseFiller.defaultSeriesKicks
        fineDescents = CourseFiller.defaultFineDescents
    }
}
