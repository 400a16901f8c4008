/// File and folder names that survive a copy to FAT32, exFAT and NTFS and open from a playlist in VLC and
/// PotPlayer: the characters Windows forbids become their full-width forms (readable to a Chinese user),
/// `#` and `%` too (a player reads them as a fragment or an escape), control characters become `_`, trailing
/// dots and spaces go, and the device names Windows reserves get a `_` in front.
enum PortableName {
    static func component(_ name: String) -> String {
        var scalars = String.UnicodeScalarView()
        for scalar in name.unicodeScalars {
            if let wide = fullWidth[scalar] {
                scalars.append(wide)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                scalars.append("_")
            } else {
                scalars.append(scalar)
            }
        }
        var text = String(scalars)
        while let last = text.last, last == "." || last == " " { text.removeLast() }
        if text.isEmpty { return "_" }
        let stem = text.split(separator: ".", maxSplits: 1).first.map { String($0).uppercased() } ?? ""
        if reserved.contains(stem) { text = "_" + text }
        return shortened(text)
    }

    /// True when `name` needs no change.
    static func isPortable(_ name: String) -> Bool { component(name) == name }

    /// NTFS and FAT32 long names hold 255 UTF-16 units; a longer name keeps its extension.
    private static func shortened(_ text: String) -> String {
        guard text.utf16.count > maximumUnits else { return text }
        let dot = text.lastIndex(of: ".")
        let suffix = dot.map { String(text[$0...]) } ?? ""
        var stem = dot.map { String(text[..<$0]) } ?? text
        while stem.utf16.count + suffix.utf16.count > maximumUnits, !stem.isEmpty { stem.removeLast() }
        return stem + suffix
    }

    static let maximumUnits = 255

    private static let fullWidth: [Unicode.Scalar: Unicode.Scalar] = [
        ":": "：", "*": "＊", "?": "？", "\"": "＂", "<": "＜", ">": "＞", "|": "｜", "\\": "＼", "#": "＃", "%": "％",
    ]

    private static let reserved: Set<String> = Set(
        ["CON", "PRN", "AUX", "NUL"] + (1...9).map { "COM\($0)" } + (1...9).map { "LPT\($0)" })
}
