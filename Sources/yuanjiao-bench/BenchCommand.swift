import ChineseText
import Foundation

/// `swift run -c release yuanjiao-bench <name>`: each benchmark prints its figures beside its reference.
@main
enum BenchCommand {
    static func main() throws {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let name = arguments.first ?? "help"
        let options = BenchOptions(arguments.dropFirst())
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
        default:
            print("""
                用法：swift run -c release yuanjiao-bench <基准> [--work 目录] [--files N] [--rescan N]
                基准：
                  index    登记 2,000 个小媒体文件，与逐个运行 ffprobe 对比；10,000 个未变文件的重新扫描
                  guide    导入 100 MB 节目单，与 xmllint --stream 对比
                  ingest   节目单导入对 xmllint --stream（--guides 真实节目单，加合成的 --mb）与登记对 bare-probe.c，一次列出两个比例
                  plan     2 万条课件上为 150 个和 5,000 个站点排一个月；5,000 个站点带 11 个月历史的排课、复查、重排
                  optimum  小实例上排课的空闲与主题偏差，与整数规划最优解（scipy/HiGHS）对比
                  optimum-show --instance N  第 N 个实例排成的样子（每场课程、未用课程）
                  tag      10 万条课件中按查询批量标注 1 万条、撤销、待审核队列
                  search   10 万条课件的全文索引与 200 个查询的延迟，与 LIKE 扫描对比
                  report   150 个站点一整年的播放记录与签到，生成全年县级报表
                  startup  10 万条课件上 search、show 整个进程的耗时，与 sqlite3 LIKE 查询对比（--binary 可测打包的程序）
                  folding-table / pinyin-table  （不是基准）重新生成 Catalog/ 下预编译的检索折叠表 / 拼音读音表
                  console  10 万条课件上网页控制台检索页、审核页的延迟，wrk 50 并发，服务进程内存（先 swift build -c release）
                """)
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
