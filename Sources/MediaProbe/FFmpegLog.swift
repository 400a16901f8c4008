import CAVFormat

/// libavformat prints warnings to stderr by default; a library must not.
enum FFmpegLog {
    /// A global's initialiser runs exactly once, under the runtime's lock (`swift_once`), so concurrent first
    /// probes cannot race on libavutil's log level.
    static let quiet: Void = av_log_set_level(AV_LOG_QUIET)
}
