public import Foundation

/// The station PC's video player: the first of mpv, ffplay and vlc found on PATH (or the one asked for),
/// started full screen on one file, closing by itself at the file's end.
public struct MediaPlayer: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case mpv
        case ffplay
        case vlc

        /// Full screen, quiet, and exit at the end of the file (ffplay and vlc would otherwise stay open).
        /// `start`: seconds into the file, to join a session already running at its clock position.
        func arguments(_ file: String, start: Int = 0) -> [String] {
            switch self {
            case .mpv: return ["--fullscreen", "--really-quiet"] + (start > 0 ? ["--start=\(start)"] : []) + ["--", file]
            case .ffplay: return ["-autoexit", "-fs", "-loglevel", "error"] + (start > 0 ? ["-ss", "\(start)"] : []) + [file]
            case .vlc: return ["--fullscreen", "--play-and-exit"] + (start > 0 ? ["--start-time=\(start)"] : []) + ["--", file]
            }
        }
    }

    /// How a player run ended.
    public enum Ending: Sendable, Hashable {
        case finished
        /// Exited with a non-zero status (the operator closed it, or the file could not be played).
        case failed(status: Int32)
        /// Killed by a signal (the operator killed it, or the desktop closed it).
        case killed(signal: Int32)
        /// The program could not be started at all.
        case notStarted(reason: String)
        /// Stopped by `yuanjiao play` itself: the session's time was over.
        case stoppedAtEnd
    }

    public var kind: Kind
    public var executable: URL

    /// `requested` nil picks the first installed; `searchPath` is the PATH to look in.
    public static func find(_ requested: Kind?, searchPath: String) throws(YuanjiaoError) -> MediaPlayer {
        let folders = searchPath.split(separator: ":").map(String.init).filter { !$0.isEmpty }
        for kind in requested.map({ [$0] }) ?? Kind.allCases {
            for folder in folders {
                let candidate = URL(fileURLWithPath: folder).appendingPathComponent(kind.rawValue)
                if FileManager.default.isExecutableFile(atPath: candidate.path) {
                    return MediaPlayer(kind: kind, executable: candidate)
                }
            }
        }
        if let requested {
            throw YuanjiaoError(.usage, "在 PATH 中找不到播放器 \(requested.rawValue)：请先安装（例如 apt install \(requested.rawValue)），或去掉 --player 让程序自动选用已安装的播放器")
        }
        throw YuanjiaoError(.job, "在 PATH 中找不到播放器 mpv、ffplay 或 vlc：请安装其中一个（例如 apt install mpv）后再运行")
    }

    /// Starts the player on `file` (from `start` seconds in) and waits for it, asking `keepPlaying` every
    /// `interval` seconds meanwhile; when it says no, the player is stopped. The child's process id is kept
    /// in `pidFile` while it runs, so a later run can stop a player this one left behind (`stopOrphan`).
    public func play(_ file: URL, start: Int = 0, interval: Double, pidFile: URL? = nil, keepPlaying: () -> Bool) -> Ending {
        let process = Process()
        process.executableURL = executable
        process.arguments = kind.arguments(file.path, start: start)
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            return .notStarted(reason: ErrorText.plain(error))
        }
        if let pidFile { try? Data("\(process.processIdentifier)\n".utf8).write(to: pidFile) }
        defer { if let pidFile { try? FileManager.default.removeItem(at: pidFile) } }
        var stopped = false
        while exited.wait(timeout: .now() + interval) == .timedOut {
            if !stopped, !keepPlaying() {
                stopped = true
                process.terminate()
            }
        }
        if stopped { return .stoppedAtEnd }
        if process.terminationReason == .uncaughtSignal { return .killed(signal: process.terminationStatus) }
        return process.terminationStatus == 0 ? .finished : .failed(status: process.terminationStatus)
    }

    /// Stops a player an earlier run started and left playing (it was killed, or the PC's session was
    /// closed): the id in `pidFile`, when that process is still one of the known players. Returns its id.
    public static func stopOrphan(pidFile: URL) -> Int32? {
        guard let text = try? String(contentsOf: pidFile, encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 1 else { return nil }
        try? FileManager.default.removeItem(at: pidFile)
        // Only a process whose command line names a player: a reused id belongs to someone else.
        guard let command = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") else { return nil }
        let names = command.split(separator: 0).map { (String(decoding: $0, as: UTF8.self) as NSString).lastPathComponent }
        guard names.contains(where: { Kind(rawValue: $0) != nil }) else { return nil }
        return kill(pid, SIGTERM) == 0 ? pid : nil
    }

    /// The file that holds the running player's process id, in the play log's folder.
    public static let pidFileName = ".yuanjiao-player.pid"
}
