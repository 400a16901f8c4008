import Planner

/// The frame every printed notice shares: a self-contained A4 HTML document (inline CSS, local fonts only,
/// no scripts or images) that is also well-formed XML.
enum NoticeHTML {
    /// Fonts a county office's Linux or Windows machine is likely to have; nothing is downloaded.
    static let fontStack =
        "\"Noto Sans CJK SC\", \"Noto Sans SC\", \"Source Han Sans SC\", \"WenQuanYi Micro Hei\", \"Microsoft YaHei\", \"SimHei\", sans-serif"

    /// The same fonts' traditional-Chinese cuts first, for stations printing in traditional characters.
    static let traditionalFontStack =
        "\"Noto Sans CJK TC\", \"Noto Sans TC\", \"Source Han Sans TC\", \(fontStack)"

    static func document(title: String, language: String, css: String, body: String) -> String {
        """
        <!DOCTYPE html>
        <html lang="\(language)">
        <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>\(title.html)</title>
        <style>
        @page { size: A4; margin: 12mm; }
        * { box-sizing: border-box; }
        html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
        body { margin: 0; font-family: \(fontStack); color: #111; background: #fff; }
        html:lang(zh-Hant) body { font-family: \(traditionalFontStack); }
        \(css)
        </style>
        </head>
        <body>
        \(body)
        </body>
        </html>

        """
    }

    /// `12月5日 星期六`.
    static func day(_ date: LocalDate) -> String { "\(date.chineseMonthDay) \(date.weekday.chineseName)" }

    /// `19:00–21:00`.
    static func range(_ session: PlannedSession) -> String { "\(session.start)–\(session.end)" }

    /// `40分钟`, rounded to the nearest minute (at least one).
    static func minutes(seconds: Int) -> String { "\(max(1, (seconds + 30) / 60))分钟" }

    /// `study-day` → `study`, the CSS class of a session kind.
    static func cssClass(_ kind: SessionKind) -> String {
        switch kind {
        case .studyDay: "study"
        case .weekly: "weekly"
        case .openDay: "open"
        }
    }

    /// The mark a kind carries on paper, so a black-and-white printer still tells them apart.
    static func symbol(_ kind: SessionKind) -> String {
        switch kind {
        case .studyDay: "★"
        case .weekly: "●"
        case .openDay: "○"
        }
    }
}
