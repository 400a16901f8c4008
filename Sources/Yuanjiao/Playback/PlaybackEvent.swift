public import Foundation
public import Planner

/// What `yuanjiao play` is doing, as data; the CLI words it in Chinese.
public enum PlaybackEvent: Sendable, Hashable {
    case player(MediaPlayer)
    /// An entry an earlier run left open (power cut, killed) was closed in the log.
    case closedGap(StationPlayLog.Gap)
    case nothingOn(LocalDate, next: PlannedSession?)
    case over(LocalDate)
    /// Early: this long until `start` (said again every so often while waiting).
    case waiting(until: LogTime, seconds: Int)
    case sessionStarts(PlannedSession)
    case started(PlaybackCue, at: LogTime)
    case stopped(PlaybackCue, at: LogTime, ending: MediaPlayer.Ending)
    /// The course is not where the bundle says; skipped.
    case missing(PlaybackCue, path: String)
    /// An open day's hours are over; its loop stops.
    case sessionOver(PlannedSession)
    /// Started late or restarted: the course in progress joins `offset` seconds in (earlier ones are past).
    case joined(PlaybackCue, offset: Int)
    /// The manifest or plan points outside the bundle and its courseware folder: never opened.
    case refused(PlaybackCue, reference: String)
    /// A player an earlier run left playing was stopped before this run began.
    case orphanStopped(pid: Int32)
    /// The bundle folder cannot be written (a read-only stick or disc): the log goes here instead.
    case logFolder(URL)
    /// A course was missing: the station's open-day loop fills its time.
    case filler(PlaybackCue, at: LogTime)
    /// `--dry-run`: what would play.
    case wouldPlay(PlaybackCue, found: Bool)
}
