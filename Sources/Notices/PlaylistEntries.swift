public import Planner

/// What a player plays for a session, and from where: the path each playlist names for a catalogue path
/// (relative to the playlist in a station bundle), and an open day's loop repeated to fill the day.
public struct PlaylistEntries: Sendable, Hashable {
    /// Catalogue path → the path or reference a playlist writes; a path not in it is written as it is.
    public var references: [String: String]

    public init(references: [String: String] = [:]) {
        self.references = references
    }

    public func reference(_ path: String) -> String { references[path] ?? path }

    /// The items in play order: an open day's items again and again until the open hours are covered,
    /// because the station leaves the player running all day and not every player honours a repeat option.
    public static func played(_ session: PlannedSession) -> [PlannedItem] {
        guard session.kind == .openDay else { return session.items }
        let loop = session.items.reduce(0) { $0 + max($1.durationSeconds, 0) }
        guard loop > 0 else { return session.items }
        let rounds = max(1, (session.minutes * 60 + loop - 1) / loop)
        return Array(repeating: session.items, count: rounds).flatMap { $0 }
    }

    /// How many times an open day's items play in a row, 1 for other sessions.
    public static func rounds(_ session: PlannedSession) -> Int {
        session.items.isEmpty ? 1 : played(session).count / session.items.count
    }
}
