public import Foundation

/// How `plan --out` writes station bundles.
public struct BundleOptions: Sendable {
    public var placement: CoursewareLayout.Placement
    /// The office's courseware folder; nil takes the deepest folder holding every planned file.
    public var coursewareRoot: String?
    /// Copy (hard-link where possible) the courseware into the layout.
    public var withCourseware: Bool
    /// A station folder (bundle and its courseware) larger than this gets a warning.
    public var maxSize: Int64
    /// The time the manifest and the iCalendar stamps carry.
    public var generated: Date
    /// Called once when another `plan --out` is writing into the same folder and this run waits for it.
    public var waitingForOutput: @Sendable () -> Void = {}
    public init(
        placement: CoursewareLayout.Placement = .beside, coursewareRoot: String? = nil, withCourseware: Bool = false,
        maxSize: Int64 = BundleOptions.usbStick, generated: Date = Date()
    ) {
        self.placement = placement
        self.coursewareRoot = coursewareRoot
        self.withCourseware = withCourseware
        self.maxSize = maxSize
        self.generated = generated
    }

    /// What a "32 GB" USB stick holds once formatted: 32 × 10⁹ bytes less the file system's own share.
    public static let usbStick: Int64 = 31_000_000_000

    /// FAT32 holds no file of 4 GiB or more.
    public static let fat32FileLimit: Int64 = (1 << 32) - 1

    /// `32G`, `500M`, `2T`, `1000000` (bytes); decimal units as stick makers count.
    public static func parseSize(_ text: String) -> Int64? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).uppercased()
        let units: [(String, Int64)] = [("TB", 1_000_000_000_000), ("GB", 1_000_000_000), ("MB", 1_000_000), ("KB", 1_000),
                                         ("T", 1_000_000_000_000), ("G", 1_000_000_000), ("M", 1_000_000), ("K", 1_000), ("B", 1)]
        for (suffix, factor) in units where trimmed.hasSuffix(suffix) {
            guard let number = Double(trimmed.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)), number > 0 else { return nil }
            return Int64(number * Double(factor))
        }
        return Int64(trimmed).flatMap { $0 > 0 ? $0 : nil }
    }
}

/// What writing bundles did besides the folders: stations that failed (the others are written) and warnings.
public struct BundleReport: Sendable {
    public struct Failure: Sendable, Hashable {
        public var station: String
        /// In Chinese.
        public var reason: String
    }

    public enum WarningKind: String, Sendable, Hashable {
        /// The station folder will not fit the size given with `--max-size`.
        case tooLarge
        /// A courseware file of 4 GiB or more cannot go on a FAT32 stick.
        case fat32FileLimit
        /// A planned courseware file is not on the office's disk (not copied, no full checksum).
        case coursewareMissing
    }

    public struct Warning: Sendable, Hashable {
        public var kind: WarningKind
        public var station: String?
        public var path: String?
        public var bytes: Int64
    }

    public var folders: [URL] = []
    public var failures: [Failure] = []
    public var warnings: [Warning] = []
    /// Courseware files placed by hard link and by copy (`--with-courseware`).
    public var linked = 0
    public var copied = 0
}
