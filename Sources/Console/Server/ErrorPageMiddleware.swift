import Hummingbird
import Yuanjiao

/// Turns every refusal and failure into a status with a Chinese page (or `{"error":…}` under `/api/`),
/// and sets the headers that keep pages from being framed or loading anything from elsewhere.
struct ErrorPageMiddleware: RouterMiddleware {
    typealias Context = ConsoleContext

    func handle(
        _ request: Request, context: ConsoleContext, next: (Request, ConsoleContext) async throws -> Response
    ) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound {
            response = Self.response(for: .notFound("这个页面"), request: request, context: context)
        } catch let error as HTTPError where error.status == .unauthorized {
            // hummingbird-auth's policy middleware: no logged-in account.
            response = Self.response(for: .signInRequired, request: request, context: context)
        } catch let error as HTTPError where error.status == .forbidden {
            // hummingbird-auth's policy middleware: the account's role may not use this route.
            response = Self.response(for: .forbidden, request: request, context: context)
        } catch let error as HTTPError {
            response = Self.response(for: .badInput("请求有误（\(error.status.code)）。"), request: request, context: context)
        } catch {
            let failure = ConsoleFailure(error)
            if failure.status == .internalServerError {
                context.logger.error("请求失败：\(failure.message)")
            }
            response = Self.response(for: failure, request: request, context: context)
        }
        response.headers[.init("X-Frame-Options")!] = "DENY"
        response.headers[.init("X-Content-Type-Options")!] = "nosniff"
        // A printable document brings its own, stricter policy (`PrintableDocumentPolicy`).
        if response.headers.contentSecurityPolicy == nil {
            response.headers.contentSecurityPolicy = ConsoleAssets.contentSecurityPolicy
        }
        return response
    }

    static func response(for failure: ConsoleFailure, request: Request, context: ConsoleContext) -> Response {
        if request.uri.path.hasPrefix("/api/") {
            return JSONOutput.response(["error": failure.message, "kind": failure.kind], status: failure.status)
        }
        let body: HTML = """
            <section class="refused"><h1>\(failure.status.code) \(failure.title)</h1><p>\(failure.message)</p>
            \(failure.status == .unauthorized ? HTML("<p><a href=\"/login\">登录</a></p>") : HTML("<p><a href=\"/\">返回首页</a></p>"))
            </section>
            """
        return Page(title: failure.title, account: context.account, csrf: context.session?.csrfToken, body: body)
            .response(status: failure.status)
    }
}

extension HTTPFields {
    var contentSecurityPolicy: String? {
        get { self[.init("Content-Security-Policy")!] }
        set { self[.init("Content-Security-Policy")!] = newValue }
    }
}

extension ConsoleFailure {
    var title: String {
        switch self {
        case .signInRequired: "需要登录"
        case .forbidden, .badCSRFToken: "无权访问"
        case .tooManyLogins: "请稍后再试"
        case .notFound: "找不到"
        case .badInput: "输入有误"
        case .workspace(let error): error.kind == .job ? "操作失败" : "输入有误"
        }
    }
}
