/// What one `index` run did, in the DESIGN.md `index --json` shape.
public struct IndexReport: Sendable, Codable, Equatable {
    public struct Failure: Sendable, Codable, Equatable {
        public var path: String
        public var error: String
    }

    public var added = 0
    public var updated = 0
    public var unchanged = 0
    public var moved = 0
    public var missing = 0
    public var failed: [Failure] = []
    public var programmes = 0
    /// Guide entries retired because a newer guide no longer lists them in the range it covers.
    public var retired = 0
    public var linked = 0
    /// Guide lines that were skipped or read with an assumption (`file:line: message`).
    public var warnings: [String] = []
    /// Guides given with `--guide` that could not be read at all; courseware failures stay in `failed`.
    public var guides: [Failure] = []
    /// The same warnings with their kind, so that a long list can be summarised per kind.
    public var guideWarnings: [GuideNote] = []

    /// One guide warning: `kind` is a `GuideWarning.Kind` raw value (`skipped`, `stop-next-day`, `conflict` …).
    public struct GuideNote: Sendable, Codable, Equatable {
        public var kind: String
        public var path: String
        public var line: Int
        public var message: String
    }

    public init() {}
}

/// Reported while probing, from worker threads; the caller decides whether and how to draw it.
public struct IndexProgress: Sendable {
    public enum Phase: Sendable {
        case scanning
        case probing
        case finishing
    }

    public var phase: Phase
    public var done: Int
    public var total: Int
    public var currentPath: String?
    public var filesPerSecond: Double
}

public struct IndexOptions: Sendable {
    /// Parallel probes; defaults to the number of cores.
    public var jobs: Int
    /// Files written per transaction: a kill loses at most one batch of work, never consistency.
    public var batchSize: Int
    /// `Catalog/channel-aliases.txt`: other names of the guide's channels, for linking recordings.
    public var channelAliases: ChannelAliases

    public init(jobs: Int? = nil, batchSize: Int = 256, channelAliases: ChannelAliases = .none) {
        self.jobs = max(1, jobs ?? ProcessInfo.processInfo.activeProcessorCount)
        self.batchSize = max(1, batchSize)
        self.channelAliases = channelAliases
    }
}

import Foundation
