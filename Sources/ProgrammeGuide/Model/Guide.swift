/// A whole guide, as `GuideReader.read` returns it.
public struct Guide: Sendable {
    public var channels: [Channel]
    /// In document order.
    public var programmes: [Programme]
    public var warnings: [GuideWarning]

    public init(channels: [Channel] = [], programmes: [Programme] = [], warnings: [GuideWarning] = []) {
        self.channels = channels
        self.programmes = programmes
        self.warnings = warnings
    }
}
