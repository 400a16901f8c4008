import Catalogue
import Foundation
import Testing

/// Play log and attendance: append-only, idempotent re-imports, every edit kept with before and after.
@Suite struct HeldRecordsTests {
    static func entry(_ start: String, _ file: String = "法律讲座.mp4", line: Int = 2) -> PlayLogRecord {
        PlayLogRecord(station: "shuangqiao", start: "2026-12-05 " + start, end: "2026-12-05 20:00:00", file: file,
                      sourceFile: "playlog-2026-12.csv", sourceLine: line)
    }

    @Test func repeatedImportAddsNothing() throws {
        let workspace = try TestWorkspace()
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let first = try catalogue.appendPlayLog([Self.entry("19:00:00"), Self.entry("19:40:00", "政策.mp4")], by: "县远程办")
        #expect(first == AppendOutcome(added: 2))
        let again = try catalogue.appendPlayLog([Self.entry("19:00:00")], by: "县远程办")
        #expect(again == AppendOutcome(unchanged: 1))
        #expect(try catalogue.playLog(from: "2026-12-01", to: "2027-01-01").count == 2)
        #expect(try catalogue.playLog(from: "2026-11-01", to: "2026-12-01").isEmpty)
    }

    @Test func editsAreLoggedAndRowsCannotBeDeleted() throws {
        let workspace = try TestWorkspace()
        let catalogue = try Catalogue(path: workspace.catalogPath)
        _ = try catalogue.appendPlayLog([Self.entry("19:00:00")], by: "县远程办")
        let id = try #require(try catalogue.playLog(from: "2026-12-01", to: "2027-01-01").first?.id)
        try catalogue.editPlayLogEntry(id: id, start: "2026-12-05 19:05:00", end: "2026-12-05 20:00:00", file: "法律讲座.mp4", by: "张站长")
        let edits = try catalogue.heldEdits()
        #expect(edits.count == 1)
        #expect(edits.first?.by == "张站长")
        #expect(edits.first?.before.contains("19:00:00") == true)
        #expect(edits.first?.after.contains("19:05:00") == true)
        #expect(throws: CatalogueError.self) { try catalogue.editPlayLogEntry(id: 999, start: "", end: "", file: "", by: "x") }
    }

    @Test func attendanceChangesAreEditsNotOverwrites() throws {
        let workspace = try TestWorkspace()
        let catalogue = try Catalogue(path: workspace.catalogPath)
        let marks = [AttendanceRecord(station: "shuangqiao", date: "2026-12-05", member: "张三", present: true),
                     AttendanceRecord(station: "shuangqiao", date: "2026-12-05", member: "李四", present: false)]
        #expect(try catalogue.recordAttendance(marks, by: "站长") == AppendOutcome(added: 2))
        #expect(try catalogue.recordAttendance(marks, by: "站长") == AppendOutcome(unchanged: 2))
        var corrected = marks[1]
        corrected.present = true
        #expect(try catalogue.recordAttendance([corrected], by: "管理员") == AppendOutcome(changed: 1))
        #expect(try catalogue.attendance(from: "2026-12-01", through: "2026-12-31").filter(\.present).count == 2)
        let edit = try #require(try catalogue.heldEdits().last)
        #expect(edit.subject == "attendance" && edit.by == "管理员" && edit.before.contains("false"))
    }
}
