/// Edits of an event's programme. Each returns a new event, so an edit can be saved, shown and undone
/// as a whole.
extension Event {
    /// Adds an item, or replaces the one with the same id.
    public func savingItem(_ item: ProgrammeItem) -> Event {
        var e = self
        if let i = e.programmeItems.firstIndex(where: { $0.id == item.id }) { e.programmeItems[i] = item }
        else { e.programmeItems.append(item) }
        e.programmeItems = Programme(e.programmeItems).items
        return e
    }

    public func removingItem(id: String) -> Event {
        var e = self
        e.programmeItems.removeAll { $0.id == id }
        return e
    }

    /// Swaps an item with its neighbour (delta −1: earlier, +1: later) keeping the time slots' shape:
    /// the pair starts when the first of them started and each keeps its own duration. Nil when there
    /// is no neighbour that way.
    public func movingItem(id: String, by delta: Int) -> Event? {
        let programme = self.programme
        guard let i = programme.items.firstIndex(where: { $0.id == id }) else { return nil }
        let j = i + delta
        guard programme.items.indices.contains(j) else { return nil }
        let (a, b) = (min(i, j), max(i, j))
        let first = programme.items[a], second = programme.items[b]
        let firstDuration = programme.end(of: a).map { $0.minutesSinceEpoch - first.start.minutesSinceEpoch }
        let secondDuration = programme.end(of: b).map { $0.minutesSinceEpoch - second.start.minutesSinceEpoch }
        let gap = second.start.minutesSinceEpoch - (programme.end(of: a)?.minutesSinceEpoch ?? second.start.minutesSinceEpoch)
        var movedSecond = second, movedFirst = first
        movedSecond.start = first.start
        movedSecond.end = secondDuration.map { first.start.adding(minutes: $0) }
        let secondEnd = movedSecond.end ?? movedSecond.start
        movedFirst.start = secondEnd.adding(minutes: max(0, gap))
        movedFirst.end = firstDuration.map { movedFirst.start.adding(minutes: $0) }
        var e = self
        e.programmeItems = programme.items
        e.programmeItems[a] = movedSecond
        e.programmeItems[b] = movedFirst
        e.programmeItems = Programme(e.programmeItems).items
        return e
    }

    /// An id for a new item, from its title, unique in the programme.
    public func newItemID(title: String) -> String {
        let base = TextFolding.words(title).prefix(4).joined(separator: "-")
        let stem = base.isEmpty ? "item" : base
        var candidate = stem, n = 2
        while programmeItems.contains(where: { $0.id == candidate }) { candidate = "\(stem)-\(n)"; n += 1 }
        return candidate
    }
}
