import Foundation
import MediaProbe
import Testing

/// Satellite and IPTV recordings carry the channel, not a title: the catalogue names them from the guide.
@Suite struct SatelliteRecordingTests {
    @Test(arguments: ["卫星接收/CCTV7_20261201_1900.ts", "卫星接收/CCTV7_20261202_1930.ts"])
    func transportStreamNamesItsService(_ path: String) throws {
        let info = try MediaProbe.probe(SampleFiles.url(path))
        #expect(info.formatName == "mpegts")
        #expect(info.formatLongName == "MPEG-TS (MPEG-2 Transport Stream)")
        #expect(info.title == nil)
        #expect(info.tags["title"] == nil)
        let program = try #require(info.programs.first)
        #expect(info.programs.count == 1)
        #expect(program.serviceName == "CCTV-7 农业农村")
        #expect(program.serviceProvider == "CCTV")
        #expect(program.tags["service_name"] == "CCTV-7 农业农村")
        #expect(program.streamIndices == [0])
        // The muxer's 1.4 s delay: recordings rarely start at zero.
        #expect(info.startTime.map { abs($0 - 1.4) < 0.001 } == true)
    }

    @Test func mp4RecordingHasCreationTimeAndNoTitle() throws {
        let info = try MediaProbe.probe(SampleFiles.url("卫星接收/先锋频道-2026-12-03-19-00.mp4"))
        #expect(info.title == nil)
        #expect(info.tags["creation_time"] == "2026-12-03T11:00:00.000000Z")
        let expected = try #require(
            Calendar(identifier: .gregorian).date(
                from: DateComponents(
                    timeZone: TimeZone(identifier: "Asia/Shanghai"), year: 2026, month: 12, day: 3, hour: 19)))
        #expect(info.creationTime == expected)
        #expect(info.programs.isEmpty)
    }
}
