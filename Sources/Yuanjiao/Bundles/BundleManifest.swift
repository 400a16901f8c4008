/// `manifest.json` of a station bundle: a SHA-256 of every other file in the folder and the courseware the
/// station needs, so the station checks its bundle offline (`yuanjiao verify`).
///
/// `{"station":S,"month":S,"generated":ISO8601,"files":[{"name":S,"sha256":HEX,"size":N}],
///   "courseware":[{"path":S,"size":N,"fingerprint":S}]}`
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

        public init(path: String, size: Int64, fingerprint: String) {
            self.path = path
            self.size = size
            self.fingerprint = fingerprint
        }
    }

    public var station: String
    /// `YYYY-MM`.
    public var month: String
    /// ISO 8601, UTC.
    public var generated: String
    public var files: [File]
    public var courseware: [Courseware]

    public init(station: String, month: String, generated: String, files: [File], courseware: [Courseware]) {
        self.station = station
        self.month = month
        self.generated = generated
        self.files = files
        self.courseware = courseware
    }

    public static let fileName = "manifest.json"
}
