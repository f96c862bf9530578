extension Catalogue {
    /// Why a value does not fit one of the event's own fields (`EventDetailField.set`): the form's errors
    /// and `foyer event set`'s refusals.
    public enum DetailValues {
        public static func notADate(_ text: String) -> Phrase {
            Phrase(en: "“\(text)” is not a date; write it as YYYY-MM-DD, e.g. 2027-04-15",
                   sv: "”\(text)” är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2027-04-15")
        }
        public static let titleRequired = Phrase(en: "a title is required", sv: "en titel behövs")
        public static let firstDayRequired = Phrase(en: "the first day is required", sv: "första dagen behövs")
        public static func notAZone(_ text: String) -> Phrase {
            Phrase(en: "“\(text)” is not a time zone name such as Europe/Stockholm", sv: "”\(text)” är inget tidszonsnamn som Europe/Stockholm")
        }
        public static func notAFormat(_ text: String, formats: String) -> Phrase {
            Phrase(en: "“\(text)” is not a format: \(formats)", sv: "”\(text)” är inget format: \(formats)")
        }
        public static func notALanguage(_ text: String) -> Phrase {
            Phrase(en: "“\(text)” is not a language Foyer writes: sv (Swedish) or en (English)",
                   sv: "”\(text)” är inget språk som Foyer skriver: sv (svenska) eller en (engelska)")
        }
        public static func notACapacity(_ text: String) -> Phrase {
            Phrase(en: "“\(text)” is not a number of places (more than 0, or empty for no limit)",
                   sv: "”\(text)” är inget antal platser (fler än 0, eller tomt för ingen gräns)")
        }
        public static func notACurrency(_ text: String) -> Phrase {
            Phrase(en: "“\(text)” is not an ISO 4217 currency code such as SEK or EUR", sv: "”\(text)” är ingen ISO 4217-valutakod som SEK eller EUR")
        }
    }

    /// The receipt log's refusals and reasons.
    public enum ReceiptLog {
        public static func chooseCategoryFirst(code: String, name: String, mark: Phrase) -> Phrase {
            Phrase(en: "\(code) \(name) has a \(mark.en): choose it first (e in the registrants pane), then issue the receipt",
                   sv: "\(code) \(name) har en \(mark.sv): välj den först (e i anmälningsvyn), utfärda sedan kvittot")
        }
        public static func notAHeader(_ why: Phrase) -> Phrase {
            Phrase(en: "the first line is not a receipts header: \(why.en)", sv: "första raden är inget kvittohuvud: \(why.sv)")
        }
        public static func notAPositiveNumber(_ number: Int) -> Phrase {
            Phrase(en: "receipt number \(number) is not a positive number", sv: "kvittonummer \(number) är inget positivt tal")
        }
        public static let seekToEnd = Phrase(en: "seek to its end", sv: "gå till dess slut")
    }
}
