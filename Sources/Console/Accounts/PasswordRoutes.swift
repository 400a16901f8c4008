import Hummingbird
import Yuanjiao

/// 「修改密码」: any logged-in account changes its own password. As with `yuanjiao users passwd`, the
/// change ends every session of the account, this browser's too: everyone logs in again with the new one.
struct PasswordRoutes {
    let services: ConsoleServices

    func register(on groups: RouteGroups) {
        groups.signedIn.get("/account/password") { _, context in try form(context: context, message: nil) }
        groups.signedIn.post("/account/password") { request, context in try await change(request, context: context) }
    }

    private func form(context: ConsoleContext, message: String?, status: HTTPResponse.Status = .ok) throws -> Response {
        let (account, session) = try context.signedIn()
        let body: HTML = """
            <h1>修改密码</h1>
            \(message.map { HTML("<p class=\"error\">\($0)</p>") } ?? "")
            <form method="post" action="/account/password">\(CSRFField(session.csrfToken))
            <p><label>原密码 <input name="current" type="password" autocomplete="current-password" required></label></p>
            <p><label>新密码 <input name="new" type="password" autocomplete="new-password" minlength="8" required></label></p>
            <p><label>再输一次 <input name="confirm" type="password" autocomplete="new-password" minlength="8" required></label></p>
            <p><button type="submit">修改</button></p></form>
            <p class="muted">改好后，这个账号在所有电脑上的登录都会结束，请用新密码重新登录。</p>
            """
        return Page(title: "修改密码", account: account, csrf: session.csrfToken, body: body).response(status: status)
    }

    private func change(_ request: Request, context: ConsoleContext) async throws -> Response {
        let form = try await FormData.verified(request, context: context)
        let account = try context.signedIn().account
        let current = form["current"] ?? "", new = form["new"] ?? ""
        guard new == form["confirm"] else { return try self.form(context: context, message: "两次输入的新密码不一样。", status: .badRequest) }
        guard await services.loginLimiter.allows(account: account.name, address: context.clientAddress) else {
            throw ConsoleFailure.tooManyLogins
        }
        let name = account.name
        guard try await services.run({ try $0.authenticate(name: name, password: current) }) != nil else {
            await services.loginLimiter.recordFailure(account: name, address: context.clientAddress)
            return try self.form(context: context, message: "原密码不对。", status: .unauthorized)
        }
        let cost = services.passwordCost
        do {
            try await services.run { try $0.changePassword(ofAccount: name, to: new, cost: cost) }
        } catch let failure as ConsoleFailure where failure.status == .badRequest {
            return try self.form(context: context, message: failure.message, status: .badRequest)
        }
        context.logger.notice("账号「\(name)」修改了密码，它的登录全部结束")
        context.sessions.clearSession()
        return Response.seeOther("/login?changed=1")
    }
}
