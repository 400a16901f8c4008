import Foundation

#if canImport(Glibc)
import Glibc
#endif

enum BenchSupport {
    static func time<T>(_ body: () throws -> T) rethrows -> (T, Double) {
        let start = DispatchTime.now().uptimeNanoseconds
        let value = try body()
        return (value, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }

    /// User and system CPU time of this process so far, in seconds: on a shared machine the work a step
    /// needs, where the wall-clock figure also counts waiting for other processes.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        func seconds(_ time: timeval) -> Double { Double(time.tv_sec) + Double(time.tv_usec) / 1e6 }
        return seconds(usage.ru_utime) + seconds(usage.ru_stime)
    }

    /// Peak resident memory of this process so far, in MiB.
    static func peakMemoryMiB() -> Double {
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }

    @discardableResult
    static func shell(_ command: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw BenchFailure(message: "命令失败（\(process.terminationStatus)）：\(command)")
        }
        return String(decoding: data, as: UTF8.self)
    }

    static func repositoryRoot() -> String {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }

    static func row(_ label: String, _ ours: String, _ reference: String, _ target: String, _ extra: String? = nil) -> String {
        func pad(_ text: String, _ width: Int) -> String {
            let visible = text.unicodeScalars.reduce(0) { $0 + ($1.value > 0x2E80 ? 2 : 1) }
            return text + String(repeating: " ", count: max(1, width - visible))
        }
        let line = pad(label, 34) + pad(ours, 20) + pad(reference, 24)
        return extra.map { line + pad(target, 44) + $0 } ?? line + target
    }
}

struct BenchFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}
