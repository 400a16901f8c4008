import ChineseText
import Foundation

/// `swift run -c release yuanjiao-bench <name>`: each benchmark prints its figures beside its reference.
@main
enum BenchCommand {
    /// A benchmark that fails says why on standard error and exits 1, rather than crashing with a backtrace.
    static func main() {
        do {
            try run(Array(CommandLine.arguments.dropFirst()))
        } catch {
            FileHandle.standardError.write(Data("yuanjiao-bench：\(error)\n".utf8))
            exit(1)
        }
    }

    static func run(_ arguments: [String]) throws {
        let name = arguments.first ?? "help"
        let options = BenchOptions(arguments.dropFirst())
        // `yuanjiao-bench plan --help` explains the benchmark instead of running it (minutes of work).
        if arguments.contains(where: { $0 == "--help" || $0 == "-h" }) {
            print(BenchUsage.text(for: name))
            return
        }
        switch name {
        case "index":
            try IndexBenchmark(options: options).run()
        case "probe":
            try ProbeBenchmark(options: options).run()
        case "plan":
            try PlanBenchmark(options: options).run()
        case "guide":
            try GuideBenchmark(options: options).run()
        case "ingest":
            try IngestBenchmark(options: options).run()
        case "tag":
            try TagBenchmark(options: options).run()
        case "optimum":
            try OptimumBenchmark(options: options).run()
        case "optimum-show":
            try OptimumShow(options: options).run()
        case "search":
            try SearchBenchmark(options: options).run()
        case "report":
            try ReportBenchmark(options: options).run()
        case "survey":
            try SurveyBenchmark(options: options).run()
        case "startup":
            try StartupBenchmark(options: options).run()
        case "folding-table":
            // Not a benchmark: writes Catalog/search-folding.bin, the precompiled search folding table.
            let out = arguments.dropFirst().first ?? BenchSupport.repositoryRoot() + "/Catalog/search-folding.bin"
            try SearchFolding.precompiledTable().write(to: URL(fileURLWithPath: out))
            print("已写入 \(out)")
        case "pinyin-table":
            // Not a benchmark: writes Catalog/pinyin-readings.bin, the pinyin table in binary form.
            let root = BenchSupport.repositoryRoot()
            let text = URL(fileURLWithPath: root + "/Catalog/pinyin-readings.txt")
            let out = arguments.dropFirst().first ?? root + "/Catalog/pinyin-readings.bin"
            try PinyinTable.precompiled(fromText: Data(contentsOf: text), path: text.path)
                .write(to: URL(fileURLWithPath: out))
            print("已写入 \(out)")
        case "console":
            try ConsoleBenchmark(options: options).run()
        case "documents":
            try DocumentBenchmark(options: options).run()
        case "documents-memory":
            try DocumentBenchmark.memory(arguments.dropFirst().first ?? "")
        case "children":
            try ChildrenBenchmark(options: options).run()
        case "playlog":
            try PlayLogBenchmark(options: options).run()
        case "console-month":
            try ConsoleMonthBenchmark(options: options).run()
        default:
            print(BenchUsage.text(for: nil))
        }
    }
}

struct BenchOptions {
    var values: [String: String] = [:]

    init(_ arguments: ArraySlice<String>) {
        var iterator = arguments.makeIterator()
        while let key = iterator.next() {
            guard key.hasPrefix("--"), let value = iterator.next() else { continue }
            values[String(key.dropFirst(2))] = value
        }
    }

    func int(_ key: String, default value: Int) -> Int { values[key].flatMap(Int.init) ?? value }
    func string(_ key: String, default value: String) -> String { values[key] ?? value }
}
