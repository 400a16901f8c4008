import ChineseText

/// A channel name reduced to what identifies the channel: folded as search folds (NFKC, width, 繁→简,
/// case), separators dropped, and a trailing generic word (频道, 电视台) removed, so that `CCTV-1`, `CCTV1`,
/// `ＣＣＴＶ１` compare equal while `CCTV11`, `CCTV5+`, `CCTV4欧洲` and `CCTV1 HD` stay different channels.
/// Names that are literally different (`CCTV1综合`) meet only through the alias table, never by guessing
/// which words of a name describe it: `CCTV5体育赛事` is CCTV5+, not CCTV5.
struct ChannelIdentity: Hashable {
    let full: String

    init?(_ name: String) {
        let folded = TextFolding.fold(name).lowercased()
        let kept = folded.unicodeScalars.filter {
            $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "+"
        }
        let key = String(String.UnicodeScalarView(kept))
        guard !key.isEmpty else { return nil }
        full = Self.stripSuffixWord(key)
    }

    /// For search only, never for linking: the name and its numbered head (`cctv13新闻` → `cctv13`), so that
    /// a search for CCTV13 finds `CCTV-13新闻_20261201_1900.ts`.
    var searchWords: [String] {
        let scalars = Array(full.unicodeScalars)
        guard let firstDigit = scalars.firstIndex(where: { ("0"..."9").contains($0) }) else { return [full] }
        var end = firstDigit
        while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
        if end < scalars.count, scalars[end] == "+" { end += 1 }
        return Array(Set([full, String(String.UnicodeScalarView(scalars[..<end]))])).sorted()
    }

    /// `先锋频道` → `先锋`: the word 频道 or 电视台 says nothing about which channel it is.
    private static func stripSuffixWord(_ key: String) -> String {
        for word in genericSuffixes where key.hasSuffix(word) && key.count > word.count {
            return String(key.dropLast(word.count))
        }
        return key
    }

    private static let genericSuffixes = ["频道", "电视台"]
}

/// Matches a channel name from a file name or an MPEG-TS `service_name` to the guide's channels: exactly,
/// after folding and the alias table, against each channel's id and its `<display-name>`s. An unknown name
/// links nothing rather than something wrong.
struct ChannelMatcher {
    private struct Entry {
        let channel: String
        let keys: Set<String>
    }

    private let entries: [Entry]
    private let aliases: ChannelAliases

    /// `channels`: guide channel ids with their display names.
    init(channels: [(id: String, names: [String])], aliases: ChannelAliases = .none) {
        self.aliases = aliases
        entries = channels.map { channel in
            Entry(
                channel: channel.id,
                keys: Set(([channel.id] + channel.names).compactMap(ChannelIdentity.init).map { aliases.resolve($0.full) }))
        }
    }

    /// The guide channels that are this channel; empty when none is.
    func channels(matching name: String) -> [String] {
        guard let wanted = ChannelIdentity(name) else { return [] }
        let key = aliases.resolve(wanted.full)
        return entries.filter { $0.keys.contains(key) }.map(\.channel)
    }
}
