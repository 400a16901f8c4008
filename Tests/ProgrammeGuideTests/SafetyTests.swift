import Foundation
import ProgrammeGuide
import Testing

@Suite("Hostile guides")
struct SafetyTests {
    /// Reads a guide that must be refused: checks the kind, that nothing was handed out, and the time taken.
    private func refuse(_ url: URL, options: GuideOptions = .init()) throws -> GuideError {
        var handedOut = 0
        let clock = ContinuousClock()
        let started = clock.now
        let result = Result { () throws(GuideError) -> [GuideWarning] in
            try GuideReader.stream(
                contentsOf: url, options: options, channel: { _ in handedOut += 1 }, programme: { _ in handedOut += 1 })
        }
        let elapsed = clock.now - started
        #expect(elapsed < .seconds(1), "took \(elapsed)")
        #expect(handedOut == 0)
        #expect(throws: GuideError.self) { try GuideReader.read(contentsOf: url, options: options) }
        return try #require(result.failure)
    }

    @Test("billion laughs is refused, quickly, before anything is handed out")
    func billionLaughs() throws {
        let error = try refuse(Fixture.url("billion-laughs.xml"))
        #expect(error.kind == .forbiddenEntity)
        #expect(error.line == 3)  // the first <!ENTITY, not the end of the DOCTYPE
    }

    @Test("a quadratic blow-up (one big entity referenced many times) is refused")
    func quadraticBlowup() throws {
        let error = try refuse(Fixture.url("quadratic-blowup.xml"))
        #expect(error.kind == .forbiddenEntity)
    }

    @Test("an external entity naming file:///etc/passwd is refused and the file is not read")
    func externalFile() throws {
        let error = try refuse(Fixture.url("external-entity-file.xml"))
        #expect(error.kind == .forbiddenEntity)
        #expect(error.message.contains("DOCTYPE"))
        #expect(!error.description.contains("root:"))
    }

    @Test("external http entities, general and parameter, are refused without network access")
    func externalHTTP() throws {
        let error = try refuse(Fixture.url("external-entity-http.xml"))
        #expect(error.kind == .forbiddenEntity)
    }

    @Test("a reference to an undeclared entity is refused, with its position")
    func undeclared() throws {
        let error = try refuse(Fixture.url("undeclared-entity.xml"))
        #expect(error.kind == .forbiddenEntity)
        #expect(error.line == 5)
    }

    @Test("a DOCTYPE naming an external DTD is fine: it is not loaded")
    func externalDTDNotLoaded() throws {
        let guide = try Fixture.read("doctype-system.xml")
        #expect(guide.programmes.count == 1)
    }

    @Test("nesting beyond maxDepth is refused")
    func depth() throws {
        let deep = String(repeating: "<x>", count: 40) + String(repeating: "</x>", count: 40)
        let url = try Fixture.temporary(Array("<tv><programme channel=\"a\" start=\"20261201\">\(deep)</programme></tv>".utf8))
        defer { Fixture.remove(url) }
        let error = try refuse(url)
        #expect(error.kind == .limitExceeded)
        #expect(error.message.contains("16"))
    }

    @Test("libxml2's own depth limit holds too (no XML_PARSE_HUGE)")
    func libxml2Depth() throws {
        let deep = String(repeating: "<x>", count: 100_000) + String(repeating: "</x>", count: 100_000)
        let url = try Fixture.temporary(Array("<tv>\(deep)</tv>".utf8))
        defer { Fixture.remove(url) }
        _ = try refuse(url, options: GuideOptions(maxDepth: .max))
    }

    @Test("a text beyond maxTextBytes is refused")
    func text() throws {
        let long = String(repeating: "长", count: 30_000)  // 90 000 bytes
        let url = try Fixture.temporary(Array(
            "<tv><programme channel=\"a\" start=\"20261201\"><desc>\(long)</desc></programme></tv>".utf8))
        defer { Fixture.remove(url) }
        let error = try refuse(url)
        #expect(error.kind == .limitExceeded)
        #expect(error.message.contains("65536"))
        // A larger limit reads it.
        let guide = try GuideReader.read(contentsOf: url, options: GuideOptions(maxTextBytes: 100_000))
        #expect(guide.programmes.first?.descriptions.first?.text == long)
    }

    @Test("an attribute beyond maxTextBytes is refused")
    func attribute() throws {
        let long = String(repeating: "a", count: 70_000)
        let url = try Fixture.temporary(Array("<tv><programme channel=\"\(long)\" start=\"20261201\"/></tv>".utf8))
        defer { Fixture.remove(url) }
        #expect(try refuse(url).kind == .limitExceeded)
    }

    @Test("a programme with more entries than maxEntriesPerItem is refused")
    func entries() throws {
        let many = String(repeating: "<keyword>k</keyword>", count: 2000)
        let url = try Fixture.temporary(Array("<tv><programme channel=\"a\" start=\"20261201\">\(many)</programme></tv>".utf8))
        defer { Fixture.remove(url) }
        #expect(try refuse(url).kind == .limitExceeded)
    }

    @Test("a damaged gzip file says it is damaged and to download it again")
    func gzip() throws {
        let url = try Fixture.temporary([0x1F, 0x8B, 0x08, 0x00, 0, 0, 0, 0], name: "guide.xml.gz")
        defer { Fixture.remove(url) }
        let error = try refuse(url)
        #expect(error.message.contains("重新下载"))
        #expect(!error.message.contains("NSCocoaErrorDomain"))
    }
}

extension Result {
    var failure: Failure? {
        if case .failure(let error) = self { return error }
        return nil
    }
}
