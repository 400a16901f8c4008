/// The printable notices of `yuanjiao notice --format`.
public enum NoticeFormat: String, Sendable, Hashable, CaseIterable {
    /// The loudspeaker script (`notice.txt`).
    case text
    /// The notice-board poster (`notice.html`).
    case html
    /// The sign-in sheets (`signin.html`).
    case signin

    /// The file name a bundle gives it.
    public var bundleFileName: String {
        switch self {
        case .text: "notice.txt"
        case .html: "notice.html"
        case .signin: "signin.html"
        }
    }
}
