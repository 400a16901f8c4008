import Foundation
import Planner
import Yuanjiao

/// Issue 11's target: `plan --out` writes 5,000 station bundles in under 60 s on 2 cores. Reference: the
/// same bundles' bytes written as before, one file at a time with an fsync each, on a sample of stations
/// and scaled.
extension PlanBenchmark {
    func bundleRows(_ plan: MonthPlan, workspace: Workspace, stationFile: StationFile, work: String) throws -> [String] {
        let folder = URL(fileURLWithPath: work + "/bundles-\(plan.stations.count)")
        try? FileManager.default.removeItem(at: folder)
        let cpuBefore = BenchSupport.cpuSeconds()
        let (report, seconds) = try BenchSupport.time {
            try workspace.writeBundles(plan, stationFile: stationFile, to: folder, options: BundleOptions())
        }
        let cpu = BenchSupport.cpuSeconds() - cpuBefore
        guard report.failures.isEmpty else { throw BenchFailure(message: "下发包写入失败：\(report.failures.prefix(3))") }
        let (sample, referenceSeconds) = try Self.fsyncPerFile(report.folders.prefix(100), into: work + "/bundles-reference")
        let scaled = referenceSeconds / Double(sample) * Double(report.folders.count)
        let count = report.folders.count
        return [
            BenchSupport.row("写 \(count) 个下发包（plan --out）", String(format: "%.2f 秒", seconds),
                             String(format: "%.1f 秒（逐个文件 fsync，按 %d 个折算）", scaled, sample), count >= 5000 ? "< 60 秒" : ""),
            BenchSupport.row("每个下发包", String(format: "%.1f 毫秒", seconds * 1000 / Double(count)),
                             String(format: "%.1f 毫秒", referenceSeconds * 1000 / Double(sample)), ""),
            BenchSupport.row("  其中 CPU 时间（两核合计）", String(format: "%.2f 秒", cpu), "", ""),
        ]
    }

    /// Copies each bundle's files the old way: one station after another, each file written and fsynced.
    static func fsyncPerFile(_ folders: ArraySlice<URL>, into path: String) throws -> (Int, Double) {
        try? FileManager.default.removeItem(atPath: path)
        let contents = try folders.map { folder in
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted().map { name in
                (name, try Data(contentsOf: folder.appendingPathComponent(name)))
            }
        }
        let (_, seconds) = try BenchSupport.time {
            for (index, files) in contents.enumerated() {
                let target = URL(fileURLWithPath: path + "/\(index)")
                try FileManager.default.createDirectory(at: target, withIntermediateDirectories: true)
                for (name, data) in files {
                    let url = target.appendingPathComponent(name)
                    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
                    let handle = try FileHandle(forWritingTo: url)
                    try handle.write(contentsOf: data)
                    try handle.synchronize()
                    try handle.close()
                }
            }
        }
        try? FileManager.default.removeItem(atPath: path)
        return (contents.count, seconds)
    }
}
