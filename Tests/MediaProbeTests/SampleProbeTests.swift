import Foundation
import MediaProbe
import Testing

@Suite struct SampleProbeTests {
    @Test(arguments: ExpectedSample.all)
    func probesContainerDurationAndStreams(_ expected: ExpectedSample) throws {
        let info = try MediaProbe.probe(SampleFiles.url(expected.path))
        #expect(info.formatName == expected.format)
        #expect(!info.formatLongName.isEmpty)
        let duration = try #require(info.duration)
        #expect(abs(duration - expected.duration) < 0.1, "ffprobe says \(expected.duration) s, probe \(duration) s")
        if let title = expected.title {
            #expect(info.title == title)
            #expect(info.tags["title"] == title)
        }

        let videos = info.streams.filter { $0.kind == .video }
        let audios = info.streams.filter { $0.kind == .audio }
        #expect(info.streams.map(\.index) == Array(0..<info.streams.count))
        if let video = expected.video {
            let stream = try #require(videos.first)
            #expect(videos.count == 1)
            #expect(stream.codecName == video.codec)
            #expect(stream.width == video.width)
            #expect(stream.height == video.height)
            #expect(stream.frameRate.map { abs($0 - video.frameRate) < 0.001 } == true, "frame rate \(String(describing: stream.frameRate))")
            #expect(!stream.isAttachedPicture)
            #expect(info.hasVideo)
        } else {
            #expect(videos.isEmpty)
            #expect(!info.hasVideo)
        }
        if let audio = expected.audio {
            let stream = try #require(audios.first)
            #expect(audios.count == 1)
            #expect(stream.codecName == audio.codec)
            #expect(stream.sampleRate == audio.sampleRate)
            #expect(stream.channels == audio.channels)
            #expect(stream.width == nil && stream.frameRate == nil)
            #expect(info.hasAudio)
        } else {
            #expect(audios.isEmpty)
        }
    }

    @Test func everySampleHasAnExpectation() {
        let known = Set(ExpectedSample.all.map(\.path) + ExpectedSample.broken)
        let found = SampleFiles.all().map { String($0.path.dropFirst(SampleFiles.courseware.path.count + 1)) }
        #expect(Set(found) == known)
    }

    @Test func lecturerCommentAndLanguageTags() throws {
        let first = try MediaProbe.probe(SampleFiles.url("政策理论/党的二十大精神学习辅导（第一讲）.mp4"))
        #expect(first.tags["artist"] == "王建华")
        #expect(first.tags["comment"] == "县委党校专题辅导：党的二十大报告的主题和主要内容")
        #expect(first.streams.first { $0.kind == .audio }?.language == "chi")
        // mp4 marks the video track "und": that is no language.
        #expect(first.streams.first { $0.kind == .video }?.language == nil)
        #expect(first.streams.first { $0.kind == .video }?.tags["language"] == "und")

        // Matroska writes upper-case tag names; keys come back lower-cased.
        let mkv = try MediaProbe.probe(SampleFiles.url("政策理论/乡村振兴战略解读.mkv"))
        #expect(mkv.tags["comment"] == "产业、人才、文化、生态、组织五个振兴逐一讲解")
        #expect(mkv.tags.keys.allSatisfy { $0 == $0.lowercased() })
        #expect(mkv.streams.first?.language == "chi")

        let wmv = try MediaProbe.probe(SampleFiles.url("法律法规/民法典与农民生活（上）.wmv"))
        #expect(wmv.tags["artist"] == "陈志强")
        #expect(wmv.tags["comment"] == "婚姻家庭、继承与宅基地：身边的民法典")

        let flv = try MediaProbe.probe(SampleFiles.url("法律法规/农村土地承包法讲座.flv"))
        #expect(flv.tags["artist"] == "刘芳")

        let mp3 = try MediaProbe.probe(SampleFiles.url("法律法规/宪法宣传教育.mp3"))
        #expect(mp3.tags["artist"] == "县司法局")
        #expect(mp3.tags["comment"] == "国家宪法日广播讲座")
        #expect(mp3.startTime.map { $0 >= 0 && $0 < 1 } == true)
    }

    @Test func chaptersFromMatroska() throws {
        let info = try MediaProbe.probe(SampleFiles.url("道德教育/道德模范事迹报告.mkv"))
        #expect(info.chapters.map(\.title) == ["开场与导语", "助人为乐模范", "孝老爱亲模范", "见义勇为模范"])
        #expect(info.chapters.map(\.start) == [0, 300, 1200, 2100])
        #expect(info.chapters.map(\.end) == [300, 1200, 2100, 2700])
        #expect(info.tags["artist"] == "县文明办")

        let plain = try MediaProbe.probe(SampleFiles.url("政策理论/基层党组织建设工作实务.mp4"))
        #expect(plain.chapters.isEmpty)
        #expect(plain.programs.isEmpty)
    }

    @Test func infoRoundTripsThroughJSON() throws {
        let info = try MediaProbe.probe(SampleFiles.url("卫星接收/先锋频道-2026-12-03-19-00.mp4"))
        let decoded = try JSONDecoder().decode(MediaInfo.self, from: JSONEncoder().encode(info))
        #expect(decoded == info)
    }

    @Test func largerProbeSizeGivesTheSameAnswer() throws {
        let url = SampleFiles.url("卫星接收/CCTV7_20261201_1900.ts")
        let quick = try MediaProbe.probe(url)
        let thorough = try MediaProbe.probe(url, options: ProbeOptions(probeSize: 5_000_000, analyzeDuration: 5))
        #expect(quick.duration == thorough.duration)
        #expect(quick.streams.map(\.codecName) == thorough.streams.map(\.codecName))
        #expect(quick.streams.first?.width == thorough.streams.first?.width)
    }
}
