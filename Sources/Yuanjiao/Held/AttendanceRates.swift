public import Catalogue
public import Notices

/// 出勤率: per member over a period, and per station per session. A session is a date the station
/// recorded attendance for; a member with no mark on such a date counts as absent. Pure.
public struct AttendanceRates: Sendable, Hashable, Codable {
    public struct MemberRate: Sendable, Hashable, Codable {
        public var station: String
        public var name: String
        public var role: String
        public var attended: Int
        public var sessions: Int
        /// attended / sessions, nil when the station recorded no session (never a silent zero).
        public var rate: Double?
        /// 心得体会 handed in over the period; nil when no sheet of the station had a 心得 column.
        public var reflections: Int?
        /// Study sessions (集中学习日 and 每周学习) the station's stored plans had over the period.
        public var plannedSessions: Int?
    }

    public struct SessionRate: Sendable, Hashable, Codable {
        public var station: String
        public var date: String
        public var present: Int
        public var members: Int
        public var rate: Double?
    }

    public var members: [MemberRate]
    public var sessions: [SessionRate]

    public init(records: [AttendanceRecord], members: [String: [Member]]) {
        var dates: [String: Set<String>] = [:]
        var presentBy: [Pair: Set<String>] = [:]  // (station, name) → dates present
        var presentAt: [Pair: [String]] = [:]  // (station, date) → members present
        for record in records {
            dates[record.station, default: []].insert(record.date)
            if record.present {
                presentBy[Pair(record.station, record.member), default: []].insert(record.date)
                presentAt[Pair(record.station, record.date), default: []].append(record.member)
            }
        }
        self.members = members.keys.sorted().flatMap { station in
            let count = dates[station]?.count ?? 0
            return (members[station] ?? []).map { member in
                let attended = presentBy[Pair(station, member.name)]?.count ?? 0
                return MemberRate(station: station, name: member.name, role: member.role, attended: attended, sessions: count,
                                  rate: count == 0 ? nil : Double(attended) / Double(count))
            }
        }
        self.sessions = dates.keys.sorted().flatMap { station in
            let names = Set((members[station] ?? []).map(\.name))
            return dates[station, default: []].sorted().map { date in
                let present = (presentAt[Pair(station, date)] ?? []).filter { names.contains($0) }.count
                return SessionRate(station: station, date: date, present: present, members: names.count,
                                   rate: names.isEmpty ? nil : Double(present) / Double(names.count))
            }
        }
    }

    /// Two texts as one key, without building a joined string for every record (a year report builds these per station-month).
    private struct Pair: Hashable {
        let first: String
        let second: String
        init(_ first: String, _ second: String) {
            self.first = first
            self.second = second
        }
    }
}
