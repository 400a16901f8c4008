import Foundation
import Testing

@testable import ChineseText

@Suite struct PinyinTableTests {
    let table = Repository.pinyinTable

    @Test func polyphonicCharactersHaveEveryReading() {
        #expect(table.readings(of: "银") == ["yin"])
        #expect(table.readings(of: "行").contains("xing"))
        #expect(table.readings(of: "行").contains("hang"))
        #expect(Set(table.readings(of: "长")).isSuperset(of: ["chang", "zhang"]))
        #expect(table.readings(of: "江") == ["jiang"])
        #expect(Set(table.readings(of: "重")).isSuperset(of: ["zhong", "chong"]))
        #expect(table.readings(of: "庆") == ["qing"])
        #expect(table.readings(of: "法") == ["fa"])
        #expect(table.readings(of: "律") == ["lv"])
    }

    @Test func traditionalCharactersAndExtensionsHaveReadings() {
        #expect(table.readings(of: "銀") == ["yin"])
        #expect(table.readings(of: "慶").first == "qing")
        #expect(!table.readings(of: "\u{20201}").isEmpty)  // Extension B
    }

    @Test func nonHanHasNoReadings() {
        #expect(table.readings(of: "a").isEmpty)
        #expect(table.readings(of: "，").isEmpty)
    }

    @Test func loadsFast() throws {
        let start = ContinuousClock.now
        let loaded = try PinyinTable(contentsOf: Repository.pinyinReadings)
        let elapsed = ContinuousClock.now - start
        #expect(loaded.characterCount > 40_000)
        // About 45 ms in a release build; a debug build on a busy 2-core machine gets slack.
        #expect(elapsed < .seconds(2), "loading took \(elapsed)")
    }

    @Test func parsesTheTextFormat() throws {
        let parsed = try PinyinTable(parsing: "# comment\n94F6 yin\n884C xing hang\n\n20201 tuo\n")
        #expect(parsed.readings(of: "银") == ["yin"])
        #expect(parsed.readings(of: "行") == ["xing", "hang"])
        #expect(parsed.readings(of: "\u{20201}") == ["tuo"])
        #expect(parsed.characterCount == 3)
    }

    @Test func badLinesNameFileAndLine() {
        #expect(throws: PinyinTableError(path: "t.txt", line: 2, message: "行首应为十六进制码位，例如 94F6 yin")) {
            try PinyinTable(parsing: "94F6 yin\nyin 94F6\n", path: "t.txt")
        }
        #expect(throws: PinyinTableError(path: "t.txt", line: 1, message: "第 6 列：读音只能由小写字母 a–z 组成（ü 写作 v）")) {
            try PinyinTable(parsing: "5F8B lǜ\n", path: "t.txt")
        }
        #expect(throws: PinyinTableError(path: "t.txt", line: 1, message: "码位 94F6 缺少读音")) {
            try PinyinTable(parsing: "94F6\n", path: "t.txt")
        }
    }

    @Test func missingFileIsAnError() {
        let url = URL(fileURLWithPath: "/nonexistent/pinyin.txt")
        #expect {
            try PinyinTable(contentsOf: url)
        } throws: { error in
            let error = error as? PinyinTableError
            return error?.line == 0 && error?.description.hasPrefix("/nonexistent/pinyin.txt: 找不到拼音读音表") == true
        }
    }
}
