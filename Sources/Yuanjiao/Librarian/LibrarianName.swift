public import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// Who a change is recorded as: `--by`, else the login name (`$USER`, `$LOGNAME`, the password database).
public enum LibrarianName {
    public static func resolve(_ option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let option = option?.trimmingCharacters(in: .whitespacesAndNewlines), !option.isEmpty { return option }
        for key in ["USER", "LOGNAME"] {
            if let name = environment[key]?.trimmingCharacters(in: .whitespaces), !name.isEmpty { return name }
        }
        return loginName() ?? "未知"
    }

    /// The name of the real user id in the password database, copied before the static buffer is reused.
    private static func loginName() -> String? {
        guard let entry = getpwuid(getuid()), let name = entry.pointee.pw_name else { return nil }
        let text = String(cString: name)
        return text.isEmpty ? nil : text
    }
}
