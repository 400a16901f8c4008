/// `manifest.json` of a station bundle: a SHA-256 of every other file in the folder and the courseware the
/// station needs, so the station checks its bundle offline (`yuanjiao verify`).
///
/// `{"station":S,"month":S,"generated":ISO8601,"revision":S,"layout":"beside|inside","coursewareRoot":S,
///   "files":[{"name":S,"sha256":HEX,"size":N}],
///   "courseware":[{"path":S,"size":N,"fingerprint":S,"bundlePath":S,"sha256":HEX}]}`
/// The keys after `generated` and after `fingerprint` came with portable bundles; a manifest without them
/// (an older bundle) still reads.
public struct BundleManifest: Sendable, Hashable, Codable {
    public struct File: Sendable, Hashable, Codable {
        /// A file name inside the bundle folder.
        public var name: String
        /// Lowercase hex.
        public var sha256: String
        public var size: Int64

        public init(name: String, sha256: String, size: Int64) {
            self.name = name
            self.sha256 = sha256
            self.size = size
        }
    }

    public struct Courseware: Sendable, Hashable, Codable {
        /// The path as the catalogue and the playlists have it.
        public var path: String
        public var size: Int64
        /// The catalogue's content fingerprint; empty when the catalogue no longer knew the file.
        public var fingerprint: String
        /// Where the playlists find the file, relative to the bundle folder (`../课件/农业/果树修剪.mp4`):
        /// with `path`, the mapping from the office's names to the portable names on the station's disk.
        public var bundlePath: String?
        /// SHA-256 of the whole file, for `verify --full`; nil when the file could not be read at planning time.
        public var sha256: String?

        public init(path: String, size: Int64, fingerprint: String, bundlePath: String? = nil, sha256: String? = nil) {
            self.path = path
            self.size = size
            self.fingerprint = fingerprint
            self.bundlePath = bundlePath
            self.sha256 = sha256
        }
    }

    public var station: String
    /// `YYYY-MM`.
    public var month: String
    /// ISO 8601, UTC.
    public var generated: String
    /// The plan revision the bundle was written from: the first 16 hex digits of the SHA-256 of the stored
    /// plan document, so `verify` tells a bundle of an older plan from the current one.
    public var revision: String?
    public var layout: CoursewareLayout.Placement?
    /// The county office's courseware folder the relative courseware paths start from.
    public var coursewareRoot: String?
    public var files: [File]
    public var courseware: [Courseware]

    public init(
        station: String, month: String, generated: String, revision: String? = nil, layout: CoursewareLayout.Placement? = nil,
        coursewareRoot: String? = nil, files: [File], courseware: [Courseware]
    ) {
        self.station = station
        self.month = month
        self.generated = generated
        self.revision = revision
        self.layout = layout
        self.coursewareRoot = coursewareRoot
        self.files = files
        self.courseware = courseware
    }

    public static let fileName = "manifest.json"

    /// A manifest larger than this is refused unread: a real one lists a few dozen files.
    public static let maximumSize = 8 << 20
}
