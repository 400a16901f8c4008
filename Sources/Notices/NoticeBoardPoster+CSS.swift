extension NoticeBoardPoster {
    /// The poster's look. Sizes that depend on how full the month is come from `PosterLayout.style`
    /// (`--text`, `--columns`, `--cell`); headings stay large whatever the month.
    static let css = """
        .poster { width: 186mm; margin: 0 auto; font-size: var(--text, 14pt); line-height: 1.35; }
        header { text-align: center; border-bottom: 1.2mm solid #b71c1c; padding-bottom: 1.5mm; margin-bottom: 2.5mm; }
        .board { margin: 0; font-size: 12pt; letter-spacing: 0.3em; color: #b71c1c; }
        h1 { margin: 0.5mm 0; font-size: 24pt; line-height: 1.25; }
        .place { margin: 0; font-size: 15pt; font-weight: bold; }
        h2 { font-size: 15pt; margin: 2.5mm 0 1.5mm; }
        .month { width: 100%; border-collapse: collapse; table-layout: fixed; }
        .month th { font-size: 13pt; background: #eee; border: 0.3mm solid #555; padding: 0.5mm; }
        .month th.weekend { color: #b71c1c; }
        .month td { border: 0.3mm solid #555; height: var(--cell, 12mm); vertical-align: top; padding: 0.6mm 1mm; }
        .month td.outside { background: #f4f4f4; }
        .month .date { display: block; font-size: 15pt; font-weight: bold; line-height: 1.1; }
        .month .mark { display: block; font-size: 9.5pt; line-height: 1.3; border-radius: 1mm; padding: 0 0.8mm; margin-top: 0.3mm; white-space: nowrap; overflow: hidden; }
        .study { background: #ffcdd2; }
        .weekly { background: #c5dcf7; }
        .open { background: #d4edc9; }
        .mark.study, .tag.study { background: #b71c1c; color: #fff; }
        .mark.weekly, .tag.weekly { background: #0d47a1; color: #fff; }
        .mark.open, .tag.open { background: #2e7d32; color: #fff; }
        .legend { margin: 1.2mm 0 0; font-size: 11pt; }
        .legend .tag { margin-right: 3mm; }
        .tag { display: inline-block; border-radius: 1mm; padding: 0 1.2mm; font-weight: bold; white-space: nowrap; }
        .cards { column-count: var(--columns, 2); column-gap: 2mm; }
        .session { border: 0.4mm solid #555; border-radius: 1.5mm; padding: 1.2mm 2mm; margin: 0 0 2mm; break-inside: avoid; background: #fff; }
        .session.study { border-left: 2.5mm solid #b71c1c; }
        .session.weekly { border-left: 2.5mm solid #0d47a1; }
        .session.open { border-left: 2.5mm solid #2e7d32; background: #eef7ea; }
        .session h3 { margin: 0 0 0.8mm; font-size: 1em; }
        .session h3 .time { white-space: nowrap; }
        .session ol, .session ul { margin: 0; padding-left: 6mm; }
        .session li { margin: 0; }
        .session li.more { list-style: none; color: #333; }
        .session p { margin: 0; }
        .compact .session ol li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
        .compact .session h3 .tag { margin-right: 1mm; }
        .topic { font-size: 0.75em; color: #333; border: 0.2mm solid #777; border-radius: 1mm; padding: 0 0.8mm; white-space: nowrap; }
        footer { margin-top: 2.5mm; padding-top: 1.5mm; border-top: 0.6mm solid #b71c1c; display: flex; justify-content: space-between; font-size: 13pt; }
        """
}
