public import Catalogue
public import Foundation
import Yams

/// Reads `Catalog/seasons.yaml` (format in its header) into the catalogue's `SeasonCalendar`.
/// Errors name the file and line: `Catalog/seasons.yaml:23: 月份 13 不在 1–12 之间`.
public enum SeasonsFile {
    public struct Invalid: Error, CustomStringConvertible {
        public var path: String
        public var line: Int?
        public var message: String
        public var description: String { line.map { "\(path):\($0): \(message)" } ?? "\(path): \(message)" }
    }

    private struct Document: Decodable {
        var seasons: [Entry]
    }

    private struct Entry: Decodable {
        var name: String
        var keywords: [String]
        var months: Months
        var topic: String?
        var note: String?
        var line: Int?

        enum CodingKeys: String, CodingKey { case name, keywords, months, topic, note }

        init(name: String, keywords: [String], months: Months, topic: String?, note: String?, line: Int?) {
            (self.name, self.keywords, self.months, self.topic, self.note, self.line) = (name, keywords, months, topic, note, line)
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            keywords = try container.decode([String].self, forKey: .keywords)
            months = try container.decode(Months.self, forKey: .months)
            topic = try container.decodeIfPresent(String.self, forKey: .topic)
            note = try container.decodeIfPresent(String.self, forKey: .note)
            line = decoder.mark?.line
        }
    }

    /// `all` / `全年`, or a list of months and "A..B" ranges, kept as written until checked.
    private enum Months: Decodable {
        case all
        case items([String])

        init(_ single: String) {
            self = ["all", "全年"].contains(single.trimmingCharacters(in: .whitespaces)) ? .all : .items([single])
        }

        init(from decoder: any Decoder) throws {
            if let single = try? decoder.singleValueContainer().decode(String.self) {
                self = Months(single)
            } else {
                self = .items(try decoder.singleValueContainer().decode([String].self))
            }
        }
    }

    /// Loads and checks the calendar; `topics`, when given, are the topic ids an entry may name.
    public static func load(_ url: URL, topics: [String]? = nil) throws -> SeasonCalendar {
        try load(url, topics: topics, quick: true)
    }

    /// `quick: false` always takes the decoder's path (tests compare the two).
    static func load(_ url: URL, topics: [String]?, quick: Bool) throws -> SeasonCalendar {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw Invalid(path: url.path, line: nil, message: "无法读取时令农事历：\(ErrorText.plain(error))")
        }
        let document: Document
        if quick, let read = quickDocument(text) {
            document = read
        } else {
            do {
                document = try YAMLDecoder().decode(Document.self, from: text)
            } catch {
                let problem = YAMLDecodingProblem(error, text: text)
                throw Invalid(path: url.path, line: problem.line, message: "时令农事历格式有误：\(problem.message)（格式见文件开头的说明）")
            }
        }
        return SeasonCalendar(entries: try document.seasons.map { entry in
            func invalid(_ message: String) -> Invalid { Invalid(path: url.path, line: entry.line, message: "「\(entry.name)」" + message) }
            let keywords = entry.keywords.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            if keywords.isEmpty { throw invalid("没有关键词：keywords 至少写一个，如 [水稻育秧, 育秧]") }
            let months = try Self.months(entry.months, invalid: invalid)
            let topic = entry.topic ?? "agritech"
            if let topics, !topics.contains(topic) {
                throw invalid("的主题 \(topic) 不在 Catalog/topics.yaml 中；可用：\(topics.joined(separator: "、"))")
            }
            return SeasonCalendar.Entry(name: entry.name, keywords: keywords, months: months, topic: topic, note: entry.note)
        })
    }

    /// Whether `text` takes the quick path (tests check that the shipped file does).
    static func readsQuickly(_ text: String) -> Bool { quickDocument(text) != nil }

    /// The document read through `PlainYAML`; nil sends the file through the decoder (and its located errors).
    private static func quickDocument(_ text: String) -> Document? {
        guard let root = PlainYAML.mapping(PlainYAML.root(of: text)),
            case .sequence(let items)? = root["seasons"]
        else { return nil }
        var entries: [Entry] = []
        for item in items {
            guard let fields = PlainYAML.mapping(item), let name = PlainYAML.string(fields["name"]),
                let keywords = PlainYAML.strings(fields["keywords"]),
                let topic = PlainYAML.optionalString(fields["topic"]), let note = PlainYAML.optionalString(fields["note"])
            else { return nil }
            let months: Months
            if let single = PlainYAML.string(fields["months"]) {
                months = Months(single)
            } else if let list = PlainYAML.strings(fields["months"]) {
                months = .items(list)
            } else {
                return nil
            }
            entries.append(Entry(name: name, keywords: keywords, months: months, topic: topic, note: note, line: item.mark?.line))
        }
        return Document(seasons: entries)
    }

    private static func months(_ months: Months, invalid: (String) -> Invalid) throws -> [Int] {
        guard case .items(let items) = months else { return Array(1...12) }
        var result: Set<Int> = []
        for item in items {
            let bounds = item.components(separatedBy: "..").map { $0.trimmingCharacters(in: .whitespaces) }
            let numbers = bounds.compactMap(Int.init)
            guard numbers.count == bounds.count, (1...2).contains(numbers.count) else {
                throw invalid("的月份「\(item)」看不懂：写成 3、\"11..2\" 这样的月份或范围，全年写 all")
            }
            for number in numbers where !(1...12).contains(number) {
                throw invalid("的月份 \(number) 不在 1–12 之间")
            }
            var month = numbers[0]
            result.insert(month)
            while month != numbers[numbers.count - 1] {
                month = month == 12 ? 1 : month + 1
                result.insert(month)
            }
        }
        if result.isEmpty { throw invalid("没有月份：months 至少写一个月，全年写 all") }
        return result.sorted()
    }
}

extension CatalogData {
    public var seasonsFile: URL { directory.appendingPathComponent("seasons.yaml") }
}
