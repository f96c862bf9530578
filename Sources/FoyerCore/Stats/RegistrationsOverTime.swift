import Foundation

/// How registrations arrived: per week up to the deadline, and how many came after it. Cancelled ones
/// count too (they did register); the picture is of demand, not of who is coming.
public struct RegistrationsOverTime: Hashable, Sendable {
    public struct Week: Hashable, Sendable {
        public var start: LocalDate
        public var count: Int
    }
    public var weeks: [Week]
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
        var late = 0
        for (day, r) in zip(days, registrants) {
            if event.isLate(r.registeredAt) { late += 1; continue }
            let index = (day.daysSinceEpoch - first.daysSinceEpoch) / 7
            buckets[max(0, min(count - 1, index))].count += 1 // earlier ones join the first week
        }
        weeks = buckets
        self.late = late
    }
}
