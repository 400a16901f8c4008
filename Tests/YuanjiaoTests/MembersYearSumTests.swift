import Catalogue
import Notices
import Testing
@testable import Yuanjiao

/// The year's members' table is added up from the months' tables; it must equal the table made from the whole
/// year's sign-ins at once (the way `report` made it before), member by member and in the same order.
struct MembersYearSumTests {
    @Test func monthsAddUpToThePeriod() {
        let members: [String: [Member]] = [
            "b": [Member(name: "张三", role: "党员"), Member(name: "李四", role: "群众")],
            "a": [Member(name: "王五", role: "党员")],
            "c": [Member(name: "赵六", role: "党员")],  // no sheet all period: rate nil, never 0
        ]
        let november = [
            AttendanceRecord(station: "b", date: "2026-11-07", member: "张三", present: true),
            AttendanceRecord(station: "b", date: "2026-11-07", member: "李四", present: false),
            AttendanceRecord(station: "b", date: "2026-11-21", member: "张三", present: true),
            AttendanceRecord(station: "a", date: "2026-11-21", member: "王五", present: true),
        ]
        let december = [
            AttendanceRecord(station: "b", date: "2026-12-05", member: "李四", present: true),
            AttendanceRecord(station: "b", date: "2026-12-05", member: "外人", present: true),
            AttendanceRecord(station: "a", date: "2026-12-05", member: "王五", present: false),
        ]
        let months = [november, december].map { records in
            members.keys.sorted().flatMap { station in
                AttendanceRates(records: records.filter { $0.station == station }, members: [station: members[station] ?? []]).members
            }
        }
        let whole = AttendanceRates(records: november + december, members: members).members
        let summed = AttendanceRates.adding(months, order: members)
        #expect(summed == whole)
        #expect(summed.map(\.name) == ["王五", "张三", "李四", "赵六"])
        #expect(summed.map(\.attended) == [1, 2, 1, 0] && summed.map(\.sessions) == [2, 3, 3, 0])
        #expect(summed.last?.rate == nil)
    }
}
