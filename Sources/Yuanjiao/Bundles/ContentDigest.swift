import Foundation

/// SHA-256 for callers outside this module: the console pins the inline styles of the printable
/// documents it serves by their hashes (CSP `'sha256-…'`), which is the one exception to "no inline style".
public enum ContentDigest {
    /// The SHA-256 of `text`'s UTF-8 bytes, base64 as CSP hash sources are written.
    public static func sha256Base64(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(Array(text.utf8))
        return Data(hasher.finalize()).base64EncodedString()
    }
}
