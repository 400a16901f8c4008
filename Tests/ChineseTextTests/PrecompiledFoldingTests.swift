import Foundation
import Testing
@testable import ChineseText

@Suite("the precompiled search folding table")
struct PrecompiledFoldingTests {
    static let computed = FoldingTable()

    @Test("reads back exactly what was computed")
    func roundTrip() throws {
        let table = try #require(FoldingTable(serialized: Self.computed.serialized()))
        #expect(table.bmp == Self.computed.bmp)
        #expect(table.expansions == Self.computed.expansions)
        #expect(table.supplementary == Self.computed.supplementary)
    }

    @Test("the shipped Catalog/search-folding.bin is this machine's computed table (regenerate with yuanjiao-bench folding-table)")
    func shippedTableIsCurrent() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Catalog/search-folding.bin")
        let shipped = try #require(FoldingTable(serialized: try Data(contentsOf: url)))
        #expect(shipped.bmp == Self.computed.bmp)
        #expect(shipped.expansions == Self.computed.expansions)
        #expect(shipped.supplementary == Self.computed.supplementary)
    }

    @Test("truncated or foreign data is refused, never half read")
    func refusesDamage() throws {
        let data = Self.computed.serialized()
        #expect(FoldingTable(serialized: data.prefix(data.count - 4)) == nil)
        #expect(FoldingTable(serialized: Data("not a table".utf8)) == nil)
    }
}
