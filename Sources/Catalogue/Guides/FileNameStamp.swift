import Foundation

/// Channel and start time in a satellite recording's file name:
/// `CCTV7_20261201_1900.ts`, `先锋频道-2026-12-01-19-00.mp4`, `CCTV-7 2026.12.01 19.00.ts`.
struct FileNameStamp: Equatable {
    var channel: String
    var start: Date

    static func parse(path: String, timeZone: TimeZone) -> FileNameStamp? {
        let stem = ((path as NSString).lastPathComponent as NSString).deletingPathExtension
        let pattern = /^(.+?)[ _\-.]+(\d{4})[\-.]?(\d{2})[\-.]?(\d{2})[ _\-.T]+(\d{2})[\-.:]?(\d{2})(?:[\-.:]?(\d{2}))?/
        guard let match = stem.firstMatch(of: pattern) else { return nil }
        var components = DateComponents()
        components.timeZone = timeZone
        components.year = Int(match.2)
        components.month = Int(match.3)
        components.day = Int(match.4)
        components.hour = Int(match.5)
        components.minute = Int(match.6)
        components.second = match.7.flatMap { Int($0) } ?? 0
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        guard let hour = components.hour, hour < 24, let minute = components.minute, minute < 60,
              let month = components.month, (1...12).contains(month),
              let date = calendar.date(from: components)
        else { return nil }
        return FileNameStamp(channel: String(match.1), start: date)
    }
}
