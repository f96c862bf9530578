extension Catalogue {
    /// What a change did, as the registrants' journal and the event's history say it.
    public enum History {
        public static func registered(name: String, code: String) -> Phrase {
            Phrase(en: "registered \(name) (\(code))", sv: "anmälde \(name) (\(code))")
        }
        public static func changed(_ fields: String) -> Phrase { Phrase(en: "changed \(fields)", sv: "ändrade \(fields)") }
        public static let changedNothing = Phrase(en: "changed nothing", sv: "ändrade ingenting")
        public static let restored = Phrase(en: "restored the registration", sv: "återställde anmälan")
        public static let movedToWaitingList = Phrase(en: "moved to the waiting list", sv: "flyttad till väntelistan")
        public static let cancelled = Phrase(en: "cancelled the registration", sv: "avbokade anmälan")
        /// "payment of 2 000 kr (Swish)", "återbetalning på 500 kr (Kort)"
        public static func payment(kind: Phrase, amount: String, method: Phrase) -> Phrase {
            Phrase(en: "\(kind.en) of \(amount) (\(method.en))", sv: "\(kind.sv) på \(amount) (\(method.sv))")
        }
        public static func checkedIn(desk: String) -> Phrase { Phrase(en: "checked in at desk \(desk)", sv: "incheckad vid disk \(desk)") }
        public static let checkInUndone = Phrase(en: "check-in undone", sv: "incheckning ångrad")
        public static func deleted(code: String) -> Phrase { Phrase(en: "deleted \(code) for good", sv: "tog bort \(code) för alltid") }

        // The event's history: the programme, the fees, the details.
        public static func added(_ title: String) -> Phrase { Phrase(en: "added “\(title)”", sv: "lade till ”\(title)”") }
        public static func edited(_ what: Phrase, fields: String) -> Phrase {
            Phrase(en: "edited \(what.en): \(fields)", sv: "redigerade \(what.sv): \(fields)")
        }
        public static func deleted(_ what: Phrase) -> Phrase { Phrase(en: "deleted \(what.en)", sv: "tog bort \(what.sv)") }
        public static func replacedProgramme(items: Int) -> Phrase {
            Phrase(en: "replaced the programme (\(items) items)", sv: "ersatte programmet (\(items) punkter)")
        }
        public static func addedCategory(_ name: Phrase) -> Phrase {
            Phrase(en: "added the category “\(name.en)”", sv: "lade till kategorin ”\(name.sv)”")
        }
        public static func changedCategory(_ what: Phrase, fields: String) -> Phrase {
            Phrase(en: "changed the category \(what.en): \(fields)", sv: "ändrade kategorin \(what.sv): \(fields)")
        }
        public static func removedCategory(_ what: Phrase) -> Phrase {
            Phrase(en: "removed the category \(what.en)", sv: "tog bort kategorin \(what.sv)")
        }
        public static func changedDetails(_ fields: String) -> Phrase {
            Phrase(en: "changed the event's \(fields)", sv: "ändrade evenemangets \(fields)")
        }
    }
}
