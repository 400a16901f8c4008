import Foundation
import MediaProbe

/// The probing step alone, one thread then all cores, over the index benchmark's corpus: shows how much
/// of `index` is libavformat and how much is the catalogue.
struct ProbeBenchmark {
    var options: BenchOptions

    func run() throws {
        let root = BenchSupport.repositoryRoot()
        let work = options.string("work", default: root + "/bench-work")
        let corpus = work + "/index/files"
        let files = try BenchSupport.shell("find '\(corpus)' -type f | sort").split(separator: "\n").map(String.init)
        guard !files.isEmpty else { throw BenchFailure(message: "先运行 yuanjiao-bench index 生成语料") }
        let (_, single) = BenchSupport.time {
            for file in files { _ = try? MediaProbe.probe(URL(fileURLWithPath: file)) }
        }
        let (_, parallel) = BenchSupport.time {
            DispatchQueue.concurrentPerform(iterations: files.count) { index in
                _ = try? MediaProbe.probe(URL(fileURLWithPath: files[index]))
            }
        }
        print(BenchSupport.row("只读取媒体信息（1 线程）", String(format: "%.0f 个/秒", Double(files.count) / single), "", ""))
        print(BenchSupport.row("只读取媒体信息（全部核）", String(format: "%.0f 个/秒", Double(files.count) / parallel), "", ""))
    }
}
