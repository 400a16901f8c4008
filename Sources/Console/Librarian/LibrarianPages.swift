import Foundation
import Yuanjiao

/// The HTML of the librarian's pages; the routes fetch, these only draw.
enum LibrarianPages {
    static func search(query: String, topic: String?, topics: [TopicChoice], results: SearchResults?, problem: String?) -> HTML {
        """
        <h1>检索</h1>
        <form method="get" action="/search"><input name="q" value="\(query)" size="40" placeholder="法律、falv、\u{201C}民法典 农民\u{201D}、水稻 OR 柑橘" autofocus>
        <select name="topic"><option value="">全部主题</option>\(topics.html { choice in
            "<option value=\"\(choice.id)\"\(choice.id == topic ? HTML(" selected") : "")>\(choice.label)</option>" })</select>
        <button type="submit">查找</button></form>
        <p class="muted">简体、繁体、拼音和首字母都能找到；title: desc: tag: file: 限定字段，-词 排除。</p>
        \(problem.map { HTML("<p class=\"error\">\($0)</p>") } ?? "")
        \(results.map { searchResults($0, topics: topics) + UpcomingPages.programmes($0.programmes, heading: "节目单中还没有录像的节目") } ?? "")
        """
    }

    private static func searchResults(_ results: SearchResults, topics: [TopicChoice]) -> HTML {
        guard !results.results.isEmpty else { return "<p>没有找到与「\(results.query)」相符的课件。</p>" }
        return """
            <p>共 \(results.total) 个结果。</p>
            <table class="results"><tr><th>编号</th><th>标题与摘要</th><th>时长</th><th>主题</th></tr>
            \(results.results.html { hit in """
                <tr><td>\(hit.id)</td><td><a href="/resources/\(hit.id)">\(hit.title)</a><br>
                <span class="snippet">\(HTML.highlighted(hit.snippet, markStart: SearchResults.markStart, markEnd: SearchResults.markEnd))</span></td>
                <td>\(DurationText.clock(hit.duration))</td><td>\(hit.topics.map(topics.name(of:)).joined(separator: "、"))</td></tr>
                """ })
            </table>
            """
    }

    static func resource(_ details: ResourceDetails, topics: [TopicChoice], csrf: String?) -> HTML {
        let here = "/resources/\(details.id)"
        return """
            <h1>\(details.title)</h1>
            <table><tr><th>编号</th><td>\(details.id)</td></tr>
            <tr><th>文件</th><td>\(details.path)\(details.status == "present" ? "" : HTML(" <span class=\"warning\">（文件缺失）</span>"))</td></tr>
            <tr><th>时长</th><td>\(DurationText.clock(details.duration))</td></tr>
            <tr><th>格式</th><td>\(details.format ?? "未知")，\(details.streams.count) 路流</td></tr>
            <tr><th>登记</th><td>\(ConsoleDates.text(details.added))</td></tr>
            <tr><th>当季月份</th><td>\(details.months.isEmpty ? "—" : details.months.map { "\($0)月" }.joined(separator: "、"))</td></tr></table>
            \(details.kind == "document" ? DocumentPreview.html(details, excerpt: details.metadata["description"]) : MediaPreview.html(details))
            <h2>主题</h2><ul>\(details.topics.html { topic in """
                <li>\(label(topic.id, topics)) <span class="muted">（\(sourceName(topic.source))\(topic.confirmed ? "，已确认" : "，建议")）</span>
                \(topic.confirmed ? "" : confirmButton(details.id, topic.id, csrf: csrf, back: here))</li>
                """ })</ul>
            \(topicForm(details.id, topics: topics, csrf: csrf, back: here))
            <h2>标记</h2>\(tagEditor(id: details.id, tags: details.tags, csrf: csrf, back: here))
            <h2>节目单</h2>\(details.programmes.isEmpty ? "<p class=\"muted\">没有对应的节目单条目。</p>" : HTML("<ul>\(details.programmes.html { programme in "<li>\(programme.channelName ?? programme.channel) \(ConsoleDates.text(programme.start))：\(programme.title)\(programme.episode.map { " 第\($0)集" } ?? "")</li>" })</ul>"))
            <h2>排课情况</h2>\(details.planned.isEmpty ? "<p class=\"muted\">还没有排进任何站点的计划。</p>" : HTML("<ul>\(details.planned.html { "<li>\($0.station) \($0.date)</li>" })</ul>"))
            """
    }

    static func review(_ queue: ReviewQueue, topics: [TopicChoice], csrf: String?) -> HTML {
        """
        <h1>审核队列</h1><p>还没有确认主题的课件共 \(queue.total) 个，最新的在前（本页 \(queue.items.count) 个）。</p>
        <table><tr><th>课件</th><th>建议主题（点「确认」或「否决」）</th><th>标记</th></tr>
        \(queue.items.html { item in """
            <tr><td><a href="/resources/\(item.id)">\(item.title)</a>\(item.kind == "document" ? HTML(" <span class=\"muted\">〔文档〕</span>") : "")\(item.noTextLayer ? HTML(" <span class=\"warning\">无文字层</span>") : "")<br><span class="muted">\(item.path)</span></td>
            <td>\(item.suggested.html { suggestion in """
                <div class="suggestion">\(label(suggestion.topic, topics)) <span class="muted">\(suggestion.reason)</span>
                \(confirmButton(item.id, suggestion.topic, csrf: csrf, back: "/review"))
                <form class="inline" method="post" action="/resources/\(item.id)/reject">\(CSRFField(csrf))
                <input type="hidden" name="topic" value="\(suggestion.topic)"><input type="hidden" name="return" value="/review">
                <button type="submit">否决</button></form></div>
                """ })\(topicForm(item.id, topics: topics, csrf: csrf, back: "/review"))</td>
            <td>\(tagEditor(id: item.id, tags: item.tags, csrf: csrf, back: "/review"))</td></tr>
            """ })
        </table>
        <p>\(queue.next.map { HTML("<a href=\"/review?after=\($0)\">下一页</a> · ") } ?? "")<a href="/review">回到第一页</a></p>
        """
    }

    static func bulk(_ bulk: BulkTag, matched: Int?, problem: String?, topics: [TopicChoice], csrf: String?) -> HTML {
        let confirm: HTML
        if let matched, let _ = bulk.edit {
            confirm = """
                <p>查询「\(bulk.query)」匹配 <strong>\(matched)</strong> 个课件。</p>
                <form method="post" action="/bulk">\(CSRFField(csrf))<input type="hidden" name="q" value="\(bulk.query)">
                <input type="hidden" name="tag" value="\(bulk.tag)"><input type="hidden" name="topic" value="\(bulk.topic)">
                <input type="hidden" name="expected" value="\(matched)"><button type="submit">给这 \(matched) 个课件标注</button></form>
                """
        } else {
            confirm = ""
        }
        return """
            <h1>批量标注</h1>
            <form method="get" action="/bulk"><p><label>查询 <input name="q" value="\(bulk.query)" size="40" required></label></p>
            <p><label>加标记 <input name="tag" value="\(bulk.tag)" placeholder="普法、冬季"></label>
            <label>确认主题 <select name="topic"><option value="">（不改主题）</option>\(topics.html { choice in
                "<option value=\"\(choice.id)\"\(choice.id == bulk.topic ? HTML(" selected") : "")>\(choice.label)</option>" })</select></label></p>
            <p><button type="submit">预览数量</button></p></form>
            \(problem.map { HTML("<p class=\"error\">\($0)</p>") } ?? "")\(confirm)
            """
    }

    static func history(_ changes: [LibrarianChange], csrf: String?) -> HTML {
        """
        <h1>修改记录</h1>
        <table><tr><th>编号</th><th>时间</th><th>谁</th><th>内容</th><th>课件数</th><th></th></tr>
        \(changes.html { change in """
            <tr><td>\(change.id)</td><td>\(ConsoleDates.text(change.at))</td><td>\(change.by)</td><td>\(change.summary)
            <br><span class="muted">\(change.items.html { item in "\(item.title ?? "#\(item.resource)")；" })</span></td>
            <td>\(change.resources)</td><td>\(undoCell(change, csrf: csrf))</td></tr>
            """ })
        </table>
        """
    }

    private static func undoCell(_ change: LibrarianChange, csrf: String?) -> HTML {
        if let undoneBy = change.undoneBy { return "<span class=\"muted\">已由 \(undoneBy) 撤销</span>" }
        if change.kind == .undo { return "<span class=\"muted\">撤销 \(change.undoes ?? 0)</span>" }
        return """
            <form class="inline" method="post" action="/history/\(change.id)/undo">\(CSRFField(csrf))<button type="submit">撤销</button></form>
            """
    }

    private static func confirmButton(_ id: Int64, _ topic: String, csrf: String?, back: String) -> HTML {
        """
        <form class="inline" method="post" action="/resources/\(id)/confirm">\(CSRFField(csrf))
        <input type="hidden" name="topic" value="\(topic)"><input type="hidden" name="return" value="\(back)">
        <button type="submit">确认</button></form>
        """
    }

    private static func topicForm(_ id: Int64, topics: [TopicChoice], csrf: String?, back: String) -> HTML {
        """
        <form class="inline" method="post" action="/resources/\(id)/confirm">\(CSRFField(csrf))<input type="hidden" name="return" value="\(back)">
        <select name="topic">\(topics.html { "<option value=\"\($0.id)\">\($0.label)</option>" })</select>
        <button type="submit">设为主题</button></form>
        """
    }

    private static func tagEditor(id: Int64, tags: [String], csrf: String?, back: String) -> HTML {
        """
        \(tags.html { tag in """
            <form class="inline" method="post" action="/resources/\(id)/tags">\(CSRFField(csrf))<input type="hidden" name="remove" value="\(tag)">
            <input type="hidden" name="return" value="\(back)"><span class="tag">\(tag)</span><button type="submit" title="去掉这个标记">去掉</button></form>
            """ })
        <form method="post" action="/resources/\(id)/tags">\(CSRFField(csrf))<input type="hidden" name="return" value="\(back)">
        <input name="add" size="12" placeholder="新标记"><button type="submit">加标记</button></form>
        """
    }

    private static func label(_ id: String, _ topics: [TopicChoice]) -> String {
        topics.name(of: id)
    }

    private static func sourceName(_ source: String) -> String {
        switch source {
        case "librarian": "馆员"
        case "guide": "节目单"
        case "rule": "规则"
        case "season": "农时"
        default: source
        }
    }
}

enum ConsoleDates {
    static func text(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Shanghai") ?? .gmt
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d %02d:%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }
}
