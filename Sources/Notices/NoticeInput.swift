public import Planner

/// Everything a notice or playlist is written from: one station's stored month and the names around it.
public struct NoticeInput: Sendable, Hashable {
    public var station: Station
    public var plan: StationPlan
    public var month: YearMonth
    /// `示例县`, the county of the station file.
    public var county: String
    public var topicNames: TopicNames
    /// The station's members for the sign-in sheets; empty prints blank rows only.
    public var members: [Member]

    public init(
        station: Station, plan: StationPlan, month: YearMonth, county: String, topicNames: TopicNames = .idsOnly,
        members: [Member] = []
    ) {
        self.station = station
        self.plan = plan
        self.month = month
        self.county = county
        self.topicNames = topicNames
        self.members = members
    }

    /// The month's sessions in date and time order (the plan keeps them so; sorted again so a hand-edited
    /// plan still reads in order).
    public var sessions: [PlannedSession] {
        plan.sessions.sorted { ($0.date, $0.start) < ($1.date, $1.start) }
    }

    /// Study days and weekly sessions: what is announced one by one and signed in for.
    public var announcedSessions: [PlannedSession] { sessions.filter { $0.kind != .openDay } }

    public var openDays: [PlannedSession] { sessions.filter { $0.kind == .openDay } }

    /// `双桥村小学多媒体教室`, or whichever of the two the station file gives.
    public var place: String {
        let school = station.school.trimmedSpaces
        let room = station.room.trimmedSpaces
        if school.isEmpty { return room.isEmpty ? station.name : room }
        return room.isEmpty ? school : school + room
    }

    /// The station's name, falling back to its id.
    public var stationName: String { station.name.trimmedSpaces.isEmpty ? station.id : station.name }

    /// Distinct topic labels of a session's items, in the order they first appear.
    func topicLabels(of session: PlannedSession) -> [String] {
        var seen: Set<String> = []
        return session.items.compactMap { item in
            let label = topicNames.label(item.topic)
            return seen.insert(label).inserted ? label : nil
        }
    }
}

extension String {
    var trimmedSpaces: String {
        var text = Substring(self)
        while let first = text.first, first.isWhitespace { text.removeFirst() }
        while let last = text.last, last.isWhitespace { text.removeLast() }
        return String(text)
    }
}
