extension Catalogue {
    /// What attendees read, in the event's own language (or an export's `--lang`): receipts, the door
    /// list, badges and the programme's exports.
    public enum Documents {
        // Receipts
        public static func receiptTitle(number: Int) -> Phrase { Phrase(en: "Receipt no. \(number)", sv: "Kvitto nr \(number)") }
        public static func issued(time: String) -> Phrase { Phrase(en: "Issued \(time)", sv: "Utfärdat \(time)") }
        public static let name = Phrase(en: "Name", sv: "Namn")
        public static let code = Phrase(en: "Code", sv: "Kod")
        public static let organisation = Phrase(en: "Organisation", sv: "Organisation")
        public static let invoiceAddress = Phrase(en: "Invoice address", sv: "Fakturaadress")
        public static let reference = Phrase(en: "Reference", sv: "Referens")
        public static let status = Phrase(en: "Status", sv: "Status")
        public static let cancelled = Phrase(en: "Cancelled", sv: "Avbokad")
        public static let waitingList = Phrase(en: "Waiting list", sv: "Väntelista")
        public static let feeCategory = Phrase(en: "Fee category", sv: "Avgiftskategori")
        public static let priceInclVAT = Phrase(en: "Price incl. VAT", sv: "Pris inkl. moms")
        public static let chargedInclVAT = Phrase(en: "Charged incl. VAT", sv: "Debiterat inkl. moms")
        public static let net = Phrase(en: "Net", sv: "Netto")
        public static func vat(rate: String) -> Phrase { Phrase(en: "VAT \(rate)", sv: "Moms \(rate)") }
        public static let totalPaid = Phrase(en: "Total paid", sv: "Totalt betalt")
        public static let waived = Phrase(en: "Waived", sv: "Efterskänkt")
        public static let overpaid = Phrase(en: "Overpaid", sv: "Överbetalt")
        public static let balanceDue = Phrase(en: "Balance due", sv: "Att betala")
        public static let includes = Phrase(en: "Includes", sv: "Ingår")
        public static let noPayments = Phrase(en: "No payments recorded.", sv: "Inga betalningar registrerade.")
        public static let payments = Phrase(en: "Payments", sv: "Betalningar")
        public static let date = Phrase(en: "Date", sv: "Datum")
        public static let kind = Phrase(en: "Kind", sv: "Typ")
        public static let method = Phrase(en: "Method", sv: "Betalsätt")
        public static let amount = Phrase(en: "Amount", sv: "Belopp")

        /// A movement of money on a receipt.
        public static func kind(_ kind: PaymentKind) -> Phrase {
            switch kind {
            case .payment: return Phrase(en: "Payment", sv: "Betalning")
            case .refund: return Phrase(en: "Refund", sv: "Återbetalning")
            case .waiver: return Phrase(en: "Waived", sv: "Efterskänkt")
            }
        }
        /// How it was paid, on a receipt.
        public static func method(_ method: PaymentMethod) -> Phrase {
            switch method {
            case .invoice: return Phrase(en: "Invoice", sv: "Faktura")
            case .card: return Phrase(en: "Card", sv: "Kort")
            case .cash: return Phrase(en: "Cash", sv: "Kontant")
            case .swish: return Phrase(verbatim: "Swish")
            case .other: return Phrase(en: "Other", sv: "Annat")
            }
        }

        // The door list
        /// What is due on the door list when nothing is.
        public static let paid = Phrase(en: "paid", sv: "betald")
        public static func doorListMade(at time: String, registered: Int, checkedIn: Int) -> Phrase {
            Phrase(en: "Door list, made \(time): \(registered) registered, \(checkedIn) checked in",
                   sv: "Dörrlista, utskriven \(time): \(registered) anmälda, \(checkedIn) incheckade")
        }
        public static func doorListWaiting(count: Int) -> Phrase {
            Phrase(en: "Waiting list (\(count)): not admitted unless the organiser says so",
                   sv: "Väntelista (\(count)): släpps inte in utan arrangörens besked")
        }
        /// The columns of the text door list, in capitals.
        public static let columnCode = Phrase(en: "CODE", sv: "KOD")
        public static let columnName = Phrase(en: "NAME", sv: "NAMN")
        public static let columnOrganisation = Phrase(en: "ORGANISATION", sv: "ORGANISATION")
        public static let columnCategory = Phrase(en: "CATEGORY", sv: "KATEGORI")
        public static let columnDue = Phrase(en: "DUE", sv: "ATT BETALA")
        /// The door list as a web page.
        public static func doorListTitle(event: String) -> Phrase { Phrase(en: "Door list · \(event)", sv: "Dörrlista · \(event)") }
        public static func doorListMadeLower(at time: String, registered: Int, checkedIn: Int) -> Phrase {
            Phrase(en: "door list made \(time): \(registered) registered, \(checkedIn) checked in",
                   sv: "dörrlista utskriven \(time): \(registered) anmälda, \(checkedIn) incheckade")
        }
        public static func waitingListCount(_ count: Int) -> Phrase { Phrase(en: "Waiting list (\(count))", sv: "Väntelista (\(count))") }
        public static let notAdmitted = Phrase(en: "Not admitted unless the organiser says so.", sv: "Släpps inte in utan arrangörens besked.")
        public static let arrived = Phrase(en: "Arrived", sv: "Ankom")
        public static let category = Phrase(en: "Category", sv: "Kategori")
        public static let due = Phrase(en: "Due", sv: "Att betala")

        // Badges
        public static func badgesTitle(event: String) -> Phrase { Phrase(en: "Badges: \(event)", sv: "Namnbrickor: \(event)") }

        // The programme
        public static let time = Phrase(en: "Time", sv: "Tid")
        public static let programme = Phrase(en: "Programme", sv: "Program")
        /// The room of a schedule export when the event names none.
        public static let mainRoom = Phrase(en: "Main room", sv: "Stora salen")
        /// A calendar entry's speakers: "With Anna Berg, Bo Ek".
        public static func with(speakers: String) -> Phrase { Phrase(en: "With \(speakers)", sv: "Med \(speakers)") }
        /// A programme item's kind, as a calendar's category.
        public static func kind(_ kind: ProgrammeItemKind) -> Phrase {
            switch kind {
            case .session: return Phrase(en: "Session", sv: "Programpunkt")
            case .break: return Phrase(en: "Break", sv: "Paus")
            case .registration: return Phrase(en: "Registration", sv: "Registrering")
            case .meal: return Phrase(en: "Meal", sv: "Måltid")
            case .panel: return Phrase(en: "Panel", sv: "Panel")
            }
        }
    }
}
