import Foundation
import Yuanjiao

#if canImport(Glibc)
    import Glibc
#endif

/// `yuanjiao-console`, the console's server, installed beside `yuanjiao`. `serve` becomes it with `execv`, so
/// the process id stays the same and SIGTERM/SIGINT reach the server directly.
enum ConsoleProgram {
    static let name = "yuanjiao-console"

    /// The server program beside this executable (symlinks resolved), or nil when it is not installed.
    static func location() -> String? {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            ?? CommandLine.arguments[0]
        let candidate = URL(fileURLWithPath: executable).deletingLastPathComponent().appendingPathComponent(name).path
        return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
    }

    /// Replaces this process with the server; returns only by throwing.
    static func replaceProcess(arguments: [String]) throws -> Never {
        guard let program = location() else {
            throw YuanjiaoError(.job, "找不到网页控制台程序 \(name)（应与 yuanjiao 在同一文件夹）。请重新安装远教，或运行 swift build --product \(name)")
        }
        let all = [program] + arguments
        var pointers = all.map { strdup($0) } + [nil]
        defer { pointers.forEach { free($0) } }
        execv(program, &pointers)
        throw YuanjiaoError(.job, "无法启动网页控制台程序 \(program)：\(String(cString: strerror(errno)))")
    }
}
