import Foundation

/// One librarian action on one or many resources: `yuanjiao tag`'s flags, or one row of an imported sheet.
public struct LibrarianEdit: Sendable, Hashable {
    /// Topic ids (or labels, resolved against the catalogue's topics) to set or confirm.
    public var confirmTopics: [String]
    /// Topics to remove and never have suggested again.
    public var rejectTopics: [String]
    public var addTags: [String]
    public var removeTags: [String]
    /// The confirmed topics become exactly `confirmTopics` (a sheet imported with `--replace`).
    public var replaceTopics: Bool
    /// The rejected topics become exactly `rejectTopics`.
    public var replaceRejected: Bool
    /// The tags become exactly `addTags`.
    public var replaceTags: Bool
    public var audience: FieldChange<Audience>
    public var series: FieldChange<String>
    /// With a series set and this left `.keep`, the episode is read from the title when it can be.
    public var episode: FieldChange<Int>

    public init(
        confirmTopics: [String] = [], rejectTopics: [String] = [], addTags: [String] = [], removeTags: [String] = [],
        replaceTopics: Bool = false, replaceRejected: Bool = false, replaceTags: Bool = false, audience: FieldChange<Audience> = .keep,
        series: FieldChange<String> = .keep, episode: FieldChange<Int> = .keep
    ) {
        self.confirmTopics = confirmTopics
        self.rejectTopics = rejectTopics
        self.addTags = addTags.map(Self.normalizedTag)
        self.removeTags = removeTags.map(Self.normalizedTag)
        self.replaceTopics = replaceTopics
        self.replaceRejected = replaceRejected
        self.replaceTags = replaceTags
        self.audience = audience
        if case .set(let name) = series {
            self.series = .set(name.trimmingCharacters(in: .whitespacesAndNewlines))
        } else {
            self.series = series
        }
        self.episode = episode
    }

    public var isEmpty: Bool {
        confirmTopics.isEmpty && rejectTopics.isEmpty && addTags.isEmpty && removeTags.isEmpty
            && !replaceTopics && !replaceRejected && !replaceTags && audience.isKeep && series.isKeep && episode.isKeep
    }

    /// Characters that separate tags in an exchanged sheet, so no tag may contain one.
    public static let tagSeparators: Set<Character> = ["|", "；", ";", "，", ",", "、"]

    static func normalizedTag(_ tag: String) -> String {
        tag.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Problems in the edit itself, before any resource is looked at; each message says what to write instead.
    public func problems() -> [String] {
        var problems: [String] = []
        for tag in addTags + removeTags {
            if tag.isEmpty {
                problems.append("标记不能为空")
            } else if tag.contains(where: { Self.tagSeparators.contains($0) || $0.isNewline }) {
                problems.append("标记「\(tag)」含有分隔符（| ； ; ， , 、 或换行）；请分成几个标记分别给出")
            } else if tag.count > 40 {
                problems.append("标记「\(tag.prefix(10))…」太长（\(tag.count) 个字）；标记最多 40 个字")
            }
        }
        for tag in Set(addTags).intersection(removeTags).sorted() {
            problems.append("标记「\(tag)」既要加上又要去掉；请只保留一个")
        }
        for topic in Set(confirmTopics).intersection(rejectTopics).sorted() {
            problems.append("主题 \(topic) 既要确认又要移除；请只保留一个")
        }
        if case .set(let name) = series, name.isEmpty {
            problems.append("系列名不能为空")
        }
        if case .set(let number) = episode, number < 1 || number > 9999 {
            problems.append("集数 \(number) 无效；请给出 1 到 9999 之间的整数")
        }
        return problems
    }
}
