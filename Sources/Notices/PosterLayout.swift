import Planner

/// How large the poster's type can be so the month fits one A4 page: the largest step of a fixed ladder whose
/// estimated height fits, and, for a month too full even for the smallest step, how many items each card lists.
///
/// Pure arithmetic on the text (no renderer): CJK characters count one em, Latin letters and digits about half,
/// and the estimate keeps a safety margin; `Scripts/check-poster-pages.sh` and the poster page test render
/// the result with Chromium to prove one page.
struct PosterLayout: Equatable {
    /// Content type size in points; 14 pt reads from a step away.
    var textSize: Double
    var columns: Int
    /// Height of a calendar row (a week), before marks stretch it.
    var cellHeight: Double
    /// Items listed per session card; nil lists them all.
    var itemLimit: Int? = nil
    /// For months packed with sessions: card headings without the kind's name (the symbol and colour remain),
    /// no topic badges, each title cut to one line.
    var compact = false

    /// Largest first. The first steps keep content at 14 pt; the last are for months packed with sessions.
    static let ladder: [PosterLayout] = [
        PosterLayout(textSize: 15, columns: 1, cellHeight: 14),
        PosterLayout(textSize: 14, columns: 1, cellHeight: 12),
        PosterLayout(textSize: 14, columns: 2, cellHeight: 12),
        PosterLayout(textSize: 13, columns: 2, cellHeight: 11),
        PosterLayout(textSize: 12, columns: 2, cellHeight: 11),
        PosterLayout(textSize: 11, columns: 2, cellHeight: 10),
        PosterLayout(textSize: 11, columns: 2, cellHeight: 10, compact: true),
        PosterLayout(textSize: 10, columns: 2, cellHeight: 10, compact: true),
        PosterLayout(textSize: 10, columns: 3, cellHeight: 9, compact: true),
        PosterLayout(textSize: 9, columns: 3, cellHeight: 9, compact: true),
    ]

    /// Printable height of A4 with 12 mm margins. The estimate itself runs about a tenth high (every wrapped
    /// line counted whole, generous card padding), which is the margin for fonts a little wider than Noto.
    static let pageHeight = 297.0 - 24.0
    static let pageWidth = 186.0
    static let columnGap = 2.0
    static let lineHeight = 1.4
    static let millimetresPerPoint = 25.4 / 72

    /// The layout for a poster's content.
    static func choose(for content: PosterContent) -> PosterLayout {
        for layout in ladder where layout.estimatedHeight(content) <= pageHeight { return layout }
        // Even the smallest type overflows: list fewer items per card (the rest are in the playlist).
        var smallest = ladder[ladder.count - 1]
        let most = content.cards.map(\.items.count).max() ?? 0
        for limit in stride(from: most - 1, through: 1, by: -1) {
            smallest.itemLimit = limit
            if smallest.estimatedHeight(content) <= pageHeight { return smallest }
        }
        // Cards with only their date, time and how many items the playlist holds.
        smallest.itemLimit = 0
        return smallest
    }

    /// Header, calendar, session cards and footer, in millimetres.
    func estimatedHeight(_ content: PosterContent) -> Double {
        header(content) + calendar(content) + cards(content) + 12
    }

    private func lineMillimetres(_ points: Double) -> Double { points * Self.millimetresPerPoint * Self.lineHeight }

    func header(_ content: PosterContent) -> Double {
        let titleLines = Self.lines(content.title, width: Self.pageWidth, points: 24)
        return lineMillimetres(12) + Double(titleLines) * 24 * Self.millimetresPerPoint * 1.25
            + Double(Self.lines(content.place, width: Self.pageWidth, points: 15)) * lineMillimetres(15) + 6
    }

    func calendar(_ content: PosterContent) -> Double {
        let rows = content.marksPerWeek.map { marks in max(cellHeight, 2 + 5.8 + Double(marks) * lineMillimetres(9.5)) }
        return 8 + rows.reduce(0, +) + lineMillimetres(11) + 2 + lineMillimetres(15) + 4
    }

    /// Cards flow down the columns in order and a card never splits: the shortest column height that holds
    /// them all when each column is filled before the next.
    func cards(_ content: PosterContent) -> Double {
        let width = (Self.pageWidth - Self.columnGap * Double(columns - 1)) / Double(columns)
        let heights = content.cards.map { card -> Double in
            var items = card.items
            if let itemLimit, items.count > itemLimit {
                items = Array(items.prefix(itemLimit)) + [PosterContent.Item(title: "另有 99 个节目，见本次播放单", badge: "")]
                if itemLimit == 0 { items = [PosterContent.Item(title: "本次 99 个节目，见本次播放单", badge: "")] }
            }
            // Card padding and borders 7.5 mm; list indent 6 mm.
            let itemLines = compact && card.clipsItems ? items.count : items.map { Self.lines($0, width: width - 13.5, points: textSize) }.reduce(0, +)
            let headingLines = Self.lines(compact ? card.compactHeading : card.heading, width: width - 7.5, points: textSize)
            return Double(itemLines + headingLines) * lineMillimetres(textSize) + 3.5 + Self.columnGap
        }
        var column = max(heights.max() ?? 0, heights.reduce(0, +) / Double(columns))
        while !Self.pack(heights, into: columns, height: column) { column += 1 }
        return column
    }

    private static func pack(_ heights: [Double], into columns: Int, height: Double) -> Bool {
        var used = 1, filled = 0.0
        for card in heights {
            if filled + card > height {
                used += 1
                filled = 0
            }
            filled += card
        }
        return used <= columns
    }

    /// Lines an item takes: its title wraps, and the badge (never split, 0.75 em type) goes on the title's last
    /// line when it fits, on a line of its own when not.
    static func lines(_ item: PosterContent.Item, width: Double, points: Double) -> Int {
        let perLine = width / (points * millimetresPerPoint)
        let title = lines(item.title, width: width, points: points)
        let lastLine = ems(item.title) - Double(title - 1) * perLine
        let badge = item.badge.isEmpty ? 0 : ems(item.badge) * 0.75 + 0.8
        return lastLine + badge > perLine ? title + 1 : title
    }

    /// Lines a text wraps to in a box `width` mm wide at `points`.
    static func lines(_ text: String, width: Double, points: Double) -> Int {
        let perLine = width / (points * millimetresPerPoint)
        return max(1, Int((ems(text) / perLine).rounded(.up)))
    }

    /// Width in ems: a CJK character or full-width mark is one em, ASCII about half, a space or `·` less.
    static func ems(_ text: String) -> Double {
        text.unicodeScalars.reduce(0) { width, scalar in
            switch scalar {
            case " ": width + 0.35
            case "·": width + 0.5
            default: width + (scalar.isASCII ? 0.55 : 1)
            }
        }
    }

    /// The custom properties the poster's CSS reads.
    var style: String {
        let size = textSize.formatted
        return "--text: \(size)pt; --columns: \(columns); --cell: \(cellHeight.formatted)mm"
    }
}

/// What the poster shows, as plain text, for the layout estimate.
struct PosterContent {
    struct Card {
        var heading: String
        /// The heading of a compact layout: `●12月1日（二） 19:00–21:00`.
        var compactHeading: String
        var items: [Item]
        /// A compact layout cuts these items to one line each (session titles; not the open days' hours).
        var clipsItems = true
    }

    /// An item as it prints: its title, then its topic and length in a small badge.
    struct Item {
        var title: String
        var badge: String
    }

    var title: String
    var place: String
    var cards: [Card]
    /// Per calendar week, the most sessions marked on one day.
    var marksPerWeek: [Int]
}

extension Double {
    /// `14`, `12.5`: no trailing `.0` in CSS.
    fileprivate var formatted: String {
        self == rounded() ? String(Int(self)) : String(self)
    }
}
