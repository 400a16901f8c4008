import Foundation
import ProgrammeGuide

extension Catalogue {
    /// Imports each guide on its own: one malformed guide is reported in `failed` and the others still land.
    func importGuides(_ guides: [URL], options: GuideOptions, into report: inout IndexReport) throws(CatalogueError) {
        for guide in guides {
            do {
                let imported = try importGuide(at: guide, options: options)
                report.programmes += imported.changed
                report.warnings += imported.warnings.map(\.description)
            } catch let error as CatalogueError {
                throw error
            } catch let error as GuideError {
                report.failed.append(IndexReport.Failure(path: guide.path, error: error.description))
            } catch {
                report.failed.append(IndexReport.Failure(path: guide.path, error: "\(error)"))
            }
        }
    }
}
