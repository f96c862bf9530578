/// The organiser's view of money: per fee category and in total, what the registrations are expected to
/// bring in (gross, net, VAT), what came in, went back, was waived and is still owed, and by payment method.
///
/// What a registration is expected to bring in: an active one its price less any waiver; a cancelled or
/// waitlisted one only what was paid and not refunded. So expected = paid and kept + outstanding when
/// nobody has overpaid (the fees pane's "Expected"). Each registration's VAT is split once (the `VATSplit`
/// rule) and the totals are sums of the lines, so every total equals the sum of its rows exactly.
public struct FeeTotals: Hashable, Sendable {
    public struct Line: Hashable, Sendable {
        public var category: FeeCategory
        public var registered = 0
        /// Active registrations with nothing left to pay.
        public var settled = 0
        public var gross = Money.zero
        public var net = Money.zero
        public var vat = Money.zero
        /// Payments less refunds.
        public var received = Money.zero
        public var refunded = Money.zero
        public var waived = Money.zero
        public var outstanding = Money.zero
    }

    public var lines: [Line]
    public var gross = Money.zero, net = Money.zero, vat = Money.zero
    public var paid = Money.zero, refunded = Money.zero, waived = Money.zero, outstanding = Money.zero
    /// Paid by people since cancelled and not refunded yet.
    public var refundOwed = Money.zero
    /// Payments less refunds for each method, in the order of `PaymentMethod.allCases`.
    public var byMethod: [(method: PaymentMethod, amount: Money)]

    public static func == (a: FeeTotals, b: FeeTotals) -> Bool {
        a.lines == b.lines && a.gross == b.gross && a.paid == b.paid && a.refunded == b.refunded && a.waived == b.waived
            && a.outstanding == b.outstanding && a.byMethod.map(\.amount) == b.byMethod.map(\.amount)
    }
    public func hash(into h: inout Hasher) { h.combine(lines); h.combine(gross) }

    /// What one registration is expected to bring in, including VAT.
    public static func expected(_ r: Registrant) -> Money {
        switch r.status {
        case .registered: return max(.zero, r.price - r.waived)
        case .cancelled, .waitlisted: return max(.zero, r.paid - r.refunded)
        }
    }

    public init(event: Event, registrants: some Collection<Registrant>) {
        var lines = event.feeCategories.map { Line(category: $0) }
        var index = Dictionary(uniqueKeysWithValues: lines.enumerated().map { ($1.category.id, $0) })
        var methods = Dictionary(uniqueKeysWithValues: PaymentMethod.allCases.map { ($0, Money.zero) })
        for r in registrants {
            let i: Int
            if let known = index[r.feeCategoryID] { i = known } else {
                i = lines.count
                lines.append(Line(category: .unlisted(for: r)))
                index[r.feeCategoryID] = i
            }
            let split = VATSplit(gross: Self.expected(r), rate: lines[i].category.vatRate)
            lines[i].gross += split.gross
            lines[i].net += split.net
            lines[i].vat += split.vat
            lines[i].received += r.paid - r.refunded
            lines[i].refunded += r.refunded
            lines[i].waived += r.waived
            if r.status == .registered {
                lines[i].registered += 1
                if r.isSettled { lines[i].settled += 1 } else { lines[i].outstanding += r.due }
            }
            for p in r.payments {
                switch p.kind {
                case .payment: methods[p.method, default: .zero] += p.amount
                case .refund: methods[p.method, default: .zero] -= p.amount
                case .waiver: break
                }
            }
            paid += r.paid
            refundOwed += r.refundOwed
        }
        self.lines = lines
        for line in lines {
            gross += line.gross; net += line.net; vat += line.vat
            refunded += line.refunded; waived += line.waived; outstanding += line.outstanding
        }
        byMethod = PaymentMethod.allCases.map { ($0, methods[$0] ?? .zero) }
    }
}
