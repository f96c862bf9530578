/// The numbers an organiser asks for: how many, who has arrived, what has been paid and what is owed.
public struct EventStats: Hashable, Sendable {
    public struct CategoryLine: Hashable, Sendable {
        public var category: FeeCategory
        public var registered = 0
        public var checkedIn = 0
        public var revenue = Money.zero   // price of active registrations
        public var paid = Money.zero      // payments minus refunds, cancelled included
    }

    public var total = 0
    public var registered = 0
    public var waitlisted = 0
    public var cancelled = 0
    public var checkedIn = 0
    public var late = 0
    public var unpaid = 0
    public var expectedRevenue = Money.zero
    public var paid = Money.zero
    public var refunded = Money.zero
    public var waived = Money.zero
    public var outstanding = Money.zero
    /// Paid by people since cancelled and not refunded yet (`Registrant.refundOwed`).
    public var refundOwed = Money.zero
    public var categories: [CategoryLine] = []

    public init(event: Event, registrants: some Collection<Registrant>) {
        var lines = event.feeCategories.map { CategoryLine(category: $0) }
        var lineIndex = Dictionary(uniqueKeysWithValues: lines.enumerated().map { ($1.category.id, $0) })
        for r in registrants {
            total += 1
            let i: Int
            if let known = lineIndex[r.feeCategoryID] { i = known } else {
                i = lines.count
                lines.append(CategoryLine(category: .unlisted(for: r)))
                lineIndex[r.feeCategoryID] = i
            }
            let movedIn = r.paid - r.refunded
            paid += r.paid
            refunded += r.refunded
            lines[i].paid += movedIn
            switch r.status {
            case .cancelled: cancelled += 1; refundOwed += r.refundOwed; continue
            case .waitlisted: waitlisted += 1; continue
            case .registered: registered += 1
            }
            waived += r.waived
            lines[i].registered += 1
            lines[i].revenue += r.price
            expectedRevenue += r.price
            if r.isCheckedIn { checkedIn += 1; lines[i].checkedIn += 1 }
            if event.isLate(r.registeredAt) { late += 1 }
            if r.due.minorUnits > 0 { unpaid += 1; outstanding += r.due }
        }
        categories = lines
    }
}
