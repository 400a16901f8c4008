import Hummingbird
import Yuanjiao

/// The librarian's pages (admins may use them too): search, a resource, the review queue, tag edits,
/// bulk tagging by query and the change history with undo. Every write is the CLI's `tag`/`undo`,
/// recorded under the console account's name.
struct LibrarianRoutes {
    let services: ConsoleServices

    func register(on groups: RouteGroups) {
        groups.staff.get("/search") { request, context in try await search(request, context: context) }
        groups.staff.get("/resources/{id}") { _, context in try await resource(context: context) }
        groups.staff.get("/review") { request, context in try await review(request, context: context) }
        groups.staff.post("/resources/{id}/confirm") { request, context in
            try await edit(request, context: context) { form, topics in
                let topic = try form.required("topic", "主题")
                return (LibrarianEdit(confirmTopics: [topic]), "确认主题 \(topics.name(of: topic))")
            }
        }
        groups.staff.post("/resources/{id}/reject") { request, context in
            try await edit(request, context: context) { form, topics in
                let topic = try form.required("topic", "主题")
                return (LibrarianEdit(rejectTopics: [topic]), "否决主题 \(topics.name(of: topic))")
            }
        }
        groups.staff.post("/resources/{id}/tags") { request, context in
            try await edit(request, context: context) { form, _ in
                let add = TagText.split(form["add"] ?? "")
                let remove = form.all("remove")
                guard !add.isEmpty || !remove.isEmpty else { throw ConsoleFailure.badInput("请填写要加的标记，或点某个标记旁的「去掉」。") }
                return (LibrarianEdit(addTags: add, removeTags: remove), "标记 +\(add.joined(separator: ",")) -\(remove.joined(separator: ","))")
            }
        }
        groups.staff.get("/bulk") { request, context in try await bulkPreview(request, context: context) }
        groups.staff.post("/bulk") { request, context in try await bulkApply(request, context: context) }
        groups.staff.get("/history") { _, context in try await history(context: context) }
        groups.staff.post("/history/{id}/undo") { request, context in try await undo(request, context: context) }
    }

    private func search(_ request: Request, context: ConsoleContext) async throws -> Response {
        let query = request.uri.queryParameters.get("q")?.trimmingCharacters(in: .whitespaces) ?? ""
        let topic = request.uri.queryParameters.get("topic").flatMap { $0.isEmpty ? nil : $0 }
        let topics = try await services.topicChoices()
        var results: SearchResults?
        var problem: String?
        if !query.isEmpty {
            do {
                results = try await services.run { try $0.search(query, topic: topic, limit: 50) }
            } catch let failure as ConsoleFailure where failure.status == .badRequest {
                problem = failure.message
            }
        }
        let body = LibrarianPages.search(query: query, topic: topic, topics: topics, results: results, problem: problem)
        return page("检索", body, context)
    }

    private func resource(context: ConsoleContext) async throws -> Response {
        let id = try context.resourceID()
        let details = try await services.run { try $0.details(id: id) }
        let topics = try await services.topicChoices()
        return page(details.title, LibrarianPages.resource(details, topics: topics, csrf: context.session?.csrfToken), context)
    }

    private func review(_ request: Request, context: ConsoleContext) async throws -> Response {
        let after = try request.uri.queryParameters.get("after").map { text in
            guard let id = Int64(text), id > 0 else { throw ConsoleFailure.badInput("「下一页」的编号「\(text)」不对：请从审核队列第一页重新开始。") }
            return id
        }
        let queue = try await services.run { try $0.review(limit: 50, after: after) }
        let topics = try await services.topicChoices()
        let rescan = AdminPages.rescanSection(
            watchFolders: services.watchFolders, running: await services.rescans.running, last: await services.rescans.last,
            csrf: context.session?.csrfToken, returnPath: "/review")
        return page("审核队列", LibrarianPages.review(queue, topics: topics, csrf: context.session?.csrfToken) + rescan, context)
    }

    private func edit(
        _ request: Request, context: ConsoleContext, _ make: (FormData, [TopicChoice]) throws -> (LibrarianEdit, String)
    ) async throws -> Response {
        let account = try context.signedIn().account
        let id = try context.resourceID()
        let form = try await FormData.verified(request, context: context)
        let (edit, summary) = try make(form, try await services.topicChoices())
        try await services.run { _ = try $0.tag(.resources([id]), edit: edit, by: account.name, summary: "控制台 \(id)：\(summary)") }
        return Response.seeOther(form.safeReturnPath ?? "/resources/\(id)")
    }

    private func bulkPreview(_ request: Request, context: ConsoleContext) async throws -> Response {
        let parameters = request.uri.queryParameters
        let bulk = BulkTag(query: parameters.get("q") ?? "", tag: parameters.get("tag") ?? "", topic: parameters.get("topic") ?? "")
        var matched: Int?
        var problem: String?
        if let edit = bulk.edit, !bulk.query.isEmpty {
            do {
                matched = try await services.run { try $0.previewTag(.query(bulk.query), edit: edit).matched }
            } catch let failure as ConsoleFailure where failure.status == .badRequest {
                problem = failure.message
            }
        }
        let topics = try await services.topicChoices()
        return page("批量标注", LibrarianPages.bulk(bulk, matched: matched, problem: problem, topics: topics, csrf: context.session?.csrfToken), context)
    }

    private func bulkApply(_ request: Request, context: ConsoleContext) async throws -> Response {
        let account = try context.signedIn().account
        let form = try await FormData.verified(request, context: context)
        let bulk = BulkTag(query: form["q"] ?? "", tag: form["tag"] ?? "", topic: form["topic"] ?? "")
        guard let edit = bulk.edit, !bulk.query.isEmpty else { throw ConsoleFailure.badInput("请填写查询，以及要加的标记或主题。") }
        // The count the librarian saw must still hold: new courseware may have arrived since the preview.
        let expected = Int(form["expected"] ?? "")
        let summary = bulk.summary(topics: try await services.topicChoices())
        let outcome = try await services.run { workspace -> TagOutcome? in
            if let expected, try workspace.previewTag(.query(bulk.query), edit: edit).matched != expected { return nil }
            return try workspace.tag(.query(bulk.query), edit: edit, by: account.name, summary: "控制台批量：\(summary)")
        }
        guard let outcome else {
            throw ConsoleFailure.badInput("预览之后匹配的课件数量变了，请重新预览再确认。")
        }
        let body: HTML = """
            <h1>批量标注完成</h1><p>匹配 \(outcome.matched) 个，改动 \(outcome.changed) 个。</p>
            <p><a href="/history">修改记录（可撤销）</a> · <a href="/bulk">再标注一批</a></p>
            """
        return page("批量标注", body, context)
    }

    private func history(context: ConsoleContext) async throws -> Response {
        let changes = try await services.run { try $0.history(limit: 100, itemLimit: 5) }
        return page("修改记录", LibrarianPages.history(changes, csrf: context.session?.csrfToken), context)
    }

    private func undo(_ request: Request, context: ConsoleContext) async throws -> Response {
        let account = try context.signedIn().account
        guard let id = context.parameters.get("id", as: Int64.self) else { throw ConsoleFailure.notFound("这条修改记录") }
        _ = try await FormData.verified(request, context: context)
        _ = try await services.run { try $0.undo(change: id, by: account.name) }
        return Response.seeOther("/history")
    }

    private func page(_ title: String, _ body: HTML, _ context: ConsoleContext) -> Response {
        Page(title: title, account: context.account, csrf: context.session?.csrfToken, body: body).response()
    }
}

/// The bulk-tag form: a query and what to add to everything it matches.
struct BulkTag: Sendable {
    var query: String
    var tag: String
    var topic: String

    var edit: LibrarianEdit? {
        let tags = TagText.split(tag)
        let topics = topic.isEmpty ? [] : [topic]
        guard !tags.isEmpty || !topics.isEmpty else { return nil }
        return LibrarianEdit(confirmTopics: topics, addTags: tags)
    }

    /// The change log's line, naming the topic in Chinese as every page does.
    func summary(topics: [TopicChoice]) -> String {
        "\(query) → \(topic.isEmpty ? "" : "主题 \(topics.name(of: topic)) ")\(tag.isEmpty ? "" : "标记 \(tag)")"
    }
}

enum TagText {
    /// Tags typed in one box, separated as in the CLI (、，,;；|).
    static func split(_ text: String) -> [String] {
        text.split { LibrarianEdit.tagSeparators.contains($0) }
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }
}

extension ConsoleContext {
    /// The `{id}` path parameter as a resource id: ids only, never a file path.
    func resourceID() throws -> Int64 {
        guard let id = parameters.get("id", as: Int64.self), id > 0 else { throw ConsoleFailure.notFound("这个课件编号") }
        return id
    }
}

extension FormData {
    func required(_ name: String, _ label: String) throws -> String {
        guard let value = text(name) else { throw ConsoleFailure.badInput("缺少\(label)。") }
        return value
    }

    /// Where to go back after a form: only a path on this site, never another host.
    var safeReturnPath: String? {
        guard let path = text("return"), path.hasPrefix("/"), !path.hasPrefix("//"), !path.contains("\\") else { return nil }
        return path
    }
}
