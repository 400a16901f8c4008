import Foundation
import Testing
@testable import ChineseText

@Suite("the precompiled pinyin table")
struct PrecompiledPinyinTests {
    static let text = try! Data(contentsOf: Repository.pinyinReadings)
    static let shipped = Repository.root.appendingPathComponent("Catalog/pinyin-readings.bin")

    private func expectSame(_ left: PinyinTable, _ right: PinyinTable) {
        #expect(left.syllables == right.syllables)
        #expect(left.tokenIndices == right.tokenIndices)
        #expect(left.bmp == right.bmp)
        #expect(left.supplementaryPoints == right.supplementaryPoints)
        #expect(left.supplementaryEntries == right.supplementaryEntries)
        #expect(left.characterCount == right.characterCount)
    }

    private func scratch() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("pinyin-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }

    @Test("reads back exactly what the text parses to, with the text's digest")
    func roundTrip() throws {
        let binary = try PinyinTable.precompiled(fromText: Self.text, path: "t")
        let decoded = try #require(PinyinTable.decode(binary))
        expectSame(decoded.table, Repository.pinyinTable)
        #expect(decoded.digest == PinyinTable.sourceDigest(of: Self.text))
        #expect(decoded.table.readings(of: "行") == ["xing", "hang", "heng"])
    }

    @Test("the shipped Catalog/pinyin-readings.bin is the current text's table (regenerate with yuanjiao-bench pinyin-table)")
    func shippedTableIsCurrent() throws {
        let decoded = try #require(PinyinTable.decode(try Data(contentsOf: Self.shipped)))
        #expect(decoded.digest == PinyinTable.sourceDigest(of: Self.text), "the text changed: run swift run yuanjiao-bench pinyin-table")
        expectSame(decoded.table, Repository.pinyinTable)
        let loaded = try PinyinTable.load(text: Repository.pinyinReadings, precompiled: Self.shipped)
        #expect(loaded.warning == nil)
    }

    @Test("a stale binary (the text edited since) is not used: the text is parsed and a warning names the file")
    func staleBinary() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("pinyin-readings.txt"), binary = folder.appendingPathComponent("pinyin-readings.bin")
        try Data("94F6 yin\n".utf8).write(to: text)
        try PinyinTable.precompiled(fromText: Data("94F6 yin\n".utf8), path: text.path).write(to: binary)
        #expect(try PinyinTable.load(text: text, precompiled: binary).warning == nil)
        try Data("94F6 yin\n884C xing hang\n".utf8).write(to: text)
        let loaded = try PinyinTable.load(text: text, precompiled: binary)
        #expect(loaded.table.readings(of: "行") == ["xing", "hang"])
        let warning = try #require(loaded.warning)
        #expect(warning.contains(binary.path) && warning.contains("不一致") && warning.contains("yuanjiao-bench pinyin-table"))
    }

    @Test("a missing or damaged binary: the text is parsed, with a warning; a broken text is still an error with its line")
    func missingOrDamaged() throws {
        let folder = try scratch()
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = folder.appendingPathComponent("pinyin-readings.txt"), binary = folder.appendingPathComponent("pinyin-readings.bin")
        try Data("94F6 yin\n".utf8).write(to: text)
        let missing = try PinyinTable.load(text: text, precompiled: binary)
        #expect(missing.table.readings(of: "银") == ["yin"])
        #expect(missing.warning?.contains("不存在") == true)
        let whole = try PinyinTable.precompiled(fromText: Data("94F6 yin\n".utf8), path: text.path)
        try whole.prefix(whole.count - 1).write(to: binary)
        #expect(try PinyinTable.load(text: text, precompiled: binary).warning?.contains("损坏") == true)
        try Data("94F6 yin\n884C\n".utf8).write(to: text)
        #expect(throws: PinyinTableError(path: text.path, line: 2, message: "码位 884C 缺少读音")) {
            try PinyinTable.load(text: text, precompiled: binary)
        }
    }

    @Test("truncated, padded or foreign data is refused, never half read")
    func refusesDamage() throws {
        let binary = try PinyinTable.precompiled(fromText: Self.text, path: "t")
        #expect(PinyinTable.decode(binary.prefix(binary.count - 6)) == nil)
        #expect(PinyinTable.decode(binary + Data([0])) == nil)
        #expect(PinyinTable.decode(Data("YJPINY1\n".utf8)) == nil)
        #expect(PinyinTable.decode(Data("not a table".utf8)) == nil)
    }
}
