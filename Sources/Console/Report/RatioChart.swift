import Yuanjiao

/// A station's twelve months of ratios as an SVG line chart, drawn on the server (no chart library in
/// the browser): one line per ratio, a gap where a month has no figure (no log is not 0), dashed targets.
enum RatioChart {
    static let width = 640, height = 260, left = 44, right = 120, top = 16, bottom = 36
    static let colours: [MonitoringRatio: String] = [.powerOn: "#1f77b4", .usage: "#2ca02c", .attendance: "#ff7f0e", .reflection: "#9467bd"]

    static func svg(station: String, months: [CountyReport.StationMonth], targets: [MonitoringRatio: Double]) -> String {
        let plotWidth = Double(width - left - right), plotHeight = Double(height - top - bottom)
        let step = months.count > 1 ? plotWidth / Double(months.count - 1) : 0
        func x(_ index: Int) -> Double { Double(left) + Double(index) * step }
        func y(_ value: Double) -> Double { Double(top) + (1 - value) * plotHeight }
        var parts: [String] = []
        for percent in stride(from: 0, through: 100, by: 25) {
            let level = y(Double(percent) / 100)
            parts.append("<line x1=\"\(left)\" y1=\"\(format1(level))\" x2=\"\(width - right)\" y2=\"\(format1(level))\" stroke=\"#ddd\"/>")
            parts.append("<text x=\"\(left - 6)\" y=\"\(format1(level + 4))\" text-anchor=\"end\" font-size=\"11\">\(percent)%</text>")
        }
        for (index, month) in months.enumerated() {
            parts.append("<text x=\"\(format1(x(index)))\" y=\"\(height - bottom + 16)\" text-anchor=\"middle\" font-size=\"11\">\(month.month.suffix(2))月</text>")
        }
        for (row, ratio) in MonitoringRatio.allCases.enumerated() {
            let colour = colours[ratio] ?? "#000"
            var segment: [String] = []
            var lines: [[String]] = []
            for (index, month) in months.enumerated() {
                if let value = month[ratio] {
                    segment.append("\(format1(x(index))),\(format1(y(value)))")
                    parts.append("<circle cx=\"\(format1(x(index)))\" cy=\"\(format1(y(value)))\" r=\"3\" fill=\"\(colour)\"><title>\(month.month) \(ratio.chineseName) \(Int((value * 100).rounded()))%</title></circle>")
                } else if !segment.isEmpty {
                    lines.append(segment)
                    segment = []
                }
            }
            if !segment.isEmpty { lines.append(segment) }
            for line in lines where line.count > 1 {
                parts.append("<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\" points=\"\(line.joined(separator: " "))\"/>")
            }
            if let target = targets[ratio] {
                parts.append("<line x1=\"\(left)\" y1=\"\(format1(y(target)))\" x2=\"\(width - right)\" y2=\"\(format1(y(target)))\" stroke=\"\(colour)\" stroke-dasharray=\"4 3\" stroke-width=\"1\"/>")
            }
            let legendY = top + 14 + row * 18
            parts.append("<rect x=\"\(width - right + 10)\" y=\"\(legendY - 9)\" width=\"12\" height=\"4\" fill=\"\(colour)\"/>")
            parts.append("<text x=\"\(width - right + 28)\" y=\"\(legendY - 4)\" font-size=\"12\">\(ratio.chineseName)</text>")
        }
        let label = HTML.escape("\(station) 近十二个月的开机率、使用率、参学率、心得率")
        return """
            <svg xmlns="http://www.w3.org/2000/svg" width="\(width)" height="\(height)" viewBox="0 0 \(width) \(height)" role="img" aria-label="\(label)">
            <title>\(label)</title>
            \(parts.joined(separator: "\n"))
            </svg>

            """
    }

    /// One decimal, no trailing ".0": stable text for tests and small files.
    static func format1(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
