import Foundation

/// Words for errors that come from Foundation or a decoder, so their English never reaches a user.
enum ErrorText {
    /// A decoding failure as "where: what", naming the key path rather than printing the Swift value.
    static func decoding(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let keys = context.codingPath.map { key in key.intValue.map { "第 \($0 + 1) 项" } ?? key.stringValue }
            return keys.isEmpty ? "文件" : keys.joined(separator: " → ")
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(path(context)) 缺少 \(key.stringValue)"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(path(context)) 的值类型不对"
        case .dataCorrupted(let context):
            return "\(path(context)) 的内容无法读取"
        @unknown default:
            return "内容无法读取"
        }
    }

    /// A Foundation or POSIX error in Chinese where the cause is known; never the NSError dump.
    static func plain(_ error: any Error) -> String {
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileNoSuchFile, .fileReadNoSuchFile: return "文件或文件夹不存在"
            case .fileReadNoPermission, .fileWriteNoPermission: return "没有读写权限"
            case .fileWriteOutOfSpace: return "磁盘空间不足"
            case .fileWriteVolumeReadOnly: return "所在磁盘是只读的"
            case .fileReadCorruptFile, .fileReadInapplicableStringEncoding: return "文件内容无法读取（编码或格式不对）"
            default: return "文件操作失败（代码 \(cocoa.code.rawValue)）"
            }
        }
        if let posix = error as? POSIXError {
            return "系统错误：\(String(cString: strerror(posix.code.rawValue)))"
        }
        return String(describing: error)
    }
}
