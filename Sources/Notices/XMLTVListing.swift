import Planner

/// 节目预告 as XMLTV (`节目预告.xml` in every bundle; the county's month in the console): one channel per
/// station, one programme per planned item (an open day without a loop is one programme for the day),
/// `zh` titles, categories from topics (the Chinese label and the topic id). Valid against xmltv.dtd
/// (`Catalog/xmltv/`); read back by Yuanjiao's own guide import. Pure: the caller gives the UTC offset.
public struct XMLTVListing: Sendable {
    public var inputs: [NoticeInput]
    /// The county's offset from UTC in seconds (Asia/Shanghai: +08:00, no daylight saving).
    public var utcOffsetSeconds: Int
    public var generator: String

    /// The file every bundle carries.
    public static let bundleFileName = "节目预告.xml"

    public init(_ inputs: [NoticeInput], utcOffsetSeconds: Int = 8 * 3600, generator: String = "yuanjiao") {
        self.inputs = inputs
        self.utcOffsetSeconds = utcOffsetSeconds
        self.generator = generator
    }

    /// The channel id of a station: a stable, DNS-like id as XMLTV recommends.
    public static func channelID(station: String) -> String { "\(station).yuanjiao" }

    public func xml() -> String {
        var channels: [String] = []
        var programmes: [String] = []
        for input in inputs {
            let channel = Self.channelID(station: input.station.id)
            channels.append("""
                  <channel id="\(channel.html)">
                    <display-name lang="zh">\(input.stationName.html)</display-name>
                  </channel>
                """)
            for session in input.sessions {
                let place = "\(session.kind.chineseName)，\(input.place)"
                let start = session.start.minutes * 60
                guard !session.items.isEmpty else {
                    programmes.append(programme(
                        channel: channel, date: session.date, from: start, to: session.end.minutes * 60,
                        title: session.kind.chineseName, desc: "\(place)，随到随学", topics: [], names: input.topicNames))
                    continue
                }
                for item in session.items {
                    programmes.append(programme(
                        channel: channel, date: session.date, from: start + item.startOffset, to: start + item.endOffset,
                        title: item.title, desc: place, topics: [item.topic], names: input.topicNames))
                }
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE tv SYSTEM "xmltv.dtd">
            <tv generator-info-name="\(generator.html)">
            \((channels + programmes).joined(separator: "\n"))
            </tv>

            """
    }

    private func programme(
        channel: String, date: LocalDate, from: Int, to: Int, title: String, desc: String, topics: [String], names: TopicNames
    ) -> String {
        let categories = topics.flatMap { topic in
            ["    <category lang=\"zh\">\(names.label(topic).html)</category>", "    <category lang=\"en\">\(topic.html)</category>"]
        }
        return (["  <programme start=\"\(stamp(date, from))\" stop=\"\(stamp(date, to))\" channel=\"\(channel.html)\">",
                 "    <title lang=\"zh\">\(title.html)</title>",
                 "    <desc lang=\"zh\">\(desc.html)</desc>"]
            + categories + ["  </programme>"]).joined(separator: "\n")
    }

    /// `20261205190000 +0800`: local wall-clock time with the county's offset (seconds may pass midnight).
    private func stamp(_ date: LocalDate, _ seconds: Int) -> String {
        let day = date.adding(days: seconds / 86_400)
        let clock = seconds % 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : String(value) }
        let offset = abs(utcOffsetSeconds) / 60
        return "\(day.year)\(two(day.month))\(two(day.day))\(two(clock / 3600))\(two(clock / 60 % 60))\(two(clock % 60)) "
            + (utcOffsetSeconds < 0 ? "-" : "+") + two(offset / 60) + two(offset % 60)
    }
}
