extension Catalogue {
    /// The agenda pane: the timeline, its header, an item's detail, finding text, the programme item form.
    public enum Agenda {
        // The timeline.
        public static let noProgramme = Phrase(en: "No programme yet.", sv: "Inget program än.")
        public static func pressToAddFirst(key: String) -> Phrase {
            Phrase(en: "Press \(key) to add the first item.", sv: "Tryck \(key) för att lägga till den första programpunkten.")
        }
        public static let now = Phrase(en: "now", sv: "nu")
        /// "next in 12 min": what comes next, on the timeline's right.
        public static func nextIn(_ duration: Phrase) -> Phrase { Phrase(en: "next in \(duration.en)", sv: "nästa om \(duration.sv)") }
        public static func minutes(_ minutes: Int) -> Phrase { Phrase(en: "\(minutes) min", sv: "\(minutes) min") }
        public static func hours(_ hours: Int) -> Phrase { Phrase(en: "\(hours) h", sv: "\(hours) tim") }
        public static func hoursAndMinutes(_ hours: Int, _ minutes: Int) -> Phrase {
            Phrase(en: "\(hours) h \(minutes) min", sv: "\(hours) tim \(minutes) min")
        }

        // The header.
        public static let venueNotSet = Phrase(en: "venue not set", sv: "lokal saknas")
        public static func placesTaken(_ taken: Int, of capacity: Int) -> Phrase {
            Phrase(en: "\(taken) of \(capacity) places taken", sv: "\(taken) av \(capacity) platser tagna")
        }
        public static func capacity(_ capacity: Int) -> Phrase { Phrase(en: "capacity \(capacity)", sv: "\(capacity) platser") }
        public static let deadlineNotSet = Phrase(en: "registration deadline not set", sv: "sista anmälningsdag saknas")
        public static func registrationClosed(_ date: Phrase) -> Phrase {
            Phrase(en: "registration closed \(date.en)", sv: "anmälan stängde \(date.sv)")
        }
        public static let closesToday = Phrase(en: "registration closes today", sv: "sista anmälningsdag i dag")
        public static let closesTomorrow = Phrase(en: "registration closes tomorrow", sv: "sista anmälningsdag i morgon")
        public static func closesIn(days: Int, date: Phrase) -> Phrase {
            Phrase(en: "registration closes in \(days) days (\(date.en))", sv: "sista anmälningsdag om \(days) dagar (\(date.sv))")
        }

        // The pane's messages.
        public static let showingAllTopics = Phrase(en: "Showing every item's topics", sv: "Visar alla programpunkters ämnen")
        public static let showingSelectedTopics = Phrase(en: "Showing the selected item's topics", sv: "Visar den valda programpunktens ämnen")
        public static func nothingOnNow(eventDate: Phrase) -> Phrase {
            Phrase(en: "Nothing is on now: the event is on \(eventDate.en)", sv: "Inget pågår nu: evenemanget är \(eventDate.sv)")
        }
        public static func pressToFind(key: String) -> Phrase {
            Phrase(en: "Press \(key) to find text in the programme", sv: "Tryck \(key) för att söka i programmet")
        }
        public static func emptyProgramme(addKey: String) -> Phrase {
            Phrase(en: "The programme is empty: press \(addKey) to add an item", sv: "Programmet är tomt: tryck \(addKey) för att lägga till en programpunkt")
        }
        public static func deleteItem(title: String, time: String) -> Phrase {
            Phrase(en: "Delete “\(title)” (\(time))?", sv: "Ta bort ”\(title)” (\(time))?")
        }
        public static func alreadyFirst(title: String) -> Phrase { Phrase(en: "“\(title)” is already first", sv: "”\(title)” är redan först") }
        public static func alreadyLast(title: String) -> Phrase { Phrase(en: "“\(title)” is already last", sv: "”\(title)” är redan sist") }
        public static func movedEarlier(title: String) -> Phrase { Phrase(en: "moved “\(title)” earlier", sv: "flyttade ”\(title)” tidigare") }
        public static func movedLater(title: String) -> Phrase { Phrase(en: "moved “\(title)” later", sv: "flyttade ”\(title)” senare") }
        /// "Saved: moved “Lunch” later": a change the store has taken, as the status line says it.
        public static func saved(_ what: Phrase) -> Phrase { Phrase(en: "Saved: \(what.en)", sv: "Sparat: \(what.sv)") }
        public static let nothingChanged = Phrase(en: "Nothing changed", sv: "Inget ändrades")
        public static func found(query: String, time: String, title: String, nextKey: String, previousKey: String) -> Phrase {
            Phrase(en: "Found “\(query)” in \(time) \(title)  (\(nextKey): next, \(previousKey): previous)",
                   sv: "Hittade ”\(query)” i \(time) \(title)  (\(nextKey): nästa, \(previousKey): föregående)")
        }
        public static func notFound(query: String) -> Phrase { Phrase(en: "No “\(query)” in the programme", sv: "”\(query)” finns inte i programmet") }

        // An item's detail.
        public static let roomNotSet = Phrase(en: "room not set", sv: "sal saknas")
        public static let topics = Phrase(en: "Topics", sv: "Ämnen")
        public static let speaker = Phrase(en: "Speaker", sv: "Talare")
        public static let speakers = Phrase(en: "Speakers", sv: "Talare")
        public static let historyOfChanges = Phrase(en: "History of changes", sv: "Ändringshistorik")
        public static func atDesk(_ desk: String) -> Phrase { Phrase(en: "desk \(desk)", sv: "disk \(desk)") }
        /// "desk A (anna)": the Unix account in brackets when the history has it.
        public static func atDesk(_ desk: String, user: String?) -> Phrase {
            guard let user, !user.isEmpty else { return atDesk(desk) }
            return Phrase(en: "desk \(desk) (\(user))", sv: "disk \(desk) (\(user))")
        }
        public static let biographyNotSet = Phrase(en: "biography not set", sv: "biografi saknas")
        /// Before a biography given only in the other language.
        public static func biographyIn(_ language: Language) -> Phrase {
            switch language {
            case .en: return Phrase(en: "(biography in English)", sv: "(biografi på engelska)")
            case .sv: return Phrase(en: "(biography in Swedish)", sv: "(biografi på svenska)")
            }
        }
        /// A biography in a language Foyer does not speak: its code.
        public static func biographyIn(code: String) -> Phrase { Phrase(en: "(biography in \(code))", sv: "(biografi på \(code))") }
    }

    /// The programme item form.
    public enum AgendaItemForm {
        public static let newTitle = Phrase(en: "New programme item", sv: "Ny programpunkt")
        public static let editTitle = Phrase(en: "Edit programme item", sv: "Redigera programpunkt")
        public static let starts = Phrase(en: "Starts", sv: "Börjar")
        public static let ends = Phrase(en: "Ends", sv: "Slutar")
        public static let kind = Phrase(en: "Kind", sv: "Typ")
        public static let title = Phrase(en: "Title", sv: "Titel")
        public static let topics = Phrase(en: "Topics", sv: "Ämnen")
        public static let description = Phrase(en: "Description", sv: "Beskrivning")
        public static let room = Phrase(en: "Room", sv: "Sal")
        public static let speakers = Phrase(en: "Speakers", sv: "Talare")
        public static let timeNote = Phrase(en: "HH:MM", sv: "TT:MM")
        public static let endNote = Phrase(en: "HH:MM, or empty: when the next item starts", sv: "TT:MM, eller tomt: när nästa punkt börjar")
        public static func toChange(key: String) -> Phrase { Phrase(en: "\(key) to change", sv: "\(key) för att byta") }
        public static func toChoose(key: String) -> Phrase { Phrase(en: "\(key) to choose", sv: "\(key) för att välja") }
        public static let topicsNote = Phrase(en: "separate topics with ;", sv: "skilj ämnen åt med ;")
        public static let theEventsRoom = Phrase(en: "the event's room", sv: "evenemangets sal")
        public static func onlyIfNot(room: Phrase) -> Phrase { Phrase(en: "only if not \(room.en)", sv: "bara om inte \(room.sv)") }
        public static let nobody = Phrase(en: "nobody", sv: "ingen")
        public static func all(names: String) -> Phrase { Phrase(en: "all: \(names)", sv: "alla: \(names)") }
        public static func asItIs(names: String) -> Phrase { Phrase(en: "as it is: \(names)", sv: "som nu: \(names)") }
        public static let startFormat = Phrase(en: "write the start as HH:MM, e.g. 09:00", sv: "skriv starttiden som TT:MM, t.ex. 09:00")
        public static let endFormat = Phrase(en: "write the end as HH:MM, or leave it empty", sv: "skriv sluttiden som TT:MM, eller lämna tomt")
        public static let endAfterStart = Phrase(en: "the end must be after the start", sv: "sluttiden måste vara efter starttiden")
        public static let titleRequired = Phrase(en: "a title is required", sv: "titel måste anges")
    }
}
