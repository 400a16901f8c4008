import Foundation

/// For a whole guide in memory: a programme without stop or length ends when the next programme on its
/// channel starts, by time. `StopInference` can only use the next one in the file, which is wrong when a
/// guide lists a channel out of order.
enum StopsByTime {
    static func infer(_ programmes: inout [Programme]) {
        var byChannel: [String: [Int]] = [:]
        for index in programmes.indices { byChannel[programmes[index].channel, default: []].append(index) }
        for indices in byChannel.values {
            let ordered = indices.sorted { programmes[$0].start < programmes[$1].start }
            let starts = ordered.map { programmes[$0].start }
            for (position, index) in ordered.enumerated() {
                let programme = programmes[index]
                guard programme.stop == nil || (programme.stopIsInferred && programme.length == nil) else { continue }
                let next = starts[(position + 1)...].first { $0 > programme.start }
                programmes[index].stop = next
                programmes[index].stopIsInferred = next != nil
            }
        }
    }
}
