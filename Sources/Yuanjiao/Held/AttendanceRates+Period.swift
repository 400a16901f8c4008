import Notices

extension AttendanceRates {
    /// The members' table of a period from its months' tables (each made by `init(records:members:)` for one
    /// month): attended and sessions added up, the rate worked out again. Exact because the months' dates do not
    /// overlap; ordered as `init` orders a period (stations by id, each station's members as listed).
    static func adding(_ months: [[MemberRate]], order members: [String: [Member]]) -> [MemberRate] {
        var sums: [String: [MemberRate]] = [:]
        for month in months {
            for (station, rates) in Dictionary(grouping: month, by: \.station) {
                guard var known = sums[station], known.count == rates.count else {
                    sums[station] = rates
                    continue
                }
                for index in known.indices {
                    known[index].attended += rates[index].attended
                    known[index].sessions += rates[index].sessions
                }
                sums[station] = known
            }
        }
        return members.keys.sorted().flatMap { station in
            (sums[station] ?? []).map { sum in
                var rate = sum
                rate.rate = sum.sessions == 0 ? nil : Double(sum.attended) / Double(sum.sessions)
                return rate
            }
        }
    }
}
