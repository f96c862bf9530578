extension Catalogue {
    /// The event information page (`i` in the agenda).
    public enum EventInfo {
        public static let when = Phrase(en: "When", sv: "När")
        public static let timeZoneNotSet = Phrase(en: " (time zone not set)", sv: " (tidszon saknas)")
        public static let description = Phrase(en: "Description", sv: "Beskrivning")
        public static let learningObjectives = Phrase(en: "Learning objectives", sv: "Lärandemål")
        public static let speaker = Phrase(en: "Speaker", sv: "Talare")
        public static let speakers = Phrase(en: "Speakers", sv: "Talare")
        public static let venue = Phrase(en: "Venue", sv: "Lokal")
        public static let registration = Phrase(en: "Registration", sv: "Anmälan")
        public static let fees = Phrase(en: "Fees", sv: "Avgifter")
        public static let contacts = Phrase(en: "Contacts", sv: "Kontakter")
        public static let practicalInformation = Phrase(en: "Practical information", sv: "Praktisk information")
        public static let organiser = Phrase(en: "Organiser", sv: "Arrangör")

        /// What is missing, under its heading: "description not set" / "beskrivning saknas".
        public static func notSet(_ what: Phrase) -> Phrase { Phrase(en: "\(what.en) not set", sv: "\(what.sv) saknas") }
        public static let descriptionThing = Phrase(en: "description", sv: "beskrivning")
        public static let speakersThing = Phrase(en: "speakers", sv: "talare")
        public static let venueThing = Phrase(en: "venue", sv: "lokal")
        public static let feesThing = Phrase(en: "fees", sv: "avgifter")
        public static let contactsThing = Phrase(en: "contacts", sv: "kontakter")
        public static let practicalThing = Phrase(en: "practical information", sv: "praktisk information")
        public static let nameNotSet = Phrase(en: "name not set", sv: "namn saknas")
        public static let missing = Phrase(en: "not set", sv: "saknas")
        public static func room(_ room: Phrase) -> Phrase { Phrase(en: "Room: \(room.en)", sv: "Sal: \(room.sv)") }
        public static func address(_ address: Phrase) -> Phrase { Phrase(en: "Address: \(address.en)", sv: "Adress: \(address.sv)") }
        public static func deadline(_ date: Phrase) -> Phrase { Phrase(en: " (deadline \(date.en))", sv: " (\(date.sv))") }
        public static func registerAt(_ link: Phrase) -> Phrase { Phrase(en: "Register at: \(link.en)", sv: "Anmälan via: \(link.sv)") }
        public static func capacity(_ capacity: Phrase) -> Phrase { Phrase(en: "Capacity: \(capacity.en)", sv: "Antal platser: \(capacity.sv)") }
        public static func inclVAT(rate: String, vat: String) -> Phrase { Phrase(en: "incl. VAT \(rate) (\(vat))", sv: "inkl. moms \(rate) (\(vat))") }
        public static let retired = Phrase(en: "retired", sv: "utgått")
        public static func includes(_ what: String) -> Phrase { Phrase(en: "Includes \(what)", sv: "Ingår: \(what)") }
        public static func includedInEvery(_ what: String) -> Phrase {
            Phrase(en: "Included in every category: \(what)", sv: "Ingår i alla kategorier: \(what)")
        }
    }

    /// The event's lists over the agenda: contacts, speakers, learning objectives.
    public enum EventLists {
        public static let contacts = Phrase(en: "Contacts", sv: "Kontakter")
        public static let speakers = Phrase(en: "Speakers", sv: "Talare")
        public static let objectives = Phrase(en: "Learning objectives", sv: "Lärandemål")
        public static let contact = Phrase(en: "contact", sv: "kontakt")
        public static let speaker = Phrase(en: "speaker", sv: "talare")
        public static let objective = Phrase(en: "objective", sv: "mål")
        public static let newContact = Phrase(en: "New contact", sv: "Ny kontakt")
        public static let newSpeaker = Phrase(en: "New speaker", sv: "Ny talare")
        public static let newObjective = Phrase(en: "New objective", sv: "Nytt mål")
        public static func edit(_ what: Phrase, number: Int) -> Phrase { Phrase(en: "Edit \(what.en) \(number)", sv: "Redigera \(what.sv) \(number)") }
        public static func listTitle(_ list: Phrase, event: String) -> Phrase { Phrase(en: " \(list.en) of \(event) ", sv: " \(list.sv) för \(event) ") }
        public static let noneYet = Phrase(en: "None yet.", sv: "Inga än.")
        public static func biography(languages: String) -> Phrase { Phrase(en: "biography: \(languages)", sv: "biografi: \(languages)") }
        public static func delete(_ what: Phrase, number: Int, line: String) -> Phrase {
            Phrase(en: "Delete \(what.en) \(number), “\(line)”?", sv: "Ta bort \(what.sv) \(number), ”\(line)”?")
        }
        public static func movedUp(_ what: Phrase, number: Int) -> Phrase { Phrase(en: "moved \(what.en) \(number) up", sv: "flyttade \(what.sv) \(number) uppåt") }
        public static func movedDown(_ what: Phrase, number: Int) -> Phrase { Phrase(en: "moved \(what.en) \(number) down", sv: "flyttade \(what.sv) \(number) nedåt") }
        public static func moveIn(_ list: Phrase) -> Phrase { Phrase(en: "move in the \(list.en)", sv: "flytt i \(list.sv)") }
        public static func added(_ what: Phrase) -> Phrase { Phrase(en: "added a \(what.en)", sv: "lade till \(what.sv)") }
        public static func edited(_ what: Phrase, number: Int) -> Phrase { Phrase(en: "edited \(what.en) \(number)", sv: "ändrade \(what.sv) \(number)") }
        /// For the confirmation's answer (Dialogs): "deleted speaker 2", and its undo's name.
        public static func deleted(_ what: Phrase, number: Int) -> Phrase { Phrase(en: "deleted \(what.en) \(number)", sv: "tog bort \(what.sv) \(number)") }
        public static func deletion(_ what: Phrase, number: Int) -> Phrase { Phrase(en: "deletion of \(what.en) \(number)", sv: "borttagning av \(what.sv) \(number)") }

        // The forms.
        public static let name = Phrase(en: "Name", sv: "Namn")
        public static let required = Phrase(en: "required", sv: "krävs")
        public static let role = Phrase(en: "Role", sv: "Roll")
        public static let roleNote = Phrase(en: "registration, programme, organiser …", sv: "anmälan, program, arrangör …")
        public static let phone = Phrase(en: "Phone", sv: "Telefon")
        public static let email = Phrase(en: "Email", sv: "E-post")
        public static let emailNote = Phrase(en: "name@example.se", sv: "namn@exempel.se")
        public static let degrees = Phrase(en: "Degrees", sv: "Titel")
        public static let degreesNote = Phrase(en: "Ph.D., leg. psykolog", sv: "fil.dr, leg. psykolog")
        public static let affiliation = Phrase(en: "Affiliation", sv: "Organisation")
        public static let biographyLabel = Phrase(en: "Biography", sv: "Biografi (en)")
        public static let inEnglish = Phrase(en: "in English", sv: "på engelska")
        public static let biografiLabel = Phrase(en: "Biografi", sv: "Biografi (sv)")
        public static let inSwedish = Phrase(en: "på svenska", sv: "på svenska")
        public static let objectiveLabel = Phrase(en: "Objective", sv: "Mål")
        public static let objectiveNote = Phrase(en: "what attendees will be able to do", sv: "vad deltagarna ska kunna efteråt")
        public static let contactNeedsName = Phrase(en: "a contact needs a name", sv: "en kontakt behöver ett namn")
        public static func notAnEmail(_ email: String) -> Phrase {
            Phrase(en: "“\(email)” does not look like an email address (name@example.se)", sv: "”\(email)” ser inte ut som en e-postadress (namn@exempel.se)")
        }
        public static let speakerNeedsName = Phrase(en: "a speaker needs a name", sv: "en talare behöver ett namn")
        public static func writeObjective(cancelKey: String) -> Phrase {
            Phrase(en: "write the objective, or \(cancelKey)", sv: "skriv målet, eller \(cancelKey)")
        }
    }
}
