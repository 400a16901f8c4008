public import Foundation

/// `espeak-ng` with a Mandarin voice, found on PATH: the loudspeaker script as WAV files for stations
/// that play a recording instead of reading aloud. `espeak-ng-data` (Debian) holds the voices.
public struct SpeechSynthesizer: Sendable {
    public var executable: URL
    /// espeak-ng's voice; `locate` picks one that reads Mandarin (`SpeechVoice`).
    public var voice: String
    /// Words per minute: well below espeak-ng's 175, for a village loudspeaker that echoes.
    public var wordsPerMinute: Int

    public init(executable: URL, voice: String = "cmn", wordsPerMinute: Int = 130) {
        self.executable = executable
        self.voice = voice
        self.wordsPerMinute = wordsPerMinute
    }

    /// The first executable `espeak-ng` on `PATH`; nil when there is none.
    public static func locate(environment: [String: String] = ProcessInfo.processInfo.environment) -> SpeechSynthesizer? {
        let folders = (environment["PATH"] ?? "").split(separator: ":").map(String.init)
        for folder in folders where !folder.isEmpty {
            let candidate = URL(fileURLWithPath: folder).appendingPathComponent("espeak-ng")
            if FileManager.default.isExecutableFile(atPath: candidate.path) {
                return SpeechSynthesizer(executable: candidate, voice: SpeechVoice.choose(executable: candidate) ?? "cmn")
            }
        }
        return nil
    }

    /// Speaks `text` into a WAV file at `output` (replaced if it exists).
    public func writeWAV(text: String, to output: URL) throws(NoticeError) {
        // The text goes through a file, not an argument (length limits) nor stdin (espeak-ng reads stdin
        // line by line and a pipe could fill before it starts).
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-speech-\(UUID().uuidString).txt")
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-v", voice, "-s", String(wordsPerMinute), "-b", "1", "-f", input.path, "-w", output.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try Data(text.utf8).write(to: input)
            try process.run()
        } catch {
            throw .speechFailed(status: -1, message: "\(executable.path): \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .speechFailed(status: process.terminationStatus, message: message.trimmingCharacters(in: .whitespacesAndNewlines))
        }
        guard FileManager.default.fileExists(atPath: output.path) else {
            throw .speechFailed(status: 0, message: "没有写出 \(output.path)")
        }
    }
}
