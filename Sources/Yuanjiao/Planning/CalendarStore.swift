public import Foundation
public import Planner
import Yams

/// The holiday calendars of `Catalog/calendars/` (one YAML file per published year, e.g. CN-2026.yaml).
public struct CalendarStore: Sendable {
    public let directory: URL

    public init(directory: URL) {
        self.directory = directory
    }

    public struct Invalid: Error, CustomStringConvertible {
        public var path: String
        public var message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Calendar ids available: the file names without `.yaml`.
    public var knownIDs: Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
        return Set(names.filter { $0.hasSuffix(".yaml") }.map { String($0.dropLast(5)) })
    }

    /// The calendars named by a station file, merged (a plan across years names two).
    public func calendar(ids: [String]) throws -> HolidayCalendar {
        let calendars = try ids.map(load)
        do {
            return try HolidayCalendar.merging(calendars)
        } catch {
            throw Invalid(path: directory.path, message: "节假日日历 \(ids.joined(separator: "、")) 相互矛盾：\(error)")
        }
    }

    /// Why calendar `id`'s dates are only assumed (its `provisional:`), nil for a published one or an unreadable file.
    public func provisionalNote(_ id: String) -> String? {
        let url = directory.appendingPathComponent(id + ".yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else { return nil }
        return (try? YAMLDecoder().decode(HolidayCalendarDocument.self, from: text))?.provisional
    }

    public func load(_ id: String) throws -> HolidayCalendar {
        let url = directory.appendingPathComponent(id + ".yaml")
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            let known = knownIDs.sorted().joined(separator: "、")
            throw Invalid(path: url.path, message: "找不到节假日日历 \(id)。已有：\(known)。新的一年公布后按 Catalog/calendars/README.md 添加")
        }
        do {
            return try YAMLDecoder().decode(HolidayCalendarDocument.self, from: text).makeCalendar()
        } catch let error as PlannerValueError {
            throw Invalid(path: url.path, message: "节假日日历格式有误：\(error.description)")
        } catch {
            let problem = YAMLDecodingProblem(error, text: text)
            throw Invalid(path: "\(url.path):\(problem.line)", message: "节假日日历格式有误：\(problem.message)")
        }
    }
}
