public import Foundation

/// The wall clock `yuanjiao play` waits on, in the county's local time; tests hand in one that jumps.
public protocol PlaybackClock {
    func now() -> LogTime
    /// Sleeps `seconds` (or until the clock reaches the end of them).
    func sleep(seconds: Int)
}

/// The system clock read in the county's time zone.
public struct SystemPlaybackClock: PlaybackClock, Sendable {
    public var timeZone: TimeZone

    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
    }

    public func now() -> LogTime {
        let seconds = Int(Date().timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT()
        return LogTime(date: .init(dayNumber: 0), seconds: 0).adding(seconds: seconds)
    }

    public func sleep(seconds: Int) {
        Thread.sleep(forTimeInterval: Double(max(0, seconds)))
    }
}
