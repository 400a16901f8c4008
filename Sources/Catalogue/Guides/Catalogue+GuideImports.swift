import Foundation
import ProgrammeGuide

extension Catalogue {
    /// Imports each guide on its own: one unreadable guide is reported in `guides` and the others still land.
    func importGuides(_ guides: [URL], options: GuideOptions, into report: inout IndexReport) throws(CatalogueError) {
        for guide in guides {
            do {
                let imported = try importGuide(at: guide, options: options)
                report.programmes += imported.changed
                report.retired += imported.retired
                report.warnings += imported.warnings.map(\.description)
                report.guideWarnings += imported.warnings.map {
                    IndexReport.GuideNote(kind: $0.kind.rawValue, path: $0.path, line: $0.line, message: $0.message)
                }
            } catch let error as CatalogueError {
                throw error
            } catch let error as GuideError {
                report.guides.append(IndexReport.Failure(path: guide.path, error: error.description))
            } catch {
                // No English system error text reaches a librarian.
                report.guides.append(IndexReport.Failure(path: guide.path, error: "\(guide.path): 读取节目单时出错"))
            }
        }
    }
}
