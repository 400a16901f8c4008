import Testing
@testable import Planner

/// `longestRun` reads whole words at once; it must give what walking the 1,440 minutes one by one gives.
struct MinuteMaskRunTests {
    static func walked(_ mask: MinuteMask, outside other: MinuteMask) -> Int {
        var best = 0, run = 0
        for minute in 0..<1440 {
            run = mask.isSet(minute) && !other.isSet(minute) ? run + 1 : 0
            best = max(best, run)
        }
        return best
    }

    @Test func wordAtATimeEqualsMinuteByMinute() {
        var seed: UInt64 = 25
        func next(_ bound: Int) -> Int {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((seed >> 33) % UInt64(bound))
        }
        let fixed = [(0, 1440, 0, 0), (0, 1440, 480, 1020), (420, 1320, 0, 0), (63, 65, 0, 0), (0, 64, 64, 128), (1375, 1440, 0, 1)]
        for (start, end, blockedStart, blockedEnd) in fixed {
            let mask = MinuteMask(start, end), blocked = MinuteMask(blockedStart, blockedEnd)
            #expect(mask.longestRun(outside: blocked) == Self.walked(mask, outside: blocked))
        }
        for _ in 0..<500 {
            var mask = MinuteMask(), blocked = MinuteMask()
            for _ in 0..<next(4) + 1 {
                let start = next(1440)
                mask.set(start, start + next(600))
            }
            for _ in 0..<next(3) {
                let start = next(1440)
                blocked.set(start, start + next(300))
            }
            #expect(mask.longestRun(outside: blocked) == Self.walked(mask, outside: blocked))
        }
        #expect(MinuteMask.empty.longestRun(outside: .empty) == 0)
    }
}
