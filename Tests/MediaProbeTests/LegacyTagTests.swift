import MediaProbe
import Testing

/// Older Chinese courseware stores tags in GBK. libavformat passes them on either as raw GBK bytes (AVI INFO,
/// ID3v1) or widened byte by byte as if they were Latin-1 (ID3v2 frames marked ISO-8859-1).
@Suite struct LegacyTagTests {
    @Test func id3TagsWithGBKBytesInLatin1Frames() throws {
        let info = try MediaProbe.probe(SampleFiles.url("农业科技/柑橘春季管理.mp3"))
        #expect(info.title == "柑橘春季管理")
        #expect(info.tags["artist"] == "农技站")
        #expect(info.tags["comment"] == "柑橘春季管理技术要点")
    }

    @Test func aviInfoChunkInRawGBK() throws {
        let info = try MediaProbe.probe(SampleFiles.url("农业科技/果树冬季修剪技术.avi"))
        #expect(info.title == "果树冬季修剪技术")
    }
}
