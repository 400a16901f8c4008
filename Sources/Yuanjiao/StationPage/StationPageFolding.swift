import ChineseText
import Foundation

/// `station/fold.js`: the traditional → simplified pairs the catalogue's search folding uses (`TextFolding`),
/// as one string of character pairs, so a 繁體 query in the page finds simplified titles as `search` does.
/// The same for every station; made once per process (about 28,000 characters folded, a few milliseconds).
enum StationPageFolding {
    static let script: Data = {
        var pairs = String.UnicodeScalarView()
        for range in [0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF] {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let folded = TextFolding.fold(String(scalar)).unicodeScalars
                guard folded.count == 1, let target = folded.first, target != scalar, target.value >= 0x3400 else { continue }
                pairs.append(scalar)
                pairs.append(target)
            }
        }
        return Data(("// 繁体字到简体字的对照（与目录的检索折叠相同，由 yuanjiao 生成）\nwindow.YUANJIAO_FOLD = \"" + String(pairs) + "\";\n").utf8)
    }()
}
