import Foundation

/// How registrations arrived: per week up to the deadline, how many came before the first of those
/// weeks and how many after the deadline. Cancelled ones count too (they did register); the picture is
/// of demand, not of who is coming.
public struct RegistrationsOverTime: Hashable, Sendable {
    public struct Week: Hashable, Sendable {
        public var start: LocalDate
        public var count: Int
    }
    public var weeks: [Week]
    /// Registered before the first week: kept apart, since putting them in a week would show them
    /// under a date they are not from (registration may open months before the weeks shown).
    public var earlier: Int
    public var late: Int
    public var deadline: LocalDate?

    /// `weeks` weeks ending on the deadline (or on the last registration when there is no deadline).
    public init(event: Event, registrants: some Collection<Registrant>, weeks count: Int = 8) {
        let zone = event.timeZone
        let days = registrants.map { LocalDateTime($0.registeredAt, in: zone).date }
        deadline = event.registrationDeadline
        let end = event.registrationDeadline ?? days.max() ?? event.date
        let first = end.adding(days: -(7 * count) + 1)
        var buckets = (0..<count).map { Week(start: first.adding(days: 7 * $0), count: 0) }
        var earlier = 0, late = 0
        for (day, r) in zip(days, registrants) {
            if event.isLate(r.registeredAt) { late += 1; continue }
            guard day >= first else { earlier += 1; continue }
            // Never past the last week: it ends on the deadline (later ones are late) or the last registration.
            buckets[min(count - 1, (day.daysSinceEpoch - first.daysSinceEpoch) / 7)].count += 1
        }
        weeks = buckets
        self.earlier = earlier
        self.late = late
    }
}
