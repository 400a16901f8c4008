import Hummingbird
import Yuanjiao

/// Logging in and out. The login form is protected by a double-submit token (a cookie and a field that
/// must match) since there is no session yet to hold one.
struct LoginRoutes {
    static let loginCookie = "yj_login"
    let services: ConsoleServices
    /// `Secure` on the cookies when the console is served behind TLS.
    let secureCookies: Bool

    func register(on groups: RouteGroups) {
        groups.open.get("/login") { request, context in
            let changed = request.uri.queryParameters.get("changed") != nil
            return loginPage(context: context, message: changed ? "密码已修改，请用新密码重新登录。" : nil, name: "")
        }
        groups.open.post("/login") { request, context in try await login(request, context: context) }
        groups.signedIn.post("/logout") { request, context in try await logout(request, context: context) }
        groups.open.get("/") { _, context in
            guard let account = context.account else { return Response.seeOther("/login") }
            return Response.seeOther(Self.home(of: account))
        }
    }

    static func home(of account: Account) -> String {
        switch account.role {
        case .admin: "/month"
        case .librarian: "/review"
        case .station: "/station/\(account.station ?? "")"
        }
    }

    private func loginPage(context: ConsoleContext, message: String?, name: String, status: HTTPResponse.Status = .ok) -> Response {
        let token = SecureToken.make()
        let body: HTML = """
            <h1>登录</h1>
            \(message.map { HTML("<p class=\"error\">\($0)</p>") } ?? "")
            <form method="post" action="/login">\(CSRFField(token))
            <p><label>账号 <input name="name" value="\(name)" autocomplete="username" required autofocus></label></p>
            <p><label>密码 <input name="password" type="password" autocomplete="current-password" required></label></p>
            <p><button type="submit">登录</button></p></form>
            <p class="muted">账号由县远程办管理员用 <code>yuanjiao users add</code> 建立。</p>
            """
        var response = Page(title: "登录", account: nil, csrf: nil, body: body).response(status: status)
        response.setCookie(cookie(Self.loginCookie, token, maxAge: 3600))
        return response
    }

    private func login(_ request: Request, context: ConsoleContext) async throws -> Response {
        let form = try await FormData.read(request, context: context)
        guard let sent = form["csrf"], let expected = request.cookies[Self.loginCookie]?.value,
            SecureToken.matches(sent, expected)
        else { throw ConsoleFailure.badCSRFToken }
        let name = form.text("name") ?? ""
        let password = form["password"] ?? ""
        guard await services.loginLimiter.allows(account: name, address: context.clientAddress) else {
            throw ConsoleFailure.tooManyLogins
        }
        let account = try await services.run { try $0.authenticate(name: name, password: password) }
        guard let account else {
            await services.loginLimiter.recordFailure(account: name, address: context.clientAddress)
            // The name is what the form sent: escaped, so it cannot forge a log line or steer a terminal.
            context.logger.notice("登录失败：账号「\(TerminalSafeText.escaped(name))」，来自 \(context.clientAddress)")
            return loginPage(context: context, message: "账号或密码不对。", name: name, status: .unauthorized)
        }
        await services.loginLimiter.recordSuccess(account: name, address: context.clientAddress)
        // A new login never keeps the browser's old session (fixation): it ends, and a new id is issued.
        _ = try? await services.sessionStorage.delete(request: request)
        context.sessions.createSession(
            ConsoleSession(accountID: account.id, csrfToken: SecureToken.make()), expiresIn: ConsoleSession.lifetime)
        var response = Response.seeOther(Self.home(of: account))
        response.setCookie(cookie(Self.loginCookie, "", maxAge: 0))
        return response
    }

    private func logout(_ request: Request, context: ConsoleContext) async throws -> Response {
        _ = try await FormData.verified(request, context: context)
        // `SessionMiddleware` removes the stored session and expires the cookie.
        context.sessions.clearSession()
        return Response.seeOther("/login")
    }

    private func cookie(_ name: String, _ value: String, maxAge: Int?) -> Cookie {
        Cookie(name: name, value: value, maxAge: maxAge, path: "/", secure: secureCookies, httpOnly: true, sameSite: .strict)
    }
}
