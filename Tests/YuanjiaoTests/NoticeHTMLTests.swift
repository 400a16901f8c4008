import Foundation
import Notices
import Planner
import Testing

@Suite("Notice-board poster and sign-in sheets: self-contained, well-formed A4 HTML")
struct NoticeHTMLTests {
    static let poster = NoticeBoardPoster(NoticeFixtures.shuangqiaoInput).simplifiedHTML()
    static let signIn = SignInSheet(NoticeFixtures.shuangqiaoInput).simplifiedHTML()

    @Test(arguments: ["poster", "signin"])
    func wellFormed(_ which: String) throws {
        let html = which == "poster" ? Self.poster : Self.signIn
        try HTMLCheck.assertWellFormed(html)
        let traditional = which == "poster"
            ? try NoticeBoardPoster(NoticeFixtures.guangshunInput).html() : try SignInSheet(NoticeFixtures.guangshunInput).html()
        try HTMLCheck.assertWellFormed(traditional)
    }

    @Test(arguments: ["poster", "signin"])
    func selfContainedA4(_ which: String) {
        let html = which == "poster" ? Self.poster : Self.signIn
        #expect(html.contains("@page { size: A4; margin: 12mm; }"))
        for external in ["<script", "<img", "<link", "@import", "url(", "http://", "https://"] {
            #expect(!html.contains(external), "\(which) refers to something external: \(external)")
        }
    }

    @Test func posterMarksTheMonthAndListsContent() {
        let html = Self.poster
        #expect(html.contains("<h1>双桥村远教站点 2026年12月学习安排</h1>"))
        #expect(html.contains("学习地点：双桥村小学 多媒体教室"))
        // A calendar of 31 days in 5 weeks (Tuesday the 1st … Thursday the 31st).
        #expect(html.components(separatedBy: "<tr><td").count - 1 == 5)
        #expect(html.contains("<td class=\"study\"><span class=\"date\">6</span><span class=\"mark study\">★集中 09:00</span></td>"))
        #expect(html.contains("<td class=\"weekly\"><span class=\"date\">2</span>"))
        #expect(html.contains("<td class=\"open\"><span class=\"date\">13</span>"))
        #expect(html.contains("图例："))
        #expect(html.contains("<span class=\"tag study\">★集中学习</span> <span class=\"when\">12月20日 星期日 <span class=\"time\">14:00–16:00</span></span>"))
        #expect(html.contains("果树修剪 &amp; 嫁接 &lt;实操&gt;"))
        #expect(html.contains("<span class=\"topic\">农业科技与实用技术 · 30分钟</span>"))
        // Five sessions and the open days' card.
        #expect(html.components(separatedBy: "<article class=\"session").count - 1 == 6)
        #expect(html.contains("<li>12月5日（六）、13日（日）、19日（六）、26日（六） 08:30–21:30</li>"))
    }

    @Test func signInHasTwentyBlankRowsAndAContinuationPagePerSession() {
        let html = Self.signIn
        let pages = Array(html.components(separatedBy: "<section class=\"sheet\">").dropFirst())
        #expect(pages.count == 10)
        for (index, page) in pages.enumerated() {
            #expect(page.contains("<th class=\"name\">姓名</th><th class=\"sign\">签名</th><th class=\"time\">到达时间</th>"))
            #expect(page.components(separatedBy: "<td class=\"no\">").count - 1 == 20)
            let first = index % 2 == 0
            #expect(page.contains("<td class=\"no\">\(first ? 20 : 40)</td>"))
            #expect(page.contains("应到 ______ 人　　实到 ______ 人") == !first)
            #expect(page.contains("签到表（续）") == !first)
        }
        #expect(html.contains("page-break-after: always"))
        #expect(pages.first?.contains("2026年12月2日 星期三") == true)
        #expect(pages.first?.contains("19:00–21:00（每周学习）") == true)
        #expect(pages[1].contains("第 2 页，共 2 页"))
    }

    @Test func signInPrintsMembersThenBlankRowsAndContinues() {
        var input = NoticeFixtures.shuangqiaoInput
        input.members = [Member(name: "张三", role: "党员", group: "一组"), Member(name: "李<四>", role: "群众")]
        let short = SignInSheet(input).simplifiedHTML().components(separatedBy: "<section class=\"sheet\">").dropFirst()
        #expect(short.count == 5)
        let page = short.first ?? ""
        #expect(page.contains("<th class=\"role\">身份</th><th class=\"group\">小组</th>"))
        #expect(page.contains("<td class=\"no\">1</td><td>张三</td><td class=\"role\">党员</td><td class=\"group\">一组</td><td></td><td></td>"))
        #expect(page.contains("<td class=\"no\">2</td><td>李&lt;四&gt;</td><td class=\"role\">群众</td>"))
        #expect(page.contains("<td class=\"no\">3</td><td></td>"))

        input.members = (1...30).map { Member(name: "村民\($0)", group: "\($0 % 3 + 1)组") }
        let long = Array(SignInSheet(input).simplifiedHTML().components(separatedBy: "<section class=\"sheet\">").dropFirst())
        #expect(long.count == 10)  // 30 names and 5 blank rows: two pages per session
        #expect(long[1].contains("<td class=\"no\">30</td><td>村民30</td>"))
        #expect(long[1].contains("<td class=\"no\">35</td><td></td>"))
        #expect(long[1].contains("签到表（续）") && long[1].contains("应到 ______ 人"))
        #expect(!long[0].contains("应到 ______ 人") && long[0].contains("接下页"))
    }

    @Test func traditionalStationGetsTraditionalHTML() throws {
        let poster = try NoticeBoardPoster(NoticeFixtures.guangshunInput).html()
        #expect(poster.contains("<html lang=\"zh-Hant\">"))
        #expect(poster.contains("學習安排"))
        #expect(poster.contains("廣順村遠教站點"))
        let signIn = try SignInSheet(NoticeFixtures.guangshunInput).html()
        #expect(signIn.contains("簽到表"))
        #expect(signIn.contains("姓名"))
        #expect(!signIn.contains("签到"))
    }

    @Test func theCheckerCatchesBrokenMarkup() throws {
        #expect(HTMLCheck.tagBalance("<p><b>x</p>") != nil)
        #expect(HTMLCheck.tagBalance("<p>x<br />y</p>") == nil)
        if HTMLCheck.xmllint != nil {
            #expect(try HTMLCheck.xmllintProblem("<html><p>a &nbsp; b</p></html>") != nil)
            #expect(try HTMLCheck.xmllintProblem("<!DOCTYPE html>\n<html><p>a &amp; b<br /></p></html>") == nil)
        }
    }

    @Test func escapingCoversMarkupAndControlCharacters() {
        #expect(HTMLEscaping.escape("a<b>&\"c\"'d'") == "a&lt;b&gt;&amp;&quot;c&quot;&#39;d&#39;")
        #expect(HTMLEscaping.escape("x\u{01}y") == "xy")
    }
}

/// Well-formedness: a strict XML parser (`xmllint`, libxml2-utils) where it is installed, and always a tag-balance
/// check. (FoundationXML's `XMLDocument` on Linux parses in recovery mode and accepts broken markup.)
enum HTMLCheck {
    static let xmllint = ["/usr/bin/xmllint", "/usr/local/bin/xmllint"].first { FileManager.default.isExecutableFile(atPath: $0) }

    static func assertWellFormed(_ html: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        if let problem = try xmllintProblem(html) {
            Issue.record("not well-formed XML: \(problem)", sourceLocation: sourceLocation)
        }
        #expect(tagBalance(html) == nil, sourceLocation: sourceLocation)
    }

    /// xmllint's complaint, nil when it accepts the text or is not installed.
    static func xmllintProblem(_ text: String) throws -> String? {
        guard let xmllint else { return nil }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-xml-\(UUID().uuidString).xml")
        try Data(text.utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: xmllint)
        process.arguments = ["--noout", "--nonet", file.path]
        let errors = Pipe()
        process.standardError = errors
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return process.terminationStatus == 0 ? nil : message
    }

    /// nil when every element closes in order; otherwise the first mismatch.
    static func tagBalance(_ html: String) -> String? {
        guard let regex = try? NSRegularExpression(pattern: #"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*?(/?)>"#) else { return "regex" }
        var stack: [String] = []
        let text = html as NSString
        for match in regex.matches(in: html, range: NSRange(location: 0, length: text.length)) {
            let closing = text.substring(with: match.range(at: 1)) == "/"
            let name = text.substring(with: match.range(at: 2)).lowercased()
            let selfClosing = text.substring(with: match.range(at: 3)) == "/"
            if selfClosing { continue }
            if closing {
                guard stack.last == name else { return "</\(name)> closes <\(stack.last ?? "nothing")>" }
                stack.removeLast()
            } else {
                stack.append(name)
            }
        }
        return stack.isEmpty ? nil : "unclosed <\(stack.joined(separator: "> <"))>"
    }
}
