public import ArgumentParser
public import Yuanjiao

/// `--month 2026-12` parsed by the argument parser itself: a bad month is a usage error before any work.
extension YearMonth: ExpressibleByArgument {
    public init?(argument: String) {
        guard let month = try? YearMonth(parsing: argument) else { return nil }
        self = month
    }
}
