import Testing

@testable import ChineseText

@Suite struct ScriptConverterTests {
    @Test func simplifiedToTraditionalUsesPhrases() throws {
        #expect(try ScriptConverter.toTraditional("头发") == "頭髮")
        #expect(try ScriptConverter.toTraditional("发展") == "發展")
        #expect(try ScriptConverter.toTraditional("后来") == "後來")
        #expect(try ScriptConverter.toTraditional("农村法律知识讲座") == "農村法律知識講座")
    }

    @Test func traditionalToSimplifiedKeepsPhrases() throws {
        #expect(try ScriptConverter.toSimplified("頭髮") == "头发")
        #expect(try ScriptConverter.toSimplified("乾隆") == "乾隆")
        #expect(try ScriptConverter.toSimplified("後來發展") == "后来发展")
    }

    @Test func emptyAndLatinTextPassThrough() throws {
        #expect(try ScriptConverter.toTraditional("") == "")
        #expect(try ScriptConverter.toSimplified("CCTV-7 2026") == "CCTV-7 2026")
    }

    @Test func missingConfigurationIsAnErrorWithReason() {
        #expect {
            _ = try ScriptConverter(configuration: "no-such-config.json")
        } throws: { error in
            guard let error = error as? ScriptConversionError else { return false }
            return error.kind == .cannotOpenConfiguration && error.configuration == "no-such-config.json"
                && error.description.hasPrefix("no-such-config.json: 无法打开 OpenCC")
                && error.reason.contains("no-such-config.json")
        }
    }

    @Test func sharedConverterIsUsableFromManyTasks() async throws {
        let results = try await withThrowingTaskGroup(of: String.self) { group in
            for _ in 0..<8 {
                group.addTask { try ScriptConverter.toTraditional("发展农业") }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results == Array(repeating: "發展農業", count: 8))
    }
}
