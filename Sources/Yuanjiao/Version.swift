import Catalogue

extension Workspace {
    /// The program's version; `Scripts/package-deb.sh` reads it from here for the package.
    public static let version = "0.13.0"

    /// The catalogue schema this build writes (its newest migration).
    public static var schemaVersion: String { Catalogue.schemaVersion }

    /// `yuanjiao --version`.
    public static var versionText: String { "远教 yuanjiao \(version)（目录结构版本 \(schemaVersion)）" }
}
