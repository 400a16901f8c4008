import Foundation
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
import Yuanjiao
@testable import Console

/// Point 18: the month page's data and the loudspeaker audio are computed once per version of what they
/// come from, and again as soon as that changes (a plan stored by the CLI, an edited station file).
@Suite("Month page and audio caches")
struct PageCacheTests {
    @Test("a value is computed once per version, once for concurrent requests, and again for a new version")
    func versions() async throws {
        let cache = VersionedCache<Int>(capacity: 4)
        let calls = Atomic<Int>(0)
        let compute: @Sendable () async throws -> Int = { calls.add(1, ordering: .relaxed).newValue }
        #expect(try await cache.value(key: "2026-12", version: "1", compute: compute) == 1)
        #expect(try await cache.value(key: "2026-12", version: "1", compute: compute) == 1)
        let together = try await withThrowingTaskGroup(of: Int.self) { group in
            for _ in 0..<20 { group.addTask { try await cache.value(key: "2027-01", version: "1", compute: compute) } }
            return try await group.reduce(into: Set<Int>()) { $0.insert($1) }
        }
        #expect(together.count == 1, "twenty requests at once share one computation")
        #expect(cache.computed == 2)
        #expect(try await cache.value(key: "2026-12", version: "2", compute: compute) == 3)
        #expect(cache.computed == 3)
    }

    @Test("a failed computation is not kept: the next request tries again")
    func failures() async throws {
        struct Broken: Error {}
        let cache = VersionedCache<Int>(capacity: 4)
        await #expect(throws: Broken.self) { try await cache.value(key: "k", version: "1") { throw Broken() } }
        #expect(try await cache.value(key: "k", version: "1") { 7 } == 7)
        #expect(cache.computed == 2)
    }

    @Test("the catalogue's change stamp moves when another connection or process commits, and only then")
    func changeStamp() throws {
        let fixture = try ConsoleFixture()
        let first = try fixture.workspace.catalogueChangeStamp()
        #expect(try fixture.workspace.catalogueChangeStamp() == first)
        // A second Workspace on the same file: what the CLI in another process is.
        let other = try Workspace(catalogPath: fixture.directory.appendingPathComponent("catalog.sqlite").path, data: fixture.workspace.data)
        try other.addAccount(Account(name: "zhao", role: .librarian), password: "librarian-secret-2", cost: 4)
        let second = try fixture.workspace.catalogueChangeStamp()
        #expect(second != first)
        try fixture.workspace.addAccount(Account(name: "qian", role: .librarian), password: "librarian-secret-3", cost: 4)
        #expect(try fixture.workspace.catalogueChangeStamp() != second, "this process's own writer counts too")
    }

    @Test("the month page computes its data once, and again after a plan is stored by another process")
    func monthPage() async throws {
        let fixture = try ConsoleFixture()
        try await fixture.test { client in
            var admin = try await Browser.signedIn("admin", client: client)
            let before = try await admin.get("/month?m=2026-12")
            #expect(before.text.contains("本月还没有计划"))
            _ = try await admin.get("/month?m=2026-12")
            #expect(fixture.services.monthPages.computed == 1)
            let other = try Workspace(catalogPath: fixture.directory.appendingPathComponent("catalog.sqlite").path, data: fixture.workspace.data)
            _ = try other.plan(other.planningContext(stationsFile: ConsoleFixture.stationsFile), month: try YearMonth(parsing: "2026-12"))
            let after = try await admin.get("/month?m=2026-12")
            #expect(!after.text.contains("本月还没有计划"))
            #expect(after.text.contains("集中学习日"))
            #expect(fixture.services.monthPages.computed == 2)
            _ = try await admin.get("/month?m=2026-12")
            #expect(fixture.services.monthPages.computed == 2)
        }
    }

    @Test("an edited station file is a new version of the month page")
    func stationFileEdit() async throws {
        let fixture = try ConsoleFixture()
        let copy = fixture.directory.appendingPathComponent("stations.yaml")
        try FileManager.default.copyItem(at: ConsoleFixture.stationsFile, to: copy)
        let services = ConsoleServices(
            workspace: fixture.workspace, stationsFile: copy, watchFolders: [], loginLimiter: LoginLimiter(), rescans: RescanState())
        let app = Application(router: ConsoleServer.router(services: services, options: ConsoleOptions(stationsFile: copy), logger: .init(label: "t")))
        try await app.test(.router) { client in
            var admin = try await Browser.signedIn("admin", client: client)
            _ = try await admin.get("/month?m=2026-12")
            _ = try await admin.get("/month?m=2026-12")
            #expect(services.monthPages.computed == 1)
            let text = try String(contentsOf: copy, encoding: .utf8)
            try (text + "\n# 改过\n").write(to: copy, atomically: true, encoding: .utf8)
            _ = try await admin.get("/month?m=2026-12")
            #expect(services.monthPages.computed == 2)
        }
    }
}
