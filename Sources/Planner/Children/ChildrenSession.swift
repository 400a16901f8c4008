/// One planned children's activity. It carries counts, never names: the names of a group or of the birthday
/// children are looked up from the roster at the station (`ChildrenGroups`), so stored plans, `plan --json` and
/// county reports hold no minor's data.
public struct ChildrenSession: Sendable, Hashable, Codable {
    public var date: LocalDate
    public var start: TimeOfDay
    public var end: TimeOfDay
    public var kind: ChildrenSessionKind
    public var title: String
    public var room: String
    /// Index of the activity in the station file's `children.activities`.
    public var activity: Int
    /// Group number (1-based) and how many groups the class has; 1 of 1 when everyone fits.
    public var group: Int
    public var groups: Int
    /// How many children the session is for.
    public var children: Int
    /// A birthday session's window: the children born on these days of the year.
    public var window: DateRange?
    /// Films of a `children-film` session, from topic `children`.
    public var items: [PlannedItem]

    public init(
        date: LocalDate, start: TimeOfDay, end: TimeOfDay, kind: ChildrenSessionKind, title: String, room: String,
        activity: Int, group: Int = 1, groups: Int = 1, children: Int, window: DateRange? = nil, items: [PlannedItem] = []
    ) {
        self.date = date
        self.start = start
        self.end = end
        self.kind = kind
        self.title = title
        self.room = room
        self.activity = activity
        self.group = group
        self.groups = groups
        self.children = children
        self.window = window
        self.items = items
    }

    public var interval: DayInterval { DayInterval(unchecked: start.minutes, end.minutes) }
}

/// One station's children's month: the sessions in date order and what could not be placed.
public struct ChildrenPlan: Sendable, Hashable, Codable {
    public var sessions: [ChildrenSession]
    public var relaxations: [ChildrenRelaxation]

    public init(sessions: [ChildrenSession] = [], relaxations: [ChildrenRelaxation] = []) {
        self.sessions = sessions
        self.relaxations = relaxations
    }
}
