import Foundation
import GRDB
import Testing
@testable import Catalogue

/// Excerpts of public XMLTV test data (see Tests/ProgrammeGuideTests/Fixtures/PROVENANCE.md).
@Suite("Real XMLTV test data: the XMLTV project's clumps and duplicates, Jellyfin's UK guide")
struct RealGuideTests {
    static func fixture(_ name: String) -> URL {
        TestWorkspace.repository.appendingPathComponent("Tests/ProgrammeGuideTests/Fixtures/" + name)
    }

    let workspace: TestWorkspace
    let catalogue: Catalogue

    init() throws {
        workspace = try TestWorkspace()
        catalogue = try Catalogue(path: workspace.catalogPath)
    }

    func titles() throws -> [String] {
        try catalogue.pool.read { db in try String.fetchAll(db, sql: "SELECT title FROM programme ORDER BY channel, start") }
    }

    @Test("XMLTV's clump.xml: both parts kept in one slot")
    func clump() throws {
        let imported = try catalogue.importGuide(at: Self.fixture("xmltv-clump.xml"))
        #expect(imported.read == 2)
        #expect(imported.changed == 1)
        #expect(try titles() == ["First in clump / Second in clump"])
    }

    @Test("XMLTV's dups.xml: repeats merge, one row per channel and start; the BST times are read")
    func dups() throws {
        let imported = try catalogue.importGuide(at: Self.fixture("xmltv-dups.xml"))
        #expect(imported.read == 7)
        #expect(imported.changed == 4)
        #expect(try titles() == ["A", "B", "D", "t"])
        #expect(try catalogue.importGuide(at: Self.fixture("xmltv-dups.xml")).changed == 0)
    }

    @Test("Jellyfin's UK guide excerpt: Latin-1, <tv date>, lengths; BBC1 HD is not BBC1")
    func jellyfin() throws {
        let imported = try catalogue.importGuide(at: Self.fixture("jellyfin-uk-excerpt.xml"))
        #expect(imported.read == 2)
        #expect(imported.warnings.isEmpty)
        let matches = try catalogue.pool.read { db in
            let linker = try RecordingLinker(db: db, timeZone: .gmt)
            return ["BBC1 HD", "BBC1", "BBC2"].map { linker.channels(matching: $0) }
        }
        #expect(matches == [["UK_RT_2667"], [], ["UK_RT_105"]])
    }
}
