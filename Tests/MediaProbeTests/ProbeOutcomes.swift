import MediaProbe
import Testing

/// Two ways of probing one file must agree: the same description, or the same error with the same words.
enum ProbeOutcomes {
    static func outcome(_ probe: () throws(ProbeError) -> MediaInfo) -> Result<MediaInfo, ProbeError> {
        Result { () throws(ProbeError) in try probe() }
    }

    static func expectSame(_ expected: Result<MediaInfo, ProbeError>, _ actual: Result<MediaInfo, ProbeError>, _ label: String) {
        switch (expected, actual) {
        case (.success(let expectedInfo), .success(let info)):
            #expect(info == expectedInfo, "\(label)")
        case (.failure(let expectedError), .failure(let error)):
            #expect(error.code == expectedError.code, "\(label)")
            #expect(error.description == expectedError.description, "\(label)")
        default:
            Issue.record("\(label): expected \(expected), got \(actual)")
        }
    }
}
