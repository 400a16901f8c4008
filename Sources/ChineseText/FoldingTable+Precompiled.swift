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

    /// nil when the data is not a whole table of this format. Read in place: the BMP entries are copied
    /// once, straight into the table (this runs at every start of a command that folds text).
    convenience init?(serialized data: Data) {
        let parsed = data.withUnsafeBytes { raw -> (bmp: [UInt32], expansions: [[UInt32]], supplementary: [UInt32: UInt32])? in
            var reader = LittleEndianReader(raw)
            guard let head = reader.take(Self.magic.count), head.elementsEqual(Self.magic),
                let bmpBytes = reader.take(4 * 0x1_0000)
            else { return nil }
            var bmp = [UInt32](repeating: 0, count: 0x1_0000)
            bmp.withUnsafeMutableBytes { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: bmpBytes)) }
            #if _endian(big)
            bmp = bmp.map { UInt32(littleEndian: $0) }
            #endif
            guard let expansionCount = reader.uint32() else { return nil }
            var expansions: [[UInt32]] = []
            expansions.reserveCapacity(Int(expansionCount))
            for _ in 0..<expansionCount {
                guard let length = reader.uint32() else { return nil }
                var expansion: [UInt32] = []
                expansion.reserveCapacity(Int(length))
                for _ in 0..<length {
                    guard let value = reader.uint32() else { return nil }
                    expansion.append(value)
                }
                expansions.append(expansion)
            }
            guard let supplementaryCount = reader.uint32() else { return nil }
            var supplementary: [UInt32: UInt32] = [:]
            supplementary.reserveCapacity(Int(supplementaryCount))
            for _ in 0..<supplementaryCount {
                guard let scalar = reader.uint32(), let entry = reader.uint32() else { return nil }
                supplementary[scalar] = entry
            }
            guard reader.isAtEnd else { return nil }
            return (bmp, expansions, supplementary)
        }
        guard let parsed else { return nil }
        self.init(bmp: parsed.bmp, expansions: parsed.expansions, supplementary: parsed.supplementary, conversionError: nil)
    }
}
