import Foundation

/// Which espeak-ng voice reads Mandarin. On Debian, `cmn` reads each character as pinyin with English
/// letter and tone-digit names (七点 → "qi one dian three"); `cmn-latn-pinyin` reads Mandarin. The voice is
/// chosen by asking the installed espeak-ng (`-X`, its phoneme trace) how it reads a sample, not by name.
enum SpeechVoice {
    /// Best first; the first one that reads the sample without switching to another language wins.
    static let candidates = ["cmn-latn-pinyin", "cmn", "zh"]

    /// A sample with the characters a notice is made of: a date, a time, a place, a topic.
    static let sample = "十二月五日，星期六，晚上七点半，在双桥村小学多媒体教室学习农业科技。"

    static func choose(executable: URL) -> String? {
        candidates.first { fallbacks(executable: executable, voice: $0, text: sample) == 0 }
    }

    /// How many times espeak-ng leaves the voice for another language (`_^_` in the `-X` trace, e.g. English
    /// for a tone digit) while reading `text`; nil when espeak-ng does not have the voice or fails.
    static func fallbacks(executable: URL, voice: String, text: String) -> Int? {
        let process = Process()
        process.executableURL = executable
        process.arguments = ["-q", "-X", "-v", voice, text]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        guard (try? process.run()) != nil else { return nil }
        let trace = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0, !trace.isEmpty else { return nil }
        return trace.components(separatedBy: "\n").filter { $0.contains("_^_") }.count
    }
}
