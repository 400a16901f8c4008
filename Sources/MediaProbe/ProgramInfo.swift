/// One programme (service) of an MPEG-TS recording, as announced in its SDT.
public struct ProgramInfo: Sendable, Hashable, Codable {
    /// The programme number (`program_number` in the PMT).
    public var number: Int
    /// The channel's name, e.g. `CCTV-7 农业农村` (the SDT's `service_name`).
    public var serviceName: String?
    /// The broadcaster, e.g. `CCTV` (the SDT's `service_provider`).
    public var serviceProvider: String?
    /// Indices into `MediaInfo.streams` of the streams this programme carries.
    public var streamIndices: [Int]
    public var tags: [String: String]

    public init(
        number: Int, serviceName: String? = nil, serviceProvider: String? = nil, streamIndices: [Int] = [],
        tags: [String: String] = [:]
    ) {
        self.number = number
        self.serviceName = serviceName
        self.serviceProvider = serviceProvider
        self.streamIndices = streamIndices
        self.tags = tags
    }
}
