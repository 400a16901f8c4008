import Catalogue
import Foundation
import Planner
import Testing
@testable import Yuanjiao

/// A PDF indexed beside the sample courseware, tagged to a topic of a study day, travels the whole way:
/// the stored plan's `materials`, the bundle's `plan.json`, the poster's 阅读材料 line, the station page's library.
@Suite struct DocumentPlanEndToEndTests {
    static let stations = """
        county: 示例县
        calendar: CN-2026
        stations:
          - id: shuangqiao
            name: 双桥村远教站点
            school: 双桥村小学

        """

    /// A one-page PDF with a text layer, built by hand (no Chromium needed).
    static func pdf(at url: URL, text: String) throws {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        func object(_ body: String) {
            offsets.append(out.count)
            out.append(Data("\(offsets.count) 0 obj\n\(body)\nendobj\n".utf8))
        }
        let stream = "BT /F1 12 Tf 72 720 Td (\(text)) Tj ET"
        object("<< /Type /Catalog /Pages 2 0 R >>")
        object("<< /Type /Pages /Kids [4 0 R] /Count 1 >>")
        object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents 5 0 R >>")
        object("<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream")
        let xref = out.count
        var table = "xref\n0 \(offsets.count + 1)\n0000000000 65535 f \n"
        for offset in offsets { table += String(format: "%010d 00000 n \n", offset) }
        table += "trailer\n<< /Size \(offsets.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        out.append(Data(table.utf8))
        try out.write(to: url)
    }

    @Test func taggedPDFIsPlannedStoredBundledPostedAndListed() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-docplan-\(UUID().uuidString)")
        let shelf = root.appendingPathComponent("资料")
        try FileManager.default.createDirectory(at: shelf, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let document = shelf.appendingPathComponent("学习读本.pdf")
        try Self.pdf(at: document, text: "Reading for the study day")
        let repository = PlantedCasesTests.repository
        let workspace = try Workspace(
            catalogPath: root.appendingPathComponent("catalog.sqlite").path,
            data: CatalogData(directory: repository.appendingPathComponent("Catalog")))
        _ = try workspace.index(paths: [repository.appendingPathComponent("Samples/courseware").path, shelf.path])
        let stationFile = root.appendingPathComponent("stations.yaml")
        try Data(Self.stations.utf8).write(to: stationFile)
        let context = try workspace.planningContext(stationsFile: stationFile)
        let month = try YearMonth(parsing: "2026-12")

        // The topic of the first study day's first course is the one the document is tagged to.
        let untagged = try workspace.plan(context, month: month)
        let firstDay = try #require(untagged.stations[0].sessions.first { $0.kind == .studyDay && !$0.items.isEmpty })
        let topic = firstDay.items[0].topic
        let tagged = try workspace.tag(
            .query("学习读本"), edit: LibrarianEdit(confirmTopics: [topic]), by: "测试", summary: "tag 学习读本")
        #expect(tagged.matched == 1)

        let plan = try workspace.plan(context, month: month)
        let materials = plan.stations[0].sessions.flatMap(\.materials)
        #expect(materials.map(\.title) == ["学习读本"])
        #expect(materials.first?.path == document.path)
        let stored = try #require(try workspace.storedPlan(station: "shuangqiao", month: month))
        #expect(stored.sessions.flatMap(\.materials) == materials)

        let out = root.appendingPathComponent("out")
        let folder = try #require(
            try workspace.writeBundles(plan, stationFile: context.stationFile, to: out, generated: Date()).first)
        let planJSON = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("plan.json")))
        let text = String(decoding: try JSONSerialization.data(withJSONObject: planJSON), as: UTF8.self)
        #expect(text.contains("\"materials\""))
        #expect(text.contains("学习读本"))
        let poster = try String(contentsOf: folder.appendingPathComponent("notice.html"), encoding: .utf8)
        #expect(poster.contains("阅读材料：《学习读本》"))
        let data = try String(contentsOf: folder.appendingPathComponent("station/data.js"), encoding: .utf8)
        #expect(data.contains("学习读本"))
        #expect(data.contains("\"document\""))
    }
}
