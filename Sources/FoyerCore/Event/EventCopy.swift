/// Next year's workshop from this year's: the programme, speakers, fees, venue and texts, every date
/// moved to the new first day. Registrations are not part of an event's file, so a copy has none.
extension Event {
    /// The number of days from `old` to the day to use for `new`: with `keepWeekday`, the first day on or
    /// after `new` that falls on the same weekday as `old` (a Thursday workshop stays on a Thursday).
    public static func dayOffset(from old: LocalDate, to new: LocalDate, keepWeekday: Bool) -> Int {
        var target = new
        if keepWeekday { target = new.adding(days: (old.isoWeekday - new.isoWeekday + 7) % 7) }
        return target.daysSinceEpoch - old.daysSinceEpoch
    }

    /// Every date of the event moved by `days`: the first and last day, the deadline and each item's
    /// start and end (times of day unchanged).
    public func shifted(byDays days: Int) -> Event {
        guard days != 0 else { return self }
        var e = self
        e.date = date.adding(days: days)
        e.endDate = endDate?.adding(days: days)
        e.registrationDeadline = registrationDeadline?.adding(days: days)
        e.programmeItems = programmeItems.map { item in
            var moved = item
            moved.start = LocalDateTime(date: item.start.date.adding(days: days), hour: item.start.hour, minute: item.start.minute)
            moved.end = item.end.map { LocalDateTime(date: $0.date.adding(days: days), hour: $0.hour, minute: $0.minute) }
            return moved
        }
        return e
    }

    /// A copy as a new event: `id`, first day `firstDay` (moved to the old weekday with `keepWeekdays`),
    /// the same programme, speakers, fees, venue and texts, not archived, with `codePrefix` (a new one,
    /// so codes are not last year's again).
    public func copied(as id: String, firstDay: LocalDate, keepWeekdays: Bool, title: String? = nil, codePrefix: String) -> Event {
        var e = shifted(byDays: Self.dayOffset(from: date, to: firstDay, keepWeekday: keepWeekdays))
        e.id = id
        if let title { e.title = title }
        e.codePrefix = codePrefix
        e.archived = nil
        return e
    }

    /// A prefix for a copy held in `year`: the old one with the year's last two digits ("SAF" → "SAF10",
    /// "SAF09" → "SAF10"), so the new event's codes are told apart from last year's at a glance.
    public static func suggestedCodePrefix(from old: String, year: Int) -> String {
        var stem = old
        if stem.count > 2, stem.suffix(2).allSatisfy(\.isNumber) { stem = String(stem.dropLast(2)) }
        let suffix = String(year % 100).leftPadded(to: 2, with: "0")
        return String(stem.prefix(6)) + suffix
    }
}

/// A new event's code prefix when none is given.
public enum EventCodePrefix {
    /// Capitals of the title's first words ("Resolving Therapeutic Impasses" → "RTI"), or the first three
    /// letters of a one-word title ("Vårkurs 2027" → "VAR").
    public static func from(title: String) -> String {
        let words = TextFolding.words(title).map { $0.filter { $0.isASCII && $0.isLetter } }.filter { !$0.isEmpty }
        let initials = words.count >= 2 ? words.prefix(3).map { String($0.prefix(1)) }.joined() : String(words.first?.prefix(3) ?? "REG")
        return initials.uppercased()
    }
}
