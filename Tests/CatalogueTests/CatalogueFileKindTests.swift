import Foundation
import GRDB
import Testing
@testable import Catalogue

#if canImport(Glibc)
import Glibc
#endif

/// `--catalog` naming anything but a catalogue file: refused at once (never a hang on a FIFO), and a
/// catalogue not yet built sends a read command to `index`. Two first `index` runs both succeed.
@Suite struct CatalogueFileKindTests {
    enum Special: String, CaseIterable {
        case folder, fifo, characterDevice, linkToFIFO
    }

    static func make(_ special: Special, in workspace: TestWorkspace) throws -> String {
        switch special {
        case .folder:
            let path = workspace.path("目录.sqlite")
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
            return path
        case .fifo:
            let path = workspace.path("pipe.sqlite")
            #expect(mkfifo(path, 0o600) == 0)
            return path
        case .characterDevice:
            return "/dev/null"
        case .linkToFIFO:
            let fifo = workspace.path("pipe")
            #expect(mkfifo(fifo, 0o600) == 0)
            let path = workspace.path("link.sqlite")
            try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: fifo)
            return path
        }
    }

    @Test(arguments: Special.allCases, [true, false])
    func aSpecialFileIsRefusedAtOnce(special: Special, readOnly: Bool) throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        let path = try Self.make(special, in: workspace)
        let error = #expect(throws: CatalogueError.self) { try Catalogue(path: path, readOnly: readOnly) }
        #expect(error?.kind == .notACatalogue)
        #expect(error?.message.contains("不是远教目录文件") == true)
    }

    @Test func aCatalogueWithoutTablesSendsAReadToIndex() throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        // A SQLite header and nothing else, as a creation cut short leaves it.
        let empty = workspace.path("empty.sqlite")
        let queue = try DatabaseQueue(path: empty)
        try queue.inDatabase { db in try db.execute(sql: "PRAGMA user_version = 1") }
        try queue.close()
        let bornOnly = workspace.path("born.sqlite")
        let born = try DatabaseQueue(path: bornOnly)
        try born.write { db in try db.execute(sql: "CREATE TABLE grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)") }
        try born.close()
        for path in [empty, bornOnly] {
            let error = #expect(throws: CatalogueError.self) { try Catalogue(path: path, readOnly: true) }
            #expect(error?.kind == .missingCatalogue)
            #expect(error?.message.contains("yuanjiao index") == true)
        }
        // The write open that `index` makes finishes building it.
        _ = try Catalogue(path: bornOnly)
        _ = try Catalogue(path: bornOnly, readOnly: true)
    }

    @Test func twoFirstOpensOfANewCatalogueBothSucceed() async throws {
        let workspace = try TestWorkspace()
        defer { workspace.remove() }
        for round in 0..<4 {
            let path = workspace.path("new-\(round).sqlite")
            let outcomes = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<3 {
                    group.addTask { (try? Catalogue(path: path)) != nil }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(outcomes == [true, true, true])
            _ = try Catalogue(path: path, readOnly: true)
        }
    }
}
