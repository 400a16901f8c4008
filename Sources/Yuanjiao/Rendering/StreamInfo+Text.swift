public import MediaProbe

extension StreamInfo {
    /// "视频 h264 64×36 0.1 帧/秒", "音频 aac 8000 Hz 单声道".
    public var summary: String {
        var parts: [String]
        switch kind {
        case .video: parts = ["视频", codecName]
        case .audio: parts = ["音频", codecName]
        case .subtitle: parts = ["字幕", codecName]
        default: parts = [kind.rawValue, codecName]
        }
        if let width, let height { parts.append("\(width)×\(height)") }
        if let frameRate, frameRate > 0 {
            let rounded = (frameRate * 100).rounded() / 100
            parts.append("\(rounded) 帧/秒")
        }
        if let sampleRate { parts.append("\(sampleRate) Hz") }
        if let channels { parts.append(channels == 1 ? "单声道" : channels == 2 ? "立体声" : "\(channels) 声道") }
        if let language, language != "und" { parts.append("语言 \(language)") }
        return parts.joined(separator: " ")
    }
}
