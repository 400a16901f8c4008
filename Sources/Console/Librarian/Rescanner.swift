import Foundation
import Logging
import ServiceLifecycle
import Yuanjiao

/// `--watch DIR`: rescans the download folders every `interval` and when asked from the rescan button,
/// so new satellite downloads reach the review queue without anyone running `yuanjiao index`.
struct Rescanner: Service {
    let services: ConsoleServices
    let interval: Duration
    let logger: Logger

    func run() async throws {
        // A service that returns ends the whole server: with nothing to watch, wait for shutdown instead.
        guard !services.watchFolders.isEmpty else { return try await gracefulShutdown() }
        // Shutdown cancels the sleep, so SIGTERM does not wait for the next scan.
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await rescan(services: services, logger: logger)
                try? await Task.sleep(for: interval)
            }
        }
    }
}

/// One rescan of the watched folders; does nothing when one is already running.
@discardableResult
func rescan(services: ConsoleServices, logger: Logger) async -> RescanState.Outcome? {
    guard await services.rescans.begin() else { return nil }
    let folders = services.watchFolders
    let outcome: RescanState.Outcome
    do {
        let report = try await services.run { try $0.index(paths: folders) }
        let summary = "新增 \(report.added)，更新 \(report.updated)，未变 \(report.unchanged)，移动 \(report.moved)，缺失 \(report.missing)，失败 \(report.failed.count)"
        logger.info("重新扫描完成：\(summary)")
        outcome = .init(finished: Date(), summary: summary, failed: false)
    } catch {
        let message = ConsoleFailure(error).message
        logger.error("重新扫描失败：\(message)")
        outcome = .init(finished: Date(), summary: message, failed: true)
    }
    await services.rescans.end(outcome)
    return outcome
}
