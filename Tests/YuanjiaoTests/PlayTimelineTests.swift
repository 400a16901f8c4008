import Testing
@testable import Yuanjiao

/// The overlap check of `playlog import` over plays that are not in a tidy order: stored plays that
/// overlap one another, lines out of time order, plays across midnight, zero-length plays.
@Suite("PlayTimeline")
struct PlayTimelineTests {
    static func play(_ start: String, _ end: String, _ file: String = "a.mp4") -> PlayMatcher.Play {
        PlayMatcher.Play(start: LogTime(parsing: start)!, end: LogTime(parsing: end)!, file: file)
    }

    @Test("a play overlapping an earlier long stored play is found, though a shorter one lies between")
    func overlappingStoredPlays() {
        // Stored before the overlap rule: a two-hour play with a short one inside it.
        let timeline = PlayTimeline([Self.play("2026-12-05 10:00", "2026-12-05 12:00", "long.mp4"), Self.play("2026-12-05 10:30", "2026-12-05 10:40", "short.mp4")])
        #expect(timeline.overlap(with: Self.play("2026-12-05 11:00", "2026-12-05 11:30"))?.file == "long.mp4")
        #expect(timeline.overlap(with: Self.play("2026-12-05 12:00", "2026-12-05 12:30")) == nil, "touching is not overlapping")
        #expect(timeline.overlap(with: Self.play("2026-12-05 09:00", "2026-12-05 10:00")) == nil)
        #expect(timeline.overlap(with: Self.play("2026-12-05 09:00", "2026-12-05 10:01"))?.file == "long.mp4")
    }

    @Test("lines out of time order are judged as if sorted")
    func outOfOrder() {
        var timeline = PlayTimeline([])
        let lines = [
            Self.play("2026-12-10 19:00", "2026-12-10 20:00", "c.mp4"), Self.play("2026-12-05 19:00", "2026-12-05 23:00", "a.mp4"),
            Self.play("2026-12-07 19:00", "2026-12-07 20:00", "b.mp4"),
        ]
        for line in lines {
            #expect(timeline.overlap(with: line) == nil)
            timeline.add(line)
        }
        #expect(timeline.overlap(with: Self.play("2026-12-05 22:00", "2026-12-05 22:30"))?.file == "a.mp4", "the long play inserted before later ones still counts")
        #expect(timeline.overlap(with: Self.play("2026-12-07 19:59", "2026-12-07 21:00"))?.file == "b.mp4")
        #expect(timeline.overlap(with: Self.play("2026-12-06 08:00", "2026-12-06 09:00")) == nil)
    }

    @Test("a play across midnight overlaps the next morning's plays, and repeats are recognised")
    func midnight() {
        var timeline = PlayTimeline([Self.play("2026-12-05 23:30", "2026-12-06 00:30", "night.mp4")])
        #expect(timeline.overlap(with: Self.play("2026-12-06 00:10", "2026-12-06 00:20"))?.file == "night.mp4")
        #expect(timeline.overlap(with: Self.play("2026-12-06 00:30", "2026-12-06 01:00")) == nil)
        #expect(timeline.contains(Self.play("2026-12-05 23:30", "2026-12-06 00:30", "night.mp4")))
        timeline.add(Self.play("2026-12-06 00:30", "2026-12-06 01:00", "after.mp4"))
        #expect(timeline.overlap(with: Self.play("2026-12-06 00:45", "2026-12-06 00:50"))?.file == "after.mp4")
    }

    @Test("a zero-length play inside another overlaps it; at a play's edge it does not")
    func zeroLength() {
        let timeline = PlayTimeline([Self.play("2026-12-05 19:00", "2026-12-05 20:00")])
        #expect(timeline.overlap(with: Self.play("2026-12-05 19:30", "2026-12-05 19:30")) != nil)
        #expect(timeline.overlap(with: Self.play("2026-12-05 20:00", "2026-12-05 20:00")) == nil)
    }
}
