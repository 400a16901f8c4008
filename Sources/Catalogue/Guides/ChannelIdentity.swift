import ChineseText

/// A channel name reduced to what identifies the channel, so that `CCTV-1`, `CCTV1`, `ＣＣＴＶ１` and
/// `CCTV1综合` compare equal while `CCTV11`, `CCTV5+`, `CCTV4欧洲` and `CCTV1 HD` stay different channels.
///
/// Two keys: `full` is the folded name without separators; `short` also drops a trailing word that only
/// describes the programming of a numbered channel (`综合`, `财经`, `农业农村`), never a word that makes
/// it another feed (`+`, `HD`, `4K`, a region, a further number).
struct ChannelIdentity: Hashable {
    let full: String
    let short: String

    init?(_ name: String) {
        let folded = TextFolding.fold(name).lowercased()
        let kept = folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "+"
        }
        let full = String(String.UnicodeScalarView(kept))
        guard !full.isEmpty else { return nil }
        self.full = full
        short = Self.withoutDescription(full)
    }

    /// `cctv7农业农村` → `cctv7`; `cctv4欧洲` stays: only known descriptions after a channel number go.
    private static func withoutDescription(_ key: String) -> String {
        let scalars = Array(key.unicodeScalars)
        guard let lastDigit = scalars.lastIndex(where: { ("0"..."9").contains($0) }) else {
            return stripSuffixWord(key)
        }
        var end = lastDigit + 1
        if end < scalars.count, scalars[end] == "+" { end += 1 }
        let head = String(String.UnicodeScalarView(scalars[..<end]))
        let tail = String(String.UnicodeScalarView(scalars[end...]))
        guard !tail.isEmpty, descriptions.contains(tail) else { return key }
        return head
    }

    /// `先锋频道` → `先锋`: the word 频道 or 电视台 says nothing about which channel it is.
    private static func stripSuffixWord(_ key: String) -> String {
        for word in genericSuffixes where key.hasSuffix(word) && key.count > word.count {
            return String(key.dropLast(word.count))
        }
        return key
    }

    private static let genericSuffixes = ["频道", "电视台"]

    /// The programming descriptions of numbered channels as written in Chinese guides and service names.
    private static let descriptions: Set<String> = [
        "综合", "财经", "综艺", "中文国际", "体育", "体育赛事", "电影", "国防军事", "军事", "电视剧", "纪录", "科教",
        "戏曲", "社会与法", "新闻", "少儿", "音乐", "农业农村", "奥林匹克", "频道", "台", "套",
        "agricultureandruralaffairs",
    ]
}

/// Matches a channel name from a file name or an MPEG-TS `service_name` to the guide's channels. Exact
/// identities first; a channel matches only when every channel of the best tier is the same channel, so an
/// ambiguous or unknown name links nothing rather than something wrong.
struct ChannelMatcher {
    private struct Entry {
        let channel: String
        let identities: [ChannelIdentity]
    }

    private let entries: [Entry]

    /// `channels`: guide channel ids with their display names.
    init(channels: [(id: String, names: [String])]) {
        entries = channels.map { channel in
            Entry(channel: channel.id, identities: ([channel.id] + channel.names).compactMap(ChannelIdentity.init))
        }
    }

    /// The guide channels that are this channel: those sharing its full identity, else those sharing its
    /// short one. Empty when nothing matches.
    func channels(matching name: String) -> [String] {
        guard let wanted = ChannelIdentity(name) else { return [] }
        let exact = entries.filter { $0.identities.contains { $0.full == wanted.full } }
        if !exact.isEmpty { return exact.map(\.channel) }
        return entries.filter { entry in
            entry.identities.contains { $0.short == wanted.short || $0.full == wanted.short || $0.short == wanted.full }
        }.map(\.channel)
    }
}
