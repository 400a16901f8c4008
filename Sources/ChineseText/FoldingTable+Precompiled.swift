public import Foundation
import Synchronization

/// The search folding table in a compact binary form, read with one `Data` load instead of being computed
/// through Foundation's NFKC and OpenCC on every start. `Catalog/search-folding.bin` is generated from the
/// computed table (`yuanjiao-bench folding-table`), so index and queries fold exactly the same way.
public enum SearchFolding {
    private static let precompiledFile = Mutex<URL?>(nil)

    /// Reads the table from `url` when folding is first needed (call before the first search or index).
    /// A missing or unreadable file falls back to computing the table: slower, same result.
    public static func usePrecompiledTable(at url: URL) {
        precompiledFile.withLock { $0 = url }
    }

    /// The computed table in its binary form, for the generator.
    public static func precompiledTable() throws(ScriptConversionError) -> Data {
        let table = FoldingTable()
        if let error = table.conversionError { throw error }
        return table.serialized()
    }

    static var configuredFile: URL? { precompiledFile.withLock { $0 } }
}

extension FoldingTable {
    /// "YJFOLD1\n", then little-endian UInt32s: 65,536 BMP entries; the expansion count, each as its
    /// length and entries; the supplementary count, each as scalar and entry.
    private static let magic = Array("YJFOLD1\n".utf8)

    static func precompiledOrComputed() -> FoldingTable {
        if let url = SearchFolding.configuredFile, let data = try? Data(contentsOf: url, options: .mappedIfSafe),
            let table = FoldingTable(serialized: data)
        {
            return table
        }
        return FoldingTable()
    }

    func serialized() -> Data {
        var words: [UInt32] = bmp
        words.append(UInt32(expansions.count))
        for expansion in expansions {
            words.append(UInt32(expansion.count))
            words += expansion
        }
        words.append(UInt32(supplementary.count))
        for (scalar, entry) in supplementary.sorted(by: { $0.key < $1.key }) {
            words += [scalar, entry]
        }
        var data = Data(Self.magic)
        words.withUnsafeBufferPointer { buffer in
            for word in buffer {
                withUnsafeBytes(of: word.littleEndian) { data.append(contentsOf: $0) }
            }
        }
        return data
    }

    /// nil when the data is not a whole table of this format.
    convenience init?(serialized data: Data) {
        guard data.count >= Self.magic.count + 4 * 0x1_0000, data.prefix(Self.magic.count).elementsEqual(Self.magic) else { return nil }
        let count = (data.count - Self.magic.count) / 4
        var words = [UInt32](repeating: 0, count: count)
        _ = words.withUnsafeMutableBytes { data.dropFirst(Self.magic.count).copyBytes(to: $0, count: count * 4) }
        words = words.map { UInt32(littleEndian: $0) }
        var cursor = 0x1_0000
        func next() -> UInt32? {
            guard cursor < words.count else { return nil }
            defer { cursor += 1 }
            return words[cursor]
        }
        guard let expansionCount = next() else { return nil }
        var expansions: [[UInt32]] = []
        expansions.reserveCapacity(Int(expansionCount))
        for _ in 0..<expansionCount {
            guard let length = next(), cursor + Int(length) <= words.count else { return nil }
            expansions.append(Array(words[cursor..<cursor + Int(length)]))
            cursor += Int(length)
        }
        guard let supplementaryCount = next(), cursor + 2 * Int(supplementaryCount) == words.count else { return nil }
        var supplementary: [UInt32: UInt32] = [:]
        for _ in 0..<supplementaryCount {
            guard let scalar = next(), let entry = next() else { return nil }
            supplementary[scalar] = entry
        }
        self.init(bmp: Array(words[0..<0x1_0000]), expansions: expansions, supplementary: supplementary, conversionError: nil)
    }
}
