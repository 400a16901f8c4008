import Foundation
import Notices
import Planner
import Testing
@testable import Yuanjiao

/// The 快乐园 notices follow the station's `script:` like the other notices.
@Suite struct ChildrenScriptTests {
    @Test func aTraditionalStationGetsTraditionalChildrenNotices() throws {
        var input = try ChildrenPrivacyTests.input()
        input.station.script = .traditional
        let poster = try Workspace.renderChildrenNotice(input, format: .childrenHTML)
        #expect(poster.contains("快樂園") && poster.contains("zh-Hant"))
        #expect(!poster.contains("快乐园"))
        let sheet = try Workspace.renderChildrenNotice(input, format: .childrenSignin)
        #expect(sheet.contains("簽到表") && !sheet.contains("签到表"))
        let spoken = try Workspace.renderChildrenNotice(input, format: .childrenText)
        #expect(spoken.contains("活動安排") && !spoken.contains("活动安排"))
        let schedule = try Workspace.renderChildrenNotice(input, format: .familyVideo)
        #expect(schedule.contains("親情視頻") && schedule.contains("0851-5550123"))
    }

    @Test func aSimplifiedStationKeepsItsText() throws {
        let input = try ChildrenPrivacyTests.input()
        let poster = try Workspace.renderChildrenNotice(input, format: .childrenHTML)
        #expect(poster == ChildrenNotices(input).posterHTML())
    }
}
