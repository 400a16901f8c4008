import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import Yuanjiao
@testable import Console

@Suite("The loudspeaker script's audio")
struct StationAudioTests {
    @Test(
        "the script page plays the month's announcement, a WAV made by espeak-ng, to its own station only",
        .enabled(if: SpeechSynthesizer.locate() != nil, "跳过：这台电脑没有安装 espeak-ng（apt-get install espeak-ng espeak-ng-data）"))
    func audioRoute() async throws {
        let fixture = try ConsoleFixture(planned: true)
        try await fixture.test { client in
            var station = try await Browser.signedIn("wang", client: client)
            let script = try await station.get("/station/shuangqiao/2026-12/script")
            #expect(script.text.contains("<audio controls src=\"/station/shuangqiao/2026-12/audio.wav\"></audio>"))
            let audio = try await station.get("/station/shuangqiao/2026-12/audio.wav")
            #expect(audio.status == .ok)
            #expect(audio.headers[.contentType] == "audio/wav")
            #expect(audio.bytes.count > 44)
            #expect(audio.bytes.prefix(4) == Array("RIFF".utf8)[...])
            #expect(audio.bytes[8..<12] == Array("WAVE".utf8)[...])
            #expect(try await station.get("/station/longhe/2026-12/audio.wav").status == .forbidden)
            let unplanned = try await station.get("/station/shuangqiao/2027-01/audio.wav")
            #expect(unplanned.status != .ok)
            let again = try await station.get("/station/shuangqiao/2026-12/audio.wav")
            #expect(again.bytes == audio.bytes)
            #expect(fixture.services.audioNotices.computed == 1, "the second request plays the cached WAV: espeak-ng ran once")
        }
    }
}
