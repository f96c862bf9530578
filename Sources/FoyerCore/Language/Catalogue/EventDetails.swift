extension Catalogue {
    /// The event's details: the details form, a new or copied event, moving the programme with the first
    /// day, and the event information page.
    public enum EventDetails {
        public static func formTitle(id: String) -> Phrase { Phrase(en: "Event details: \(id)", sv: "Uppgifter om evenemanget: \(id)") }
        public static let title = Phrase(en: "Title", sv: "Titel")
        public static let required = Phrase(en: "required", sv: "krävs")
        public static let subtitle = Phrase(en: "Subtitle", sv: "Undertitel")
        public static let organiser = Phrase(en: "Organiser", sv: "Arrangör")
        public static let firstDay = Phrase(en: "First day", sv: "Första dag")
        public static let dateNote = Phrase(en: "YYYY-MM-DD", sv: "ÅÅÅÅ-MM-DD")
        public static let lastDay = Phrase(en: "Last day", sv: "Sista dag")
        public static let lastDayNote = Phrase(en: "YYYY-MM-DD; empty for a one-day event", sv: "ÅÅÅÅ-MM-DD; tomt om evenemanget är en dag")
        public static let timeZone = Phrase(en: "Time zone", sv: "Tidszon")
        public static let timeZoneNote = Phrase(en: "an IANA name: Europe/Stockholm", sv: "ett IANA-namn: Europe/Stockholm")
        public static let language = Phrase(en: "Language", sv: "Språk")
        public static let languageNote = Phrase(en: "what attendees read: badges, receipts, lists", sv: "det deltagarna läser: namnbrickor, kvitton, listor")
        public static let format = Phrase(en: "Format", sv: "Format")
        public static func toChoose(key: String) -> Phrase { Phrase(en: "\(key) to choose", sv: "\(key) för att välja") }
        public static let onlineLink = Phrase(en: "Online link", sv: "Onlinelänk")
        public static let onlineLinkNote = Phrase(en: "how online attendees join", sv: "hur deltagare på distans ansluter")
        public static let venue = Phrase(en: "Venue", sv: "Lokal")
        public static let room = Phrase(en: "Room", sv: "Sal")
        public static let address = Phrase(en: "Address", sv: "Adress")
        public static let addressNote = Phrase(en: "street and number", sv: "gata och nummer")
        public static let city = Phrase(en: "City", sv: "Ort")
        public static let deadline = Phrase(en: "Deadline", sv: "Anmäl senast")
        public static let deadlineNote = Phrase(en: "last day to register, YYYY-MM-DD", sv: "sista anmälningsdag, ÅÅÅÅ-MM-DD")
        public static let registerAt = Phrase(en: "Register at", sv: "Anmälan via")
        public static let registerAtNote = Phrase(en: "the registration page", sv: "anmälningssidan")
        public static let capacity = Phrase(en: "Capacity", sv: "Antal platser")
        public static let capacityNote = Phrase(en: "places; empty for no limit", sv: "platser; tomt om inget tak")
        public static let currency = Phrase(en: "Currency", sv: "Valuta")
        public static let currencyNote = Phrase(en: "ISO 4217: SEK, EUR", sv: "ISO 4217: SEK, EUR")
        public static let codePrefix = Phrase(en: "Code prefix", sv: "Kodprefix")
        public static let codePrefixNote = Phrase(en: "registrants' codes: SAF-0042; only while nobody is registered",
                                                  sv: "deltagarnas koder: SAF-0042; bara medan ingen är anmäld")
        public static let description = Phrase(en: "Description", sv: "Beskrivning")
        public static func descriptionNote(newlineKey: String, nextKey: String) -> Phrase {
            Phrase(en: "English; \(newlineKey) starts a new line, \(nextKey) goes on", sv: "på engelska; \(newlineKey) ger ny rad, \(nextKey) går vidare")
        }
        public static let descriptionSv = Phrase(en: "Beskrivning", sv: "Beskrivning")
        public static let swedishNote = Phrase(en: "Swedish", sv: "på svenska")
        public static let practical = Phrase(en: "Practical", sv: "Praktiskt")
        public static let practicalNote = Phrase(en: "what to bring, how to get there (English)", sv: "vad man tar med, hur man hittar dit (på engelska)")
        public static let practicalSv = Phrase(en: "Praktiskt", sv: "Praktiskt")
        public static let or = Phrase(en: " or ", sv: " eller ")
        public static func didYouMean(_ zones: Phrase) -> Phrase { Phrase(en: "; did you mean \(zones.en)?", sv: "; menade du \(zones.sv)?") }
        public static func zoneMatches(_ zones: String) -> Phrase { Phrase(en: "matches: \(zones)", sv: "träffar: \(zones)") }
        public static func inAll(_ count: Int) -> Phrase { Phrase(en: " (\(count) in all)", sv: " (\(count) totalt)") }

        // Saving.
        public static func details(fields: String) -> Phrase {
            Phrase(en: "the event's details (\(fields))", sv: "evenemangets uppgifter (\(fields))")
        }
        public static let andMovedProgramme = Phrase(en: " and moved the programme", sv: " och flyttade programmet")
        public static func warning(_ text: String) -> Phrase { Phrase(en: "warning: \(text)", sv: "varning: \(text)") }
        public static func editOf(_ what: Phrase) -> Phrase { Phrase(en: "edit of \(what.en)", sv: "ändring av \(what.sv)") }
        public static func dateMoves(from: Phrase, to: Phrase, items: Int) -> Phrase {
            Phrase(en: "The first day moves from \(from.en) to \(to.en). Move the programme's \(items) items (and the deadline) along?",
                   sv: "Första dagen flyttas från \(from.sv) till \(to.sv). Ska programmets \(items) punkter (och sista anmälningsdag) flyttas med?")
        }

        // A new event, or a copy.
        public static let newEventRow = Phrase(en: "+ New event…", sv: "+ Nytt evenemang…")
        public static let copyEventRow = Phrase(en: "+ Copy this event (next year's: programme, speakers, fees, venue, texts)…",
                                                sv: "+ Kopiera det här evenemanget (till nästa år: program, talare, avgifter, lokal, texter)…")
        public static let newEvent = Phrase(en: "New event", sv: "Nytt evenemang")
        public static func copy(title: String) -> Phrase { Phrase(en: "Copy “\(title)”", sv: "Kopiera ”\(title)”") }
        public static let id = Phrase(en: "Id", sv: "Id")
        public static let idNote = Phrase(en: "lower case, digits, hyphens; empty: made from the title", sv: "gemener, siffror, bindestreck; tomt: görs av titeln")
        public static let weekdays = Phrase(en: "Weekdays", sv: "Veckodagar")
        /// "keep Thursdays" / "behåll torsdagar": every Swedish weekday's plural adds -ar.
        public static func keepWeekday(_ day: Phrase) -> Phrase { Phrase(en: "keep \(day.en)s", sv: "behåll \(day.sv)ar") }
        public static let dayAsTyped = Phrase(en: "the day as typed", sv: "dagen som den skrivs")
        public static let weekdaysNote = Phrase(en: "keep: the first such weekday on or after the day typed",
                                                sv: "behåll: första sådana veckodag på eller efter den dag som skrivs")
        public static func prefixNote(_ prefix: String) -> Phrase {
            Phrase(en: "empty: \(prefix) with the new year, so codes are not last year's", sv: "tomt: \(prefix) med det nya året, så att koderna inte blir förra årets")
        }
        public static let titleRequired = Phrase(en: "a title is required", sv: "titel måste anges")
        public static let firstDayFormat = Phrase(en: "write the first day as YYYY-MM-DD, e.g. 2027-04-15", sv: "skriv första dagen som ÅÅÅÅ-MM-DD, t.ex. 2027-04-15")
    }
}
