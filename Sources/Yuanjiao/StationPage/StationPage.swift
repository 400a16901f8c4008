import ChineseText
import Foundation
import Notices

/// The station's own page in every bundle: `index.html` at the bundle root and its assets under `station/`
/// (DESIGN "Station page and player"). Opened by double-click, it shows the day, the month, the notices and a
/// searchable library, plays in the page and exports the play log as the CSV `playlog import` reads.
struct StationPage {
    var data: StationPageData

    static let folder = "station"

    func files() throws -> [(name: String, data: Data)] {
        [
            ("index.html", Data(StationPageShell.html.utf8)),
            (Self.folder + "/page.css", Data(StationPageShell.css.utf8)),
            (Self.folder + "/page.js", Data(StationPageScript.source.utf8)),
            (Self.folder + "/fold.js", StationPageFolding.script),
            (Self.folder + "/data.js", try data.script()),
        ]
    }
}

extension Workspace {
    /// The pinyin readings the station page searches with, from the same table as the catalogue's search;
    /// nil without reference data (the page then searches by characters only).
    func stationPagePinyin() -> PinyinTable? {
        guard let data else { return nil }
        return try? PinyinTable.load(text: data.pinyinFile, precompiled: data.precompiledPinyinFile).table
    }
}
