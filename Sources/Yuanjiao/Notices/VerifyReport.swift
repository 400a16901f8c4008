/// What `yuanjiao verify` found in a station bundle.
///
/// `{"bundle":S,"station":S,"month":S,"files":N,"courseware":N,"coursewareChecked":B,"fullChecked":B,
///   "revisionChecked":B,"passed":B,"problems":[{"path":S,"kind":S,"detail":S}]}`
public struct VerifyReport: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A file the manifest lists is not there.
        case missing
        /// A bundle file's SHA-256 or size differs from the manifest.
        case checksum
        /// A courseware file has another size than the manifest says.
        case size
        /// A courseware file has the right size but other content.
        case fingerprint
        /// A file is there but cannot be read.
        case unreadable
        /// The manifest itself is missing or cannot be read.
        case manifest
        /// A file or folder in the bundle the manifest does not list (left from an older bundle, or added).
        case extra
        /// A symbolic link, device, pipe or folder where a regular file belongs; never followed.
        case notRegular
        /// The bundle was written from another plan than the one stored in the catalogue.
        case stale
    }

    public struct Problem: Sendable, Hashable, Codable {
        /// A bundle file name, or a courseware path as the manifest lists it.
        public var path: String
        public var kind: Kind
        /// In Chinese.
        public var detail: String

        public init(path: String, kind: Kind, detail: String) {
            self.path = path
            self.kind = kind
            self.detail = detail
        }
    }

    public var bundle: String
    public var station: String?
    public var month: String?
    /// Bundle files the manifest lists.
    public var files: Int
    /// Courseware files the manifest lists.
    public var courseware: Int
    /// False when no courseware folder was given.
    public var coursewareChecked: Bool
    /// True when every courseware file was compared byte for byte (`--full`).
    public var fullChecked = false
    /// True when the plan revision was compared with the catalogue's stored plan.
    public var revisionChecked = false
    public var problems: [Problem]
    public var passed: Bool

    public init(
        bundle: String, station: String?, month: String?, files: Int, courseware: Int, coursewareChecked: Bool,
        problems: [Problem]
    ) {
        self.bundle = bundle
        self.station = station
        self.month = month
        self.files = files
        self.courseware = courseware
        self.coursewareChecked = coursewareChecked
        self.problems = problems
        self.passed = problems.isEmpty
    }

    /// For a person: what was checked, then each problem on its own line.
    public var text: String {
        var lines: [String] = []
        let what = [station, month].compactMap { $0 }.joined(separator: " ")
        lines.append("下发包 \(bundle)\(what.isEmpty ? "" : "（\(what)）")：检查了 \(files) 个文件"
            + (coursewareChecked ? "、\(courseware) 个课件\(fullChecked ? "（逐字节）" : "")。" : "；课件未检查（用 --courseware 指定课件所在文件夹）。"))
        if passed {
            lines.append("全部完好。")
        } else {
            lines.append("发现 \(problems.count) 个问题：")
            lines += problems.map { "  \(Self.label($0.kind))  \($0.path)：\($0.detail)" }
        }
        return lines.joined(separator: "\n")
    }

    private static func label(_ kind: Kind) -> String {
        switch kind {
        case .missing: "缺失"
        case .checksum, .size, .fingerprint: "损坏"
        case .extra: "多余"
        case .notRegular: "非普通文件"
        case .stale: "过期"
        case .unreadable: "无法读取"
        case .manifest: "清单"
        }
    }
}
