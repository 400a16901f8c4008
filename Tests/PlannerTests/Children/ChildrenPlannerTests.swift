import Testing
import Planner

/// The 快乐园 pass on hand-made stations: groups, birthdays, fixed hours, rooms, films, what gets declared.
@Suite struct ChildrenPlannerTests {
    static func plan(_ station: Station, _ month: String, history: StationHistory = .empty) throws -> (StationPlan, ChildrenPlan) {
        let planner = MonthPlanner(pool: ChildrenFixtures.pool, calendar: ChildrenFixtures.schoolYearCalendar, month: Fixtures.month(month))
        let plan = planner.plan(station: station, history: history)
        return (plan, try #require(plan.children))
    }

    @Test func fiveHundredChildrenForTenComputersArePlannedAsFarAsTheWeekAllowsAndTheRestDeclared() throws {
        var random = SeededGenerator(seed: 5)
        let programme = ChildrenProgramme(
            roster: ChildrenFixtures.roster(500, random: &random), computers: 10,
            activities: [ChildrenActivity(kind: .childrenClass, title: "电脑基础", perWeek: 1, minutes: 60, room: "电脑室", needsComputers: true)])
        let station = ChildrenFixtures.station(children: programme)
        let (plan, children) = try Self.plan(station, "2026-11")
        #expect(children.sessions.allSatisfy { $0.children <= 10 && $0.groups == 50 })
        #expect(!children.sessions.isEmpty)
        let monday = Fixtures.date("2026-11-09")
        let week = children.sessions.filter { $0.date.mondayOfWeek == monday }
        let declared = try #require(children.relaxations.first { $0.week == monday })
        #expect(declared.needed == 50 && declared.placed == week.count && week.count < 50)
        #expect(declared.reason == .noFreeTime)
        // Each group placed once that week, on distinct group numbers.
        #expect(Set(week.map(\.group)).count == week.count)
        // As far as the week allows: no day of it has an hour left in the computer room out of school time.
        for date in (0..<7).map({ monday.adding(days: $0) }) {
            let spans = ChildrenSchoolYearJudge.freeSpans(
                date, schoolDay: ChildrenSchoolYearTests.isSchoolDay(date, station.rules), rules: station.rules, room: "电脑室",
                stationRoom: station.room, adults: plan.sessions, children: children.sessions)
            #expect(!ChildrenSchoolYearJudge.fits(60, in: spans), "\(date): \(spans)")
        }
        // The rest are declared by group count, never dropped: every child is in a group.
        #expect(children.relaxations.allSatisfy { $0.needed == 50 && $0.placed < 50 && $0.reason == .noFreeTime })
    }

    @Test func groupsNameEveryChildOnceAndNoGroupExceedsTheComputers() {
        var random = SeededGenerator(seed: 9)
        let roster = ChildrenFixtures.roster(23, random: &random)
        let count = ChildrenGroups.groupCount(children: 23, computers: 10)
        let groups = (1...count).map { ChildrenGroups.group($0, of: count, roster: roster) }
        #expect(count == 3)
        #expect(groups.map(\.count) == [8, 8, 7])
        #expect(Set(groups.flatMap { $0 }).count == 23)
    }

    @Test func theBirthdaySessionNamesExactlyTheMonthsBirthdaysAndLeapDayChildrenCelebrateOnThe28th() throws {
        let roster = [
            Child(name: "王小明", birthDate: Fixtures.date("2016-02-29")), Child(name: "李红", birthDate: Fixtures.date("2017-02-01")),
            Child(name: "张佳怡", birthDate: Fixtures.date("2015-03-01")), Child(name: "欧阳子涵", birthDate: Fixtures.date("2018-01-31")),
        ]
        let programme = ChildrenProgramme(roster: roster, computers: 0, activities: [ChildrenActivity(kind: .birthday, perMonth: 1, minutes: 60)])
        let (_, children) = try Self.plan(ChildrenFixtures.station(children: programme), "2027-02")
        let session = try #require(children.sessions.first)
        let window = try #require(session.window)
        #expect(window == Fixtures.range("2027-02-01..2027-02-28"))
        #expect(ChildrenGroups.birthdays(in: window, roster: roster).map(\.name) == ["李红", "王小明"])
        #expect(session.children == 2)
        #expect(roster.map(\.firstName) == ["小明", "红", "佳怡", "子涵"])
    }

    @Test func familyVideoOnASundayThatIsASchoolDayIsDeclaredNotMoved() throws {
        // 2026-09-20 is a Sunday worked for 国庆节 (调休上班) inside the term: 14:00–17:00 is school time.
        let programme = ChildrenProgramme(
            roster: [Child(name: "王小明", birthDate: Fixtures.date("2016-05-02"))], computers: 0,
            activities: [ChildrenActivity(kind: .familyVideo, room: "亲情视频室", weekday: .sunday, hours: Fixtures.interval("14:00-17:00"))])
        let (_, children) = try Self.plan(ChildrenFixtures.station(children: programme), "2026-09")
        #expect(!children.sessions.contains { $0.date == Fixtures.date("2026-09-20") })
        #expect(children.sessions.allSatisfy { $0.date.weekday == .sunday && $0.start.description == "14:00" })
        let declared = try #require(children.relaxations.first { $0.week == Fixtures.date("2026-09-14") }, "\(children.relaxations) \(children.sessions.map(\.date))")
        #expect(declared.reason == .fixedHoursUnavailable)
        #expect(declared.chineseText.contains("亲情视频"))
    }

    @Test func childrenNeverShareTheAdultsRoomAtTheSameTimeButMayUseAnotherRoom() throws {
        var random = SeededGenerator(seed: 3)
        let programme = ChildrenProgramme(roster: ChildrenFixtures.roster(30, random: &random), computers: 12, activities: ChildrenFixtures.designActivities)
        let (adults, children) = try Self.plan(ChildrenFixtures.station(children: programme), "2027-01")
        for session in children.sessions where session.room == "多媒体教室" {
            #expect(!adults.sessions.contains { $0.date == session.date && $0.start < session.end && session.start < $0.end })
        }
        #expect(children.sessions.contains { $0.room == "电脑室" })
    }

    @Test func filmsShownWithinTheNoRepeatWindowAreNotShownAgain() throws {
        let programme = ChildrenProgramme(
            roster: [Child(name: "王小明", birthDate: Fixtures.date("2016-05-02"))], computers: 0,
            activities: [ChildrenActivity(kind: .childrenFilm, perWeek: 2, minutes: 100, vacationsOnly: true)])
        let station = ChildrenFixtures.station(children: programme)
        let (january, firstChildren) = try Self.plan(station, "2027-01")
        let (_, secondChildren) = try Self.plan(station, "2027-02", history: StationHistory().appending(january))
        let shown = Set(firstChildren.sessions.flatMap(\.items).map(\.id))
        #expect(!shown.isEmpty)
        #expect(secondChildren.sessions.flatMap(\.items).allSatisfy { !shown.contains($0.id) })
        #expect(secondChildren.sessions.allSatisfy { $0.date >= Fixtures.date("2027-02-01") })
    }

    @Test func aVisitLandsOnChildrensDayAndTheMidAutumnFestival() throws {
        let programme = ChildrenProgramme(
            roster: [Child(name: "王小明", birthDate: Fixtures.date("2016-05-02"))], computers: 0,
            activities: [ChildrenActivity(kind: .visit, minutes: 90, festivals: ["儿童节", "中秋节"])])
        let station = ChildrenFixtures.station(children: programme)
        #expect(try Self.plan(station, "2027-06").1.sessions.map(\.date) == [Fixtures.date("2027-06-01")])
        #expect(try Self.plan(station, "2026-09").1.sessions.map(\.date) == [Fixtures.date("2026-09-25")])
        #expect(try Self.plan(station, "2026-11").1.sessions.isEmpty)
    }

    @Test func theAdultsPlanIsTheSameWithOrWithoutChildren() {
        var random = SeededGenerator(seed: 11)
        let programme = ChildrenProgramme(roster: ChildrenFixtures.roster(40, random: &random), computers: 8, activities: ChildrenFixtures.designActivities)
        let planner = MonthPlanner(pool: ChildrenFixtures.pool, calendar: ChildrenFixtures.schoolYearCalendar, month: Fixtures.month("2027-02"))
        var without = ChildrenFixtures.station(children: programme)
        let with = planner.plan(station: without)
        without.children = nil
        let alone = planner.plan(station: without)
        #expect(with.sessions == alone.sessions)
        #expect(with.warnings == alone.warnings)
    }
}
