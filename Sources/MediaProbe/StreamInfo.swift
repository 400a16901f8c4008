/// One elementary stream of a media file.
public struct StreamInfo: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case video, audio, subtitle, data, attachment, unknown
    }

    /// The stream's position in the container (`0:1` in ffprobe's notation).
    public var index: Int
    public var kind: Kind
    /// libavcodec's short codec name: `h264`, `aac`, `mp3`, `wmv2`, ...; `"none"` when unknown.
    public var codecName: String
    public var width: Int?
    public var height: Int?
    /// Frames per second (average rate when known, else the container's base rate).
    public var frameRate: Double?
    public var sampleRate: Int?
    public var channels: Int?
    /// ISO 639-2 code from the stream's `language` tag (`chi`, `zho`, `eng`); nil when absent or `und`.
    public var language: String?
    public var bitRate: Int?
    /// Seconds, when the container gives the stream its own duration.
    public var duration: Double?
    /// An album cover or thumbnail stored as a one-frame video stream (mp3, m4a).
    public var isAttachedPicture: Bool
    /// Stream metadata, keys lower-cased, values decoded like the container's.
    public var tags: [String: String]

    public init(
        index: Int, kind: Kind, codecName: String, width: Int? = nil, height: Int? = nil,
        frameRate: Double? = nil, sampleRate: Int? = nil, channels: Int? = nil, language: String? = nil,
        bitRate: Int? = nil, duration: Double? = nil, isAttachedPicture: Bool = false, tags: [String: String] = [:]
    ) {
        self.index = index
        self.kind = kind
        self.codecName = codecName
        self.width = width
        self.height = height
        self.frameRate = frameRate
        self.sampleRate = sampleRate
        self.channels = channels
        self.language = language
        self.bitRate = bitRate
        self.duration = duration
        self.isAttachedPicture = isAttachedPicture
        self.tags = tags
    }
}
