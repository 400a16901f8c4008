public import Foundation

/// The station PC's video player: the first of mpv, ffplay and vlc found on PATH (or the one asked for),
/// started full screen on one file, closing by itself at the file's end.
public struct MediaPlayer: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case mpv
        case ffplay
        case vlc

        /// Full screen, quiet, and exit at the end of the file (ffplay and vlc would otherwise stay open).
        func arguments(_ file: String) -> [String] {
            switch self {
            case .mpv: return ["--fullscreen", "--really-quiet", "--", file]
            case .ffplay: return ["-autoexit", "-fs", "-loglevel", "error", file]
            case .vlc: return ["--fullscreen", "--play-and-exit", "--", file]
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

    /// Starts the player on `file` and waits for it, calling `stillPlaying` every `interval` seconds meanwhile.
    public func play(_ file: URL, interval: Double, stillPlaying: () -> Void) -> Ending {
        let process = Process()
        process.executableURL = executable
        process.arguments = kind.arguments(file.path)
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do {
            try process.run()
        } catch {
            return .notStarted(reason: ErrorText.plain(error))
        }
        while exited.wait(timeout: .now() + interval) == .timedOut { stillPlaying() }
        if process.terminationReason == .uncaughtSignal { return .killed(signal: process.terminationStatus) }
        return process.terminationStatus == 0 ? .finished : .failed(status: process.terminationStatus)
    }
}
