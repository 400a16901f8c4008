import CAVFormat

/// Copies what the opened context knows into plain Swift values; nothing here outlives the context.
extension FormatContext {
    func mediaInfo() -> MediaInfo {
        let context = pointer.pointee
        let format = context.iformat?.pointee
        return MediaInfo(
            formatName: format?.name.map { String(cString: $0) } ?? "",
            formatLongName: format?.long_name.map { String(cString: $0) } ?? "",
            duration: Self.seconds(context.duration, timeBase: Self.microseconds),
            bitRate: context.bit_rate > 0 ? Int(context.bit_rate) : nil,
            startTime: Self.seconds(context.start_time, timeBase: Self.microseconds),
            tags: TagDictionary.read(context.metadata),
            streams: streams(),
            programs: programs(),
            chapters: chapters())
    }

    private func streams() -> [StreamInfo] {
        let context = pointer.pointee
        guard let streams = context.streams else { return [] }
        return (0..<Int(context.nb_streams)).compactMap { index in
            streams[index].map { Self.streamInfo($0.pointee, index: index) }
        }
    }

    private static func streamInfo(_ stream: AVStream, index: Int) -> StreamInfo {
        let tags = TagDictionary.read(stream.metadata)
        var info = StreamInfo(
            index: index, kind: .unknown, codecName: "none",
            language: tags["language"].flatMap { $0 == "und" ? nil : MediaInfo.nonBlank($0) },
            duration: seconds(stream.duration, timeBase: stream.time_base),
            isAttachedPicture: stream.disposition & AV_DISPOSITION_ATTACHED_PIC != 0,
            tags: tags)
        guard let parameters = stream.codecpar?.pointee else { return info }
        info.codecName = (try? LibAV.get()).flatMap { $0.codecName(parameters.codec_id) }.map { String(cString: $0) } ?? "none"
        info.bitRate = parameters.bit_rate > 0 ? Int(parameters.bit_rate) : nil
        switch parameters.codec_type {
        case AVMEDIA_TYPE_VIDEO:
            info.kind = .video
            info.width = parameters.width > 0 ? Int(parameters.width) : nil
            info.height = parameters.height > 0 ? Int(parameters.height) : nil
            info.frameRate = rate(stream.avg_frame_rate) ?? rate(stream.r_frame_rate)
        case AVMEDIA_TYPE_AUDIO:
            info.kind = .audio
            info.sampleRate = parameters.sample_rate > 0 ? Int(parameters.sample_rate) : nil
            info.channels = parameters.ch_layout.nb_channels > 0 ? Int(parameters.ch_layout.nb_channels) : nil
        case AVMEDIA_TYPE_SUBTITLE: info.kind = .subtitle
        case AVMEDIA_TYPE_DATA: info.kind = .data
        case AVMEDIA_TYPE_ATTACHMENT: info.kind = .attachment
        default: info.kind = .unknown
        }
        return info
    }

    private func programs() -> [ProgramInfo] {
        let context = pointer.pointee
        guard let programs = context.programs else { return [] }
        return (0..<Int(context.nb_programs)).compactMap { index in
            guard let program = programs[index]?.pointee else { return nil }
            let tags = TagDictionary.read(program.metadata)
            let indices = program.stream_index.map { list in
                (0..<Int(program.nb_stream_indexes)).map { Int(list[$0]) }
            }
            return ProgramInfo(
                number: Int(program.program_num),
                serviceName: MediaInfo.nonBlank(tags["service_name"]),
                serviceProvider: MediaInfo.nonBlank(tags["service_provider"]),
                streamIndices: indices ?? [],
                tags: tags)
        }
    }

    private func chapters() -> [ChapterInfo] {
        let context = pointer.pointee
        guard let chapters = context.chapters else { return [] }
        return (0..<Int(context.nb_chapters)).compactMap { index in
            guard let chapter = chapters[index]?.pointee else { return nil }
            let tags = TagDictionary.read(chapter.metadata)
            return ChapterInfo(
                start: Self.seconds(chapter.start, timeBase: chapter.time_base) ?? 0,
                end: Self.seconds(chapter.end, timeBase: chapter.time_base) ?? 0,
                title: MediaInfo.nonBlank(tags["title"]),
                tags: tags)
        }
    }

    private static let microseconds = AVRational(num: 1, den: Int32(AV_TIME_BASE))

    /// A timestamp in `timeBase` units as seconds; nil for `AV_NOPTS_VALUE` or a meaningless time base.
    private static func seconds(_ value: Int64, timeBase: AVRational) -> Double? {
        guard value != yj_av_nopts_value(), timeBase.den != 0 else { return nil }
        return Double(value) * Double(timeBase.num) / Double(timeBase.den)
    }

    private static func rate(_ rational: AVRational) -> Double? {
        guard rational.num > 0, rational.den > 0 else { return nil }
        return Double(rational.num) / Double(rational.den)
    }
}
