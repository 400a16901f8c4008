// swift-tools-version:6.1
import PackageDescription

// C libraries stay behind their wrapper targets: a target `public import`s only what its API shows.
let strictSettings: [SwiftSetting] = [
    .enableUpcomingFeature("InternalImportsByDefault"),
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "Yuanjiao",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "yuanjiao", targets: ["yuanjiao"]),
        .executable(name: "yuanjiao-console", targets: ["yuanjiao-console"]),
        .library(name: "Yuanjiao", targets: ["Yuanjiao"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            // No pkgConfig: its `--libs` would link libavformat, which MediaProbe opens lazily with dlopen.
            // The headers are in the default multiarch include path (/usr/include/<triple>).
            name: "CAVFormat",
            providers: [.apt(["libavformat-dev", "libavcodec-dev", "libavutil-dev"])]),
        .systemLibrary(
            name: "CLibXML2", pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(
            name: "COpenCC", pkgConfig: "opencc",
            providers: [.apt(["libopencc-dev"])]),
        .systemLibrary(
            name: "CPoppler", pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]),
        // The console's gzip responses (a page's cached part compressed once); zlib1g-dev comes with libxml2-dev.
        .systemLibrary(
            name: "CDeflate", pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]),
        // SQLite's process-wide settings, which must be made before its first connection (`sqlite3_config` is
        // variadic: Swift cannot call it directly).
        .target(name: "CSQLiteSettings", linkerSettings: [.linkedLibrary("sqlite3")]),
        .target(name: "ChineseText", dependencies: ["COpenCC"], swiftSettings: strictSettings),
        .target(name: "MediaProbe", dependencies: ["CAVFormat", "ChineseText"], swiftSettings: strictSettings),
        // Release builds drop the run-time exclusivity checks of the guide reader alone: its parser is a class whose
        // state every one of a 100 MB guide's six million libxml2 events modifies, and the checks (a thread-local
        // lookup each) were 8 % of the reading thread. Debug builds, and so the tests, keep them.
        .target(
            name: "ProgrammeGuide", dependencies: ["CLibXML2", "CDeflate", "ChineseText"],
            swiftSettings: strictSettings + [.unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release))]),
        // The only Swift that touches poppler: PDF, EPUB and plain-text documents as plain values.
        .target(
            name: "Documents",
            dependencies: [
                "CPoppler", "CLibXML2", "ChineseText", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSettings),
        .target(
            name: "Catalogue",
            dependencies: [
                .product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift"),
                "MediaProbe", "ProgrammeGuide", "ChineseText", "Documents", "CSQLiteSettings",
            ],
            swiftSettings: strictSettings),
        .target(name: "Planner", swiftSettings: strictSettings),
        .target(name: "Notices", dependencies: ["Planner", "ChineseText"], swiftSettings: strictSettings),
        .target(
            name: "Yuanjiao",
            dependencies: [
                "Catalogue", "Planner", "Notices", "ChineseText", "CDeflate", .product(name: "Yams", package: "Yams"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: strictSettings),
        .target(
            name: "Console",
            dependencies: [
                "Yuanjiao",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdAuth", package: "hummingbird-auth"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: strictSettings),
        // Errors → exit codes and messages, once, for both programs.
        .target(
            name: "ProgramExit",
            dependencies: ["Yuanjiao", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "yuanjiao",
            dependencies: ["Yuanjiao", "ProgramExit", .product(name: "ArgumentParser", package: "swift-argument-parser")],
            swiftSettings: strictSettings),
        // The console's server in a program of its own: linking the HTTP stack into `yuanjiao` doubled the
        // start-up of every command (the runtime scans every protocol conformance in the image).
        .executableTarget(
            name: "yuanjiao-console",
            dependencies: [
                "Yuanjiao", "Console", "ProgramExit", .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: strictSettings),
        .executableTarget(
            name: "yuanjiao-bench",
            dependencies: [
                "Yuanjiao", "Catalogue", "MediaProbe", "ProgrammeGuide", "Planner", "ChineseText", "Documents",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: strictSettings),
        .testTarget(name: "ChineseTextTests", dependencies: ["ChineseText"], swiftSettings: strictSettings),
        .testTarget(name: "MediaProbeTests", dependencies: ["MediaProbe"], swiftSettings: strictSettings),
        .testTarget(
            name: "DocumentsTests",
            dependencies: [
                "Documents", "Catalogue", "ChineseText", .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            swiftSettings: strictSettings),
        .testTarget(
            name: "ProgrammeGuideTests", dependencies: ["ProgrammeGuide"], exclude: ["Fixtures"], swiftSettings: strictSettings),
        .testTarget(name: "CatalogueTests", dependencies: ["Catalogue"], swiftSettings: strictSettings),
        .testTarget(name: "PlannerTests", dependencies: ["Planner"], swiftSettings: strictSettings),
        .testTarget(
            name: "YuanjiaoTests", dependencies: ["Yuanjiao"], exclude: ["Fixtures", "Golden"], swiftSettings: strictSettings),
        .testTarget(
            name: "ConsoleTests",
            dependencies: ["Console", "Yuanjiao", .product(name: "HummingbirdTesting", package: "hummingbird")],
            swiftSettings: strictSettings),
        .testTarget(
            name: "CLITests", dependencies: ["yuanjiao", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: strictSettings),
    ],
    swiftLanguageModes: [.v6]
)
