import Foundation

/// A receipt for one registration: who, for what, at what price (net and VAT), what was paid, refunded or
/// waived, and what is still due. A value built from the event and the registrant as they are when it is
/// issued; the number comes from the receipt log (`EventStore.issueReceipt`), so it never repeats.
public struct Receipt: Hashable, Sendable {
    /// One movement of money on the registration, as the receipt lists it.
    public struct Line: Hashable, Sendable {
        public var kind: PaymentKind
        public var time: Date
        public var method: PaymentMethod
        /// Positive; the kind says which way it went.
        public var amount: Money
        /// The invoice number, card slip, Swish reference, or a waiver's reason.
        public var reference: String

        public init(kind: PaymentKind, time: Date, method: PaymentMethod, amount: Money, reference: String) {
            self.kind = kind; self.time = time; self.method = method; self.amount = amount; self.reference = reference
        }

        public var kindLabel: Phrase { Catalogue.Documents.kind(kind) }
        public var methodLabel: Phrase { Catalogue.Documents.method(method) }
        /// The amount with its direction: a refund or a waiver reduces what was paid or is owed.
        public var signedAmount: Money { kind == .payment ? amount : -amount }
    }

    public var number: Int
    public var issuedAt: Date
    /// The language it is written in: the event's own (`Event.attendeeLanguage`) unless asked otherwise.
    public var language: Language

    // The event
    public var organiser: String?
    public var eventTitle: String
    public var eventDateText: String
    public var venue: String?

    // The registrant
    public var registrantName: String
    public var code: String
    public var organisation: String
    public var invoiceAddress: String
    public var invoiceReference: String
    public var status: RegistrationStatus

    // The fee
    public var categoryName: String
    /// The price agreed at registration, including VAT.
    public var price: Money
    /// What is charged: the price less any waiver; for a cancelled or waitlisted registration, what was
    /// paid and kept (`FeeTotals.expected`). Equal to the price for an ordinary registration.
    public var charged: Money
    /// `charged` split into net and VAT by the one rounding rule; its rate is the category's.
    public var vat: VATSplit
    /// What the price includes ("Lunch and coffee"), with "(in Swedish)" when only the other language
    /// has it; nil when the category does not say.
    public var includes: String?

    // Money movements
    public var lines: [Line]
    /// Payments less refunds.
    public var totalPaid: Money
    public var totalWaived: Money
    /// price − paid + refunded − waived; zero for a cancelled registration, negative when overpaid.
    public var balanceDue: Money

    // How to write it
    public var currencyCode: String
    public var timeZone: TimeZone

    public var net: Money { vat.net }
    public var vatAmount: Money { vat.vat }
    public var vatRate: VATRate { vat.rate }
    public var moneyFormat: MoneyFormat { MoneyFormat(currencyCode: currencyCode) }

    public init(number: Int, issuedAt: Date, event: Event, registrant r: Registrant, language: Language? = nil) {
        let language = language ?? event.attendeeLanguage
        self.number = number
        self.issuedAt = issuedAt
        self.language = language
        organiser = event.organiser.flatMap { $0.isEmpty ? nil : $0 }
        eventTitle = event.title
        eventDateText = event.dateText[language]
        let place = [event.venue.name, event.venue.room, event.venue.address, event.venue.city]
            .compactMap { $0?.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        venue = place.isEmpty ? nil : place.joined(separator: ", ")
        registrantName = r.fullName
        code = r.code
        organisation = r.organisation
        invoiceAddress = r.invoiceAddress
        invoiceReference = r.invoiceReference
        status = r.status
        let category = event.feeCategory(id: r.feeCategoryID)
        categoryName = event.categoryName(of: r, in: language)
        price = r.price
        charged = FeeTotals.expected(r)
        vat = VATSplit(gross: charged, rate: category?.vatRate ?? .swedishStandard)
        includes = category?.includes.shown(in: language).map { shown in
            shown.note.map { shown.text + " " + $0[language] } ?? shown.text
        }
        lines = r.payments.map { Line(kind: $0.kind, time: $0.time, method: $0.method, amount: $0.amount, reference: $0.reference) }
        totalPaid = r.paid - r.refunded
        totalWaived = r.waived
        balanceDue = r.due
        currencyCode = event.currency ?? "SEK"
        timeZone = event.timeZone
    }

    /// "10 Feb 2009 09:15", in the event's time zone.
    public func timeText(_ date: Date) -> String {
        let local = LocalDateTime(date, in: timeZone)
        return DateText.short(local.date)[language] + " " + local.timeText
    }
    public var title: String { Catalogue.Documents.receiptTitle(number: number)[language] }
}
