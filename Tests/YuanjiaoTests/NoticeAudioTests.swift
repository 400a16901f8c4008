import Catalogue
import Foundation
import Notices
import Planner
import Testing
@testable import Yuanjiao

@Suite("notice --format audio through espeak-ng")
struct NoticeAudioTests {
    @Test func audioGoesThroughEspeakWithTheMandarinVoice() throws {
        let scratch = try NoticeBundleTests.Scratch()
        defer { scratch.remove() }
        let document = try JSONEncoder().encode(NoticeFixtures.guangshunPlan)
        try scratch.workspace.catalogue.storePlans([StoredPlan(station: "guangshun", month: "2026-12", document: document, items: [])])
        let fake = try FakeEspeak(in: scratch.root)
        let output = scratch.root.appendingPathComponent("广播.wav")
        try scratch.workspace.writeAudioNotice(
            stationFile: scratch.stationFile, stationID: "guangshun", month: NoticeFixtures.month, to: output,
            synthesizer: SpeechSynthesizer(executable: fake.executable))
        let arguments = try String(contentsOf: fake.arguments, encoding: .utf8)
        #expect(arguments.hasPrefix("-v cmn "))
        #expect(arguments.contains("-s 130 ") && arguments.contains("-w \(scratch.root.path)/广播-"))  // the last call: one part
        // The recording speaks the simplified script even for a station that prints traditional.
        // Only what is meant to be heard: no 【…】 headings; one file per part beside the month.
        let spoken = try String(contentsOf: output, encoding: .utf8)
        let script = LoudspeakerScript(NoticeFixtures.guangshunInput)
        // Latin letters are spoken as the shipped Catalog/ says (the scratch workspace reads it).
        let latin = try scratch.workspace.spokenLatin()
        #expect(spoken == "RIFF" + latin.speak(script.spokenText()))
        #expect(!spoken.contains("【"))
        let parts = script.spokenParts()
        #expect(parts.first?.name == "本月安排")
        for part in parts {
            let file = scratch.root.appendingPathComponent("广播-\(part.name).wav")
            #expect(try String(contentsOf: file, encoding: .utf8) == "RIFF" + latin.speak(part.text))
        }

        #expect {
            try scratch.workspace.writeAudioNotice(
                stationFile: scratch.stationFile, stationID: "guangshun", month: NoticeFixtures.month, to: output, synthesizer: nil)
        } throws: { error in
            (error as? NoticeError)?.description.contains("apt-get install espeak-ng") == true
        }
        #expect(SpeechSynthesizer.locate(environment: ["PATH": fake.folder.path])?.executable.path == fake.executable.path)
        #expect(SpeechSynthesizer.locate(environment: ["PATH": "/nonexistent"]) == nil)
    }

    /// The voice `locate` chooses reads every character of the sample scripts as Mandarin: espeak-ng's phoneme
    /// trace (`-X`) never switches to another language (`_^_`), as `cmn` does for tone digits on Debian.
    @Test(.enabled(if: SpeechSynthesizer.locate() != nil, "espeak-ng is not installed"))
    func chosenVoiceHasNoLatinFallbacks() throws {
        let synthesizer = try #require(SpeechSynthesizer.locate())
        #expect(synthesizer.voice == "cmn-latn-pinyin")
        for input in [NoticeFixtures.shuangqiaoInput, NoticeFixtures.guangshunInput] {
            for part in LoudspeakerScript(input).spokenParts() {
                let process = Process()
                process.executableURL = synthesizer.executable
                process.arguments = ["-q", "-X", "-v", synthesizer.voice, part.text]
                let pipe = Pipe()
                process.standardOutput = pipe
                try process.run()
                let trace = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
                process.waitUntilExit()
                let switches = trace.components(separatedBy: "\n").filter { $0.contains("_^_") }
                #expect(switches.isEmpty, "\(part.name): \(switches.prefix(3))")
                #expect(trace.contains("Replace: "), "no Chinese dictionary lookups for \(part.name)")
            }
        }
    }

    @Test(.enabled(if: SpeechSynthesizer.locate() != nil, "espeak-ng is not installed"))
    func realEspeakWritesAWave() throws {
        let scratch = try NoticeBundleTests.Scratch()
        defer { scratch.remove() }
        let output = scratch.root.appendingPathComponent("notice.wav")
        let synthesizer = try #require(SpeechSynthesizer.locate())
        try synthesizer.writeWAV(text: "各位党员、干部、村民朋友们，十二月五日，星期六，晚上七点半。", to: output)
        let header = try Data(contentsOf: output).prefix(12)
        #expect(header.prefix(4) == Data("RIFF".utf8))
        #expect(header.suffix(4) == Data("WAVE".utf8))
    }
}

/// A stand-in `espeak-ng`: records its arguments and writes "RIFF" plus the text it was given to `-w`.
struct FakeEspeak {
    let folder: URL
    var executable: URL { folder.appendingPathComponent("espeak-ng") }
    var arguments: URL { folder.appendingPathComponent("arguments.txt") }

    init(in root: URL) throws {
        folder = root.appendingPathComponent("fake-bin")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let script = """
            #!/bin/sh
            echo "$*" > "\(folder.path)/arguments.txt"
            while [ $# -gt 0 ]; do
              case "$1" in
                -f) input="$2"; shift ;;
                -w) output="$2"; shift ;;
              esac
              shift
            done
            { printf 'RIFF'; cat "$input"; } > "$output"

            """
        try Data(script.utf8).write(to: folder.appendingPathComponent("espeak-ng"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder.appendingPathComponent("espeak-ng").path)
    }
}
