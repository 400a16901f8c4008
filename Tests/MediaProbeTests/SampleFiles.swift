import Foundation

/// Locates `Samples/courseware/` from this file's path, so tests run from any working directory.
enum SampleFiles {
    static let courseware: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // MediaProbeTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // repository
        .appendingPathComponent("Samples/courseware")

    static func url(_ relativePath: String) -> URL {
        courseware.appendingPathComponent(relativePath)
    }

    /// Every regular file under `Samples/courseware/`, sorted.
    static func all() -> [URL] {
        let enumerator = FileManager.default.enumerator(
            at: courseware, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true {
                files.append(url)
            }
        }
        return files.sorted { $0.path < $1.path }
    }
}

/// What ffprobe 5.1 reports for a sample (measured once, with the default probe size, when the samples were made).
struct ExpectedSample: Sendable, CustomStringConvertible {
    var path: String
    var format: String
    var duration: Double
    var title: String?
    var video: (codec: String, width: Int, height: Int, frameRate: Double)?
    var audio: (codec: String, sampleRate: Int, channels: Int)?

    var description: String { path }

    static let mp4 = "mov,mp4,m4a,3gp,3g2,mj2"
    static let mkv = "matroska,webm"
    static func h264(_ rate: Double = 0.1) -> (String, Int, Int, Double) { ("h264", 32, 18, rate) }
    static let silence = ("aac", 8000, 1)

    /// Files whose titles are plain UTF-8 in the container; the GBK ones are in `LegacyTagTests`.
    static let all: [ExpectedSample] = [
        .init(path: "政策理论/党的二十大精神学习辅导（第一讲）.mp4", format: mp4, duration: 2410,
              title: "党的二十大精神学习辅导（第一讲）", video: h264(), audio: silence),
        .init(path: "政策理论/党的二十大精神学习辅导（第二讲）.mp4", format: mp4, duration: 2350,
              title: "党的二十大精神学习辅导（第二讲）", video: h264()),
        .init(path: "政策理论/党的二十大精神学习辅导（第三讲）.mp4", format: mp4, duration: 2470,
              title: "党的二十大精神学习辅导（第三讲）", video: h264()),
        .init(path: "政策理论/乡村振兴战略解读.mkv", format: mkv, duration: 1800, title: "乡村振兴战略解读", video: h264()),
        .init(path: "政策理论/基层党组织建设工作实务.mp4", format: mp4, duration: 1500, title: "基层党组织建设工作实务",
              video: h264()),
        .init(path: "法律法规/农村土地承包法讲座.flv", format: "flv", duration: 2100, title: "农村土地承包法讲座",
              video: ("flv1", 32, 18, 0.1)),
        .init(path: "法律法规/民法典与农民生活（上）.wmv", format: "asf", duration: 1800, title: "民法典与农民生活（上）",
              video: ("wmv2", 32, 18, 0.1)),
        .init(path: "法律法规/民法典与农民生活（下）.wmv", format: "asf", duration: 1830, title: "民法典与农民生活（下）",
              video: ("wmv2", 32, 18, 0.1)),
        .init(path: "法律法规/宪法宣传教育.mp3", format: "mp3", duration: 480.168, title: "宪法宣传教育",
              audio: ("mp3", 8000, 1)),
        .init(path: "法律法规/反电信网络诈骗知识.mp4", format: mp4, duration: 1200, title: "反电信网络诈骗知识",
              video: h264(), audio: silence),
        .init(path: "道德教育/新时代文明实践——孝老爱亲.mp4", format: mp4, duration: 1500, title: "新时代文明实践——孝老爱亲",
              video: h264()),
        .init(path: "道德教育/道德模范事迹报告.mkv", format: mkv, duration: 2700, title: "道德模范事迹报告", video: h264()),
        .init(path: "道德教育/家风家训故事.m4a", format: mp4, duration: 900, title: "家风家训故事", audio: silence),
        .init(path: "道德教育/移风易俗倡导新风.mp4", format: mp4, duration: 1200, title: "移风易俗倡导新风", video: h264()),
        .init(path: "农业科技/水稻育秧技术.mp4", format: mp4, duration: 1800, title: "水稻育秧技术", video: h264(),
              audio: silence),
        .init(path: "农业科技/生猪养殖与疫病防治.mkv", format: mkv, duration: 2400, title: "生猪养殖与疫病防治", video: h264()),
        .init(path: "农业科技/柑橘春季管理.mp3", format: "mp3", duration: 240.192, audio: ("mp3", 8000, 1)),
        .init(path: "农业科技/果树冬季修剪技术.avi", format: "avi", duration: 1500, video: ("mpeg4", 32, 18, 0.1)),
        .init(path: "农业科技/大棚蔬菜种植技术.mp4", format: mp4, duration: 2100, title: "大棚蔬菜种植技术", video: h264()),
        .init(path: "农业科技/冬季畜禽防寒保暖.mp4", format: mp4, duration: 1200, title: "冬季畜禽防寒保暖", video: h264()),
        .init(path: "农业科技/农产品电商入门.webm", format: mkv, duration: 1800, title: "农产品电商入门",
              video: ("vp8", 32, 18, 0.1)),
        .init(path: "卫星接收/CCTV7_20261201_1900.ts", format: "mpegts", duration: 1802, video: h264()),
        .init(path: "卫星接收/CCTV7_20261202_1930.ts", format: "mpegts", duration: 1502, video: h264()),
        .init(path: "卫星接收/先锋频道-2026-12-03-19-00.mp4", format: mp4, duration: 1800, video: h264()),
        .init(path: "少儿/安全教育动画（第1集）.mp4", format: mp4, duration: 900, title: "安全教育动画（第1集）", video: h264()),
        .init(path: "少儿/安全教育动画（第2集）.mp4", format: mp4, duration: 930, title: "安全教育动画（第2集）", video: h264()),
    ]

    /// The files in `损坏文件/`, which no probe can read.
    static let broken = ["损坏文件/截断的讲座.mp4", "损坏文件/空文件.mp4", "损坏文件/说明.txt"]
}
