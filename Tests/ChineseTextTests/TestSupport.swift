import ChineseText
import Foundation

/// Files of the repository, found from this source file so tests run from any folder.
enum Repository {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // ChineseTextTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()

    static let pinyinReadings = root.appendingPathComponent("Catalog/pinyin-readings.txt")

    static let pinyinTable: PinyinTable = {
        do {
            return try PinyinTable(contentsOf: pinyinReadings)
        } catch {
            fatalError("\(error)")
        }
    }()
}
