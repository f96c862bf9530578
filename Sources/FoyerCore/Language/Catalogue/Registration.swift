extension Catalogue {
    /// Registrations: statuses, payments, why a change was refused.
    public enum Registration {
        public static let registered = Phrase(en: "registered", sv: "anmäld")
        public static let waitlisted = Phrase(en: "waitlisted", sv: "väntelista")
        public static let cancelled = Phrase(en: "cancelled", sv: "avbokad")

        public static let payment = Phrase(en: "payment", sv: "betalning")
        public static let refund = Phrase(en: "refund", sv: "återbetalning")
        public static let waiver = Phrase(en: "waiver", sv: "efterskänkt")

        public static let invoice = Phrase(en: "Invoice", sv: "Faktura")
        public static let card = Phrase(en: "Card", sv: "Kort")
        public static let cash = Phrase(en: "Cash", sv: "Kontant")
        public static let otherMethod = Phrase(en: "Other", sv: "Annat")

        /// The mark wherever a category name would be, for someone imported whose category fits none.
        public static let categoryToChoose = Phrase(en: "category to choose", sv: "avgiftskategori att välja")

        /// "desk B" after "at"; "another desk" when the desk has no name.
        public static func desk(_ desk: String) -> Phrase { Phrase(en: "desk \(desk)", sv: "disk \(desk)") }
        public static let anotherDesk = Phrase(en: "another desk", sv: "en annan disk")

        public static func unknownCode(_ code: String) -> Phrase {
            Phrase(en: "no registrant has the code \(code)", sv: "ingen deltagare har koden \(code)")
        }
        public static func duplicateCode(_ code: String) -> Phrase {
            Phrase(en: "the code \(code) is already taken", sv: "koden \(code) är redan tagen")
        }
        public static func alreadyCheckedIn(name: String, code: String, at desk: Phrase) -> Phrase {
            Phrase(en: "\(name) (\(code)) was already checked in at \(desk.en)", sv: "\(name) (\(code)) var redan incheckad vid \(desk.sv)")
        }
        public static func notCheckedIn(_ code: String) -> Phrase {
            Phrase(en: "\(code) is not checked in", sv: "\(code) är inte incheckad")
        }
        public static func cancelled(name: String, code: String) -> Phrase {
            Phrase(en: "\(name) (\(code)) is cancelled", sv: "\(name) (\(code)) är avbokad")
        }
        public static func waitlisted(name: String, code: String) -> Phrase {
            Phrase(en: "\(name) (\(code)) is on the waiting list", sv: "\(name) (\(code)) står på väntelistan")
        }
        public static let amountMustBePositive = Phrase(en: "an amount must be more than zero", sv: "beloppet måste vara mer än noll")
        public static let undoNeedsReason = Phrase(en: "say why the check-in is undone (a reason is required)",
                                                   sv: "skriv varför incheckningen ångras (ett skäl krävs)")
    }

    /// The kinds of things an event has: programme items, formats.
    public enum Labels {
        public static let session = Phrase(en: "Session", sv: "Pass")
        public static let breakItem = Phrase(en: "Break", sv: "Paus")
        public static let registration = Phrase(en: "Registration", sv: "Registrering")
        public static let meal = Phrase(en: "Meal", sv: "Måltid")
        public static let panel = Phrase(en: "Panel", sv: "Panel")

        public static let inPerson = Phrase(en: "in person", sv: "på plats")
        public static let online = Phrase(en: "online", sv: "online")
        public static let hybrid = Phrase(en: "hybrid (in person and online)", sv: "hybrid (på plats och online)")
    }
}
