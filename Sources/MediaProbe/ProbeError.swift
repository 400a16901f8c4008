/// A file libavformat could not describe, with libavformat's own reason.
///
/// `description` reads `政策理论/讲座.mp4: 无法读取媒体文件：无法识别的格式，或文件已损坏（libavformat：Invalid data found when processing input）`.
public struct ProbeError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The file as given, for people to read (bytes that are not UTF-8 show as U+FFFD).
    public var path: String
    /// libavformat's error code (`AVERROR(...)`, negative).
    public var code: Int32
    /// What the failure means for this file, in Chinese, followed by libavformat's `av_strerror` text.
    public var reason: String

    public init(path: String, code: Int32, reason: String) {
        self.path = path
        self.code = code
        self.reason = reason
    }

    public var description: String {
        "\(path): 无法读取媒体文件：\(reason)"
    }
}
