import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// The real `yuanjiao serve` process for the console benchmarks, signed in through its login form as a
/// browser would: the session cookie is what wrk and curl send.
struct ConsoleBenchServer {
    let process: Process
    let base: String
    /// `Cookie: yj_session=…`
    let cookie: String

    static func start(
        binary: String, environment: String, stationsFile: String, port: Int, jar: String, name: String, password: String
    ) throws -> ConsoleBenchServer {
        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/bin/bash")
        server.arguments = ["-c", "exec env \(environment) '\(binary)' serve --stations '\(stationsFile)' --port \(port) >/dev/null 2>&1"]
        try server.run()
        let base = "http://127.0.0.1:\(port)"
        for _ in 0..<100 where (try? BenchSupport.shell("curl -sf -o /dev/null \(base)/login")) == nil { usleep(100_000) }
        let token = try BenchSupport.shell("curl -s -c '\(jar)' \(base)/login | grep -o 'name=\"csrf\" value=\"[0-9a-f]*' | cut -d'\"' -f4")
            .trimmingCharacters(in: .whitespacesAndNewlines)
        try BenchSupport.shell("curl -s -b '\(jar)' -c '\(jar)' -o /dev/null --data 'csrf=\(token)&name=\(name)&password=\(password)' \(base)/login")
        let session = try BenchSupport.shell("grep yj_session '\(jar)' | awk '{print $7}'").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !session.isEmpty else {
            server.terminate()
            server.waitUntilExit()
            throw BenchFailure(message: "登录控制台失败")
        }
        return ConsoleBenchServer(process: server, base: base, cookie: "Cookie: yj_session=\(session)")
    }

    func stop() {
        process.terminate()
        process.waitUntilExit()
    }

    /// The server's peak resident memory, from /proc.
    var peakMemory: String {
        (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8))?
            .split(separator: "\n").first { $0.hasPrefix("VmHWM:") }
            .map { String($0.dropFirst(6)).trimmingCharacters(in: .whitespaces) } ?? "—"
    }
}
