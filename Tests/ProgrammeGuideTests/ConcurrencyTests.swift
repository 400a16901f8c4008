import Foundation
import ProgrammeGuide
import Testing

@Suite("Concurrency")
struct ConcurrencyTests {
    @Test("guides read on several threads at once give the same results as one at a time")
    func parallel() async throws {
        let files = [
            "multilingual.xml", "missing-stop.xml", "gb18030-undeclared.xml", "utf16le-bom.xml", "bad-programmes.xml",
            "episodes.xml", "malformed.xml", "billion-laughs.xml", "time-forms.xml", "gb2312-declared.xml",
            "gb18030-invalid-bytes.xml", "external-entity-file.xml",
        ]
        func summary(_ file: String) -> String {
            do {
                let guide = try Fixture.read(file)
                return "\(file): \(guide.programmes.map { $0.titles.first?.text ?? "" }) \(guide.warnings.count)"
            } catch {
                return "\(file): \(error)"
            }
        }
        let expected = files.map(summary)
        let results = await withTaskGroup(of: [String].self) { group in
            for _ in 0..<8 {
                group.addTask { files.map(summary) }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 8)
        for result in results { #expect(result == expected) }
    }
}
