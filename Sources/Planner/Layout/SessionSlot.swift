/// A session's place in the month before it has items: layer 1's output, layer 2's input.
struct SessionSlot {
    let day: Int
    let date: LocalDate
    let interval: DayInterval
    let kind: SessionKind
    let week: Int

    var minutes: Int { interval.minutes }
}
