import Foundation
import Testing
@testable import Yuanjiao

/// Every CSV Yuanjiao exports (librarian sheet, county report, the console's download of it) goes through
/// `CSVWriter`, so a cell a spreadsheet would run as a formula is shown as text (OWASP CSV injection).
@Suite struct CSVInjectionTests {
    static let hostileCells: [(cell: String, written: String)] = [
        ("=HYPERLINK(\"http://evil.example\",\"点我\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"点我\"\")\""),
        ("=1+2", "'=1+2"),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(1+1)*cmd|' /C calc'!A0", "'@SUM(1+1)*cmd|' /C calc'!A0"),
        ("\t=1+2", "'\t=1+2"),
        ("\r=1+2", "\"'\r=1+2\""),
        ("=A1,B2", "\"'=A1,B2\""),
    ]

    static let harmlessCells: [(cell: String, written: String)] = [
        ("双桥村远教站点", "双桥村远教站点"),
        ("-3", "-3"),
        ("+1.5", "+1.5"),
        ("-50%", "-50%"),
        ("100%", "100%"),
        ("a=b", "a=b"),
        ("", ""),
        ("'=already", "'=already"),
    ]

    @Test(arguments: hostileCells)
    func aFormulaCellIsWrittenAsText(cell: String, written: String) {
        #expect(CSVWriter.field(cell) == written)
    }

    @Test(arguments: harmlessCells)
    func aHarmlessCellIsLeftAsItIs(cell: String, written: String) {
        #expect(CSVWriter.field(cell) == written)
    }

    @Test func theCountyReportNeutralisesAStationNameAndAMember() throws {
        let scratch = try HeldScratch()
        defer { scratch.remove() }
        let stationFile = scratch.root.appendingPathComponent("stations.yaml")
        try Data("""
            county: 示例县
            calendar: CN-2026
            stations:
              - id: shuangqiao
                name: "=HYPERLINK(\\"http://evil.example\\")"
                members:
                  - "@SUM(A1) 党员"

            """.utf8).write(to: stationFile)
        let context = try scratch.workspace.planningContext(stationsFile: stationFile)
        let report = try scratch.workspace.countyReport(context: context, months: [HeldScratch.month], names: true)
        #expect(report.csv.contains(",\"'=HYPERLINK(\"\"http://evil.example\"\")\","))
        #expect(report.csv.contains("shuangqiao,'@SUM(A1)"))
        let cells = report.csv.split(whereSeparator: { $0 == "," || $0 == "\r\n" })
        #expect(!cells.contains { $0.first == "=" || $0.first == "@" })
    }
}
