public import ChineseText
public import Foundation
import GRDB

/// The SQLite catalogue of courseware. Thread-safe: `DatabasePool` serialises writers and lets
/// readers run beside them, and two processes can share one file (WAL, busy timeout).
public final class Catalogue: Sendable {
    public let path: String
    let pool: DatabasePool
    let changeWatch = CatalogueChangeWatch()

    /// Opens (creating if needed) the catalogue at `path`. A foreign or newer file is refused untouched.
    /// `readOnly`: never creates, migrates or writes the file; a missing or empty one is an error.
    /// `pinyin` (from `Catalog/pinyin-readings.txt`) lets search find Han text typed as pinyin.
    public init(path: String, pinyin: PinyinTable? = nil, readOnly: Bool = false) throws(CatalogueError) {
        if let pinyin { SearchTokenizerRegistry.install(pinyin: pinyin) }
        self.path = path
        self.pool = try CatalogueFile.openPool(at: path, readOnly: readOnly)
    }

    /// Opens the catalogue with the pinyin table in `pinyinFile`, read when search first needs it
    /// (a broken table is then an error naming it, from that search or index); from its binary form
    /// `precompiledPinyinFile` when that was made from the text as it is now.
    public init(
        path: String, pinyinFile: URL, precompiledPinyinFile: URL? = nil, readOnly: Bool = false
    ) throws(CatalogueError) {
        SearchTokenizerRegistry.install(pinyinFile: pinyinFile, precompiled: precompiledPinyinFile)
        self.path = path
        self.pool = try CatalogueFile.openPool(at: path, readOnly: readOnly)
    }

    /// Warnings about the reference data read so far in this process (a stale precompiled pinyin table).
    public static var referenceDataWarnings: [String] { SearchTokenizerRegistry.warnings }

    /// The catalogue schema this build writes: its newest migration, e.g. "v5-plans".
    public static var schemaVersion: String { CatalogueSchema.version }

    /// Runs `body` in a read transaction, turning SQLite errors into `CatalogueError`.
    func read<T>(_ body: (Database) throws -> T) throws(CatalogueError) -> T {
        do {
            return try pool.read(body)
        } catch let error as CatalogueError {
            throw error
        } catch {
            throw CatalogueError(.database, path: path, message: "读取目录失败：\(error)")
        }
    }

    /// Runs `body` in a write transaction, turning SQLite errors into `CatalogueError`.
    func write<T>(_ body: (Database) throws -> T) throws(CatalogueError) -> T {
        do {
            return try pool.write(body)
        } catch let error as CatalogueError {
            throw error
        } catch {
            throw CatalogueError(.database, path: path, message: "写入目录失败：\(error)")
        }
    }
}
