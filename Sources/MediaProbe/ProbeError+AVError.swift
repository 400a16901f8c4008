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

    /// An error from a libavformat call: what it means for this file in Chinese, then libavformat's own
    /// words (`av_strerror`) in brackets for whoever searches for them.
    static func libav(path: String, code: Int32, stage: Stage = .open, hint extraHint: String? = nil) -> ProbeError {
        let meaning = extraHint ?? meaning(of: code, path: path)
        let original = errorText(code).map { "libavformat：\($0)" } ?? "libavformat 错误码 \(code)"
        var text = "\(meaning)（\(original)）"
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

    /// `av_strerror`'s text; nil for codes it does not know (it would only print the number).
    static func errorText(_ code: Int32) -> String? {
        var buffer = [CChar](repeating: 0, count: Int(AV_ERROR_MAX_STRING_SIZE))
        guard let library = try? LibAV.get(), library.errorString(code, &buffer, buffer.count) == 0 else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// What the code means for a regular file that was found and opened. Demuxers reuse POSIX codes for
    /// bad data (an AVI with an absurd index size fails with ENOMEM, a damaged header with EACCES or
    /// EIO), so those read as damage unless the file really is unreadable.
    private static func meaning(of code: Int32, path: String) -> String {
        let readable = access(path, R_OK) == 0
        switch code {
        case yj_averror_invaliddata(): return "无法识别的格式，或文件已损坏"
        case yj_averror_eof(): return "文件不完整（提前结束），可能下载或录制未完成"
        case yj_averror(ENOENT): return "文件不存在"
        case yj_averror(EISDIR): return "这是文件夹，不是文件"
        case yj_averror(ELOOP): return "符号链接循环"
        case yj_averror(EACCES), yj_averror(EPERM):
            return readable ? "文件已损坏：其中的数据无法按它的格式读取" : "没有读取权限。请检查文件权限"
        case yj_averror(ENOMEM):
            return "文件已损坏：其中记录的大小或数量不合理"
        case yj_averror(EIO):
            return readable ? "文件已损坏，或所在磁盘有坏块：读取时出错" : "读取时出错：请检查磁盘"
        case yj_averror(EINVAL), yj_averror(ENOSYS): return "格式不受支持，或文件已损坏"
        default: return "文件已损坏，或格式不受支持"
        }
    }
}
