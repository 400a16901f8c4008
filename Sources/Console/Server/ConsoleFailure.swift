import Hummingbird
import Yuanjiao

/// Why the console refused a request; `ErrorPageMiddleware` turns each into a status and a Chinese page
/// (or JSON under `/api/`), never a stack trace or data.
enum ConsoleFailure: Error, Sendable {
    case signInRequired
    case forbidden
    case badCSRFToken
    case tooManyLogins
    case notFound(String)
    case badInput(String)
    case workspace(YuanjiaoError)

    var status: HTTPResponse.Status {
        switch self {
        case .signInRequired: .unauthorized
        case .forbidden, .badCSRFToken: .forbidden
        case .tooManyLogins: .tooManyRequests
        case .notFound: .notFound
        case .badInput: .badRequest
        case .workspace(let error):
            switch error.kind {
            case .usage: .badRequest
            case .input: .unprocessableContent
            case .job: .internalServerError
            }
        }
    }

    var kind: String {
        switch self {
        case .signInRequired: "sign-in-required"
        case .forbidden: "forbidden"
        case .badCSRFToken: "csrf"
        case .tooManyLogins: "rate-limited"
        case .notFound: "not-found"
        case .badInput: "bad-input"
        case .workspace(let error):
            switch error.kind {
            case .usage: "usage"
            case .input: "input"
            case .job: "job"
            }
        }
    }

    var message: String {
        switch self {
        case .signInRequired: "请先登录。"
        case .forbidden: "您的账号不能打开这个页面。"
        case .badCSRFToken: "表单已过期或不是从本系统提交的，请返回刷新页面后再试。"
        case .tooManyLogins: "登录失败次数太多，请 15 分钟后再试。"
        case .notFound(let what): "找不到\(what)。"
        case .badInput(let message): message
        case .workspace(let error): error.message
        }
    }

    init(_ error: any Error) {
        switch error {
        case let failure as ConsoleFailure: self = failure
        default: self = .workspace(YuanjiaoError(wrapping: error))
        }
    }
}
