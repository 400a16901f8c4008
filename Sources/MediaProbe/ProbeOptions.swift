/// How much of a file libavformat may read to describe it.
///
/// The defaults are small on purpose: a catalogue needs the container header, not frame-accurate stream
/// statistics, and reading less is what makes probing thousands of files a second possible.
public struct ProbeOptions: Sendable, Hashable {
    /// Bytes read to recognise the format and find the streams' parameters (libavformat's `probesize`).
    public var probeSize: Int
    /// Seconds of media analysed to find the streams' parameters (libavformat's `analyzeduration`).
    public var analyzeDuration: Double

    public init(probeSize: Int = 256 * 1024, analyzeDuration: Double = 0.5) {
        self.probeSize = probeSize
        self.analyzeDuration = analyzeDuration
    }
}
