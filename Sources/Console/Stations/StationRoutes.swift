import Foundation
import Hummingbird
import Yuanjiao

/// A station's pages: this month and next, the printable poster and sign-in sheets (the same HTML as
/// `yuanjiao notice`), the loudspeaker script with its audio, and the bundle ZIP. A station account
/// reaches only its own station; an admin reaches all.
struct StationRoutes {
    let services: ConsoleServices

    func register(on groups: RouteGroups) {
        groups.station.get("/station/{station}") { request, context in try await stationPage(request, context: context) }
        groups.station.get("/station/{station}/{month}/poster") { _, context in try await notice(.html, context: context) }
        groups.station.get("/station/{station}/{month}/signin") { _, context in try await notice(.signin, context: context) }
        groups.station.get("/station/{station}/{month}/script") { _, context in try await script(context: context) }
        groups.station.get("/station/{station}/{month}/audio.wav") { _, context in try await audio(context: context) }
        groups.station.get("/bundles/{station}/{file}") { _, context in try await bundle(context: context) }
    }

    /// The `{station}` parameter; the group's policy has checked it against the account already.
    private func station(_ context: ConsoleContext) throws -> String {
        guard let id = context.parameters.get("station"), !id.isEmpty else { throw ConsoleFailure.notFound("这个站点") }
        return id
    }

    private func month(_ text: String?) throws -> YearMonth {
        guard let text, let month = try? YearMonth(parsing: text) else { throw ConsoleFailure.notFound("这个月份") }
        return month
    }

    private func stationPage(_ request: Request, context: ConsoleContext) async throws -> Response {
        let id = try station(context)
        let first = try ConsoleMonth.parse(request.uri.queryParameters.get("m"))
        let months = [first, first.adding(months: 1)]
        let file = services.stationsFile
        let (station, plans) = try await services.run { workspace in
            let stationFile = try workspace.planningContext(stationsFile: file).stationFile
            guard let station = stationFile.stations.first(where: { $0.id == id }) else { throw ConsoleFailure.notFound("站点「\(id)」") }
            return (station, try months.map { (month: $0, plan: try workspace.storedPlan(station: id, month: $0)) })
        }
        let body = StationPages.station(station, plans: plans, topics: try await services.topicChoices())
            + MonitoringPages.chart(station: id, month: first)
        return Page(title: station.name, account: context.account, csrf: context.session?.csrfToken, body: body).response()
    }

    private func notice(_ format: NoticeFormat, context: ConsoleContext) async throws -> Response {
        let id = try station(context)
        let month = try month(context.parameters.get("month"))
        let file = services.stationsFile
        let html = try await services.run { workspace in
            try workspace.notice(stationFile: workspace.planningContext(stationsFile: file).stationFile, stationID: id, month: month, format: format)
        }
        var headers = HTTPFields()
        headers[.contentType] = "text/html; charset=utf-8"
        headers.contentSecurityPolicy = PrintableDocumentPolicy.header(for: html)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    private func script(context: ConsoleContext) async throws -> Response {
        let id = try station(context)
        let month = try month(context.parameters.get("month"))
        let file = services.stationsFile
        let text = try await services.run { workspace in
            try workspace.notice(stationFile: workspace.planningContext(stationsFile: file).stationFile, stationID: id, month: month, format: .text)
        }
        let speech = SpeechSynthesizer.locate() != nil
        let body: HTML = """
            <h1>喇叭广播稿 \(month.description)</h1>
            \(speech ? HTML("<p><audio controls src=\"/station/\(id)/\(month.description)/audio.wav\"></audio></p>") : "<p class=\"muted\">这台电脑没有安装 espeak-ng，不能生成广播录音；请照稿朗读。</p>")
            <pre class="script">\(text)</pre>
            """
        return Page(title: "喇叭广播稿", account: context.account, csrf: context.session?.csrfToken, body: body).response()
    }

    /// Rendered once per script: espeak-ng takes seconds and megabytes, so the WAV is kept per station and
    /// month and made again only when the script's text (the plan, the station file) changed.
    private func audio(context: ConsoleContext) async throws -> Response {
        let id = try station(context)
        let month = try month(context.parameters.get("month"))
        let file = services.stationsFile
        let script = try await services.run { workspace in
            try workspace.notice(stationFile: workspace.planningContext(stationsFile: file).stationFile, stationID: id, month: month, format: .text)
        }
        let services = services
        let bytes = try await services.audioNotices.value(key: "\(id)|\(month)", version: script) {
            try await services.run { workspace in
                // A private folder: the per-part WAVs espeak-ng writes beside the whole go with it.
                let folder = FileManager.default.temporaryDirectory.appendingPathComponent("yuanjiao-audio-\(SecureToken.make())")
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
                defer { try? FileManager.default.removeItem(at: folder) }
                let output = folder.appendingPathComponent("notice.wav")
                try workspace.writeAudioNotice(
                    stationFile: workspace.planningContext(stationsFile: file).stationFile, stationID: id, month: month, to: output)
                return Array(try Data(contentsOf: output))
            }
        }
        var headers = HTTPFields()
        headers[.contentType] = "audio/wav"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    private func bundle(context: ConsoleContext) async throws -> Response {
        let id = try station(context)
        guard let name = context.parameters.get("file"), name.hasSuffix(".zip") else { throw ConsoleFailure.notFound("这个下发包") }
        let month = try month(String(name.dropLast(4)))
        let file = services.stationsFile
        let zip = try await services.run { workspace in
            try BundleArchive.zip(workspace: workspace, stationsFile: file, station: id, month: month)
        }
        var headers = HTTPFields()
        headers[.contentType] = "application/zip"
        headers[.contentDisposition] = "attachment; filename=\"\(id)-\(month.description).zip\""
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: zip)))
    }
}
