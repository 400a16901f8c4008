import CAVFormat

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

extension ProbeError {
    /// The stage a libavformat call failed in, when it is worth telling apart.
    enum Stage {
        case open
        case streamInfo
    }

    /// An error from a libavformat call: its `av_strerror` text plus a Chinese hint.
    static func libav(path: String, code: Int32, stage: Stage = .open, hint extraHint: String? = nil) -> ProbeError {
        var text = errorText(code)
        if let hint = extraHint ?? hint(for: code) {
            text += "（\(hint)）"
        }
        switch stage {
        case .open: break
        case .streamInfo: text = "读取流信息失败：" + text
        }
        return ProbeError(path: path, code: code, reason: text)
    }

    /// A zero-byte file: libavformat would only say "moov atom not found" or "End of file".
    static func empty(path: String) -> ProbeError {
        ProbeError(path: path, code: yj_averror_invaliddata(), reason: "空文件（0 字节）")
    }

    static func errorText(_ code: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: Int(AV_ERROR_MAX_STRING_SIZE))
        guard av_strerror(code, &buffer, buffer.count) == 0 else {
            return "libavformat 错误 \(code)"
        }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    private static func hint(for code: Int32) -> String? {
        switch code {
        case yj_averror_invaliddata(): "无法识别的格式，或文件已损坏"
        case yj_averror_eof(): "文件不完整"
        case yj_averror(ENOENT): "文件不存在"
        case yj_averror(EACCES), yj_averror(EPERM): "没有读取权限"
        case yj_averror(EISDIR): "这是文件夹，不是文件"
        case yj_averror(ENOMEM): "内存不足"
        case yj_averror(ELOOP): "符号链接循环"
        default: nil
        }
    }
}
