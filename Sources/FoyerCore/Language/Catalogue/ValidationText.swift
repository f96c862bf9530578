extension Catalogue {
    /// What is wrong with a registrant's fields, an event's details, a programme or the fee categories.
    public enum Validation {
        public static func unappliedLines(file: String, count: Int) -> Phrase {
            Phrase(en: "\(file): \(count) changes do not apply (each is named above); compaction refuses until someone has looked at them",
                   sv: "\(file): \(count) ändringar går inte att genomföra (var och en nämns ovan); komprimering vägras tills någon har tittat på dem")
        }
        public static let firstNameRequired = Phrase(en: "a first name is required", sv: "förnamn måste fyllas i")
        public static let lastNameRequired = Phrase(en: "a last name is required", sv: "efternamn måste fyllas i")
        public static func notAnEmail(_ email: String) -> Phrase {
            Phrase(en: "\"\(email)\" does not look like an email address (name@example.se)",
                   sv: "\"\(email)\" ser inte ut som en e-postadress (namn@example.se)")
        }
        /// The same, as the event details' contacts say it (with typographic quotes).
        public static func notAnEmailQuoted(_ email: String) -> Phrase {
            Phrase(en: "“\(email)” does not look like an email address (name@example.se)", sv: "”\(email)” ser inte ut som en e-postadress (namn@example.se)")
        }
        public static func categoryToChoose(price: String) -> Phrase {
            Phrase(en: "category to choose, at \(price) as imported: choose it with e in the registrants pane",
                   sv: "avgiftskategori att välja, \(price) enligt importen: välj den med e i deltagarlistan")
        }
        public static let chooseCategory = Phrase(en: "choose a fee category", sv: "välj en avgiftskategori")
        public static func notACategory(_ id: String) -> Phrase {
            Phrase(en: "\"\(id)\" is not a fee category of this event", sv: "\"\(id)\" är ingen avgiftskategori för det här evenemanget")
        }
        public static let negativePrice = Phrase(en: "a price cannot be negative", sv: "ett pris kan inte vara negativt")
        public static func tooLong(_ count: Int, limit: Int) -> Phrase {
            Phrase(en: "is too long (\(count) characters, at most \(limit))", sv: "är för lång (\(count) tecken, högst \(limit))")
        }
        /// A possible duplicate: "SAF-0012 Agnes Olsson has the same email".
        public static func hasTheSame(code: String, name: String, reason: Phrase) -> Phrase {
            Phrase(en: "\(code) \(name) has \(reason.en)", sv: "\(code) \(name) har \(reason.sv)")
        }
        public static let sameEmail = Phrase(en: "the same email", sv: "samma e-post")
        public static let samePhone = Phrase(en: "the same phone", sv: "samma telefon")
        public static let sameName = Phrase(en: "the same name", sv: "samma namn")

        // `foyer validate`: the whole event.
        public static func unknownSpeaker(item: String, speaker: String) -> Phrase {
            Phrase(en: "programme item \"\(item)\" names speaker \"\(speaker)\", who is not among the event's speakers",
                   sv: "programpunkten \"\(item)\" anger talaren \"\(speaker)\", som inte finns bland evenemangets talare")
        }
        public static func categoryIDTwice(_ id: String) -> Phrase {
            Phrase(en: "fee category id \"\(id)\" is used twice", sv: "avgiftskategorins id \"\(id)\" används två gånger")
        }
        public static func categoryWithoutID(_ name: String) -> Phrase {
            Phrase(en: "fee category \"\(name)\" has an empty id", sv: "avgiftskategorin \"\(name)\" har ett tomt id")
        }
        public static func categoryNegativePrice(_ id: String) -> Phrase {
            Phrase(en: "fee category \"\(id)\" has a negative price", sv: "avgiftskategorin \"\(id)\" har ett negativt pris")
        }
        public static func categoryVAT(_ id: String, basisPoints: Int) -> Phrase {
            Phrase(en: "fee category \"\(id)\" has a VAT rate of \(basisPoints) basis points",
                   sv: "avgiftskategorin \"\(id)\" har en momssats på \(basisPoints) baspunkter")
        }
        public static func registrantIssue(code: String, field: String, message: Phrase) -> Phrase {
            Phrase(en: "\(code): \(field): \(message.en)", sv: "\(code): \(field): \(message.sv)")
        }
        public static func sameEmail(_ code: String, _ other: String, email: String) -> Phrase {
            Phrase(en: "\(code) and \(other) have the same email \(email)", sv: "\(code) och \(other) har samma e-post \(email)")
        }

        // The programme.
        public static func endsBeforeStart(title: String, end: String, start: String) -> Phrase {
            Phrase(en: "\"\(title)\" ends (\(end)) before it starts (\(start))", sv: "\"\(title)\" slutar (\(end)) innan den börjar (\(start))")
        }
        public static func sameStart(_ title: String, _ other: String, at time: String) -> Phrase {
            Phrase(en: "\"\(title)\" and \"\(other)\" both start at \(time)", sv: "\"\(title)\" och \"\(other)\" börjar båda \(time)")
        }
        public static func overlaps(_ title: String, until end: String, _ other: String, from start: String) -> Phrase {
            Phrase(en: "\"\(title)\" (until \(end)) overlaps \"\(other)\" (from \(start))",
                   sv: "\"\(title)\" (till \(end)) krockar med \"\(other)\" (från \(start))")
        }

        // An event's details.
        public static func notAnEventID(_ id: String) -> Phrase {
            Phrase(en: "“\(id)” is not an event id: use lower case letters, digits and hyphens, e.g. varkurs-2027",
                   sv: "”\(id)” är inget evenemangs-id: använd små bokstäver, siffror och bindestreck, t.ex. varkurs-2027")
        }
        public static func idTaken(_ id: String) -> Phrase {
            Phrase(en: "an event with the id \(id) is here already", sv: "det finns redan ett evenemang med id \(id)")
        }
        public static let titleRequired = Phrase(en: "a title is required", sv: "en titel måste fyllas i")
        public static func lastDayBeforeFirst(last: String, first: String) -> Phrase {
            Phrase(en: "the last day (\(last)) is before the first (\(first))", sv: "sista dagen (\(last)) är före den första (\(first))")
        }
        public static func notAZone(_ zone: String) -> Phrase {
            Phrase(en: "“\(zone)” is not a time zone name such as Europe/Stockholm", sv: "”\(zone)” är inget tidszonsnamn som Europe/Stockholm")
        }
        public static func deadlineAfterEvent(deadline: String, last: String) -> Phrase {
            Phrase(en: "the registration deadline (\(deadline)) is after the event (\(last))",
                   sv: "sista anmälningsdag (\(deadline)) är efter evenemanget (\(last))")
        }
        public static let capacityPositive = Phrase(en: "a capacity is a number of places, more than 0", sv: "antal platser måste vara fler än 0")
        public static func overCapacity(registered: Int, capacity: Int) -> Phrase {
            Phrase(en: "\(registered) are registered already, more than \(capacity) places; nobody is moved to the waiting list",
                   sv: "\(registered) är redan anmälda, fler än \(capacity) platser; ingen flyttas till väntelistan")
        }
        public static func notACurrency(_ code: String) -> Phrase {
            Phrase(en: "“\(code)” is not an ISO 4217 currency code such as SEK or EUR", sv: "”\(code)” är ingen ISO 4217-valutakod som SEK eller EUR")
        }
        public static func notAPrefix(_ prefix: String) -> Phrase {
            Phrase(en: "“\(prefix)” is not a code prefix: 1 to 8 capital letters or digits, e.g. SAF",
                   sv: "”\(prefix)” är inget kodprefix: 1 till 8 versaler eller siffror, t.ex. SAF")
        }
        public static func prefixInUse(registered: Int, prefix: String) -> Phrase {
            Phrase(en: "\(registered) are registered with \(prefix)- codes already; the prefix can change only while nobody is registered",
                   sv: "\(registered) är redan anmälda med \(prefix)-koder; prefixet kan bara ändras så länge ingen är anmäld")
        }
        public static let onlineNeedsLink = Phrase(en: "an online event needs the link people join by", sv: "ett onlineevenemang behöver länken som deltagarna ansluter med")
        public static let hybridNeedsLink = Phrase(en: "an hybrid event needs the link people join by", sv: "ett hybridevenemang behöver länken som deltagarna ansluter med")
        public static let contactNeedsName = Phrase(en: "a contact needs a name", sv: "en kontaktperson behöver ett namn")
        public static let speakerNeedsName = Phrase(en: "a speaker needs a name", sv: "en talare behöver ett namn")
        public static func problem(field: String, message: Phrase) -> Phrase {
            Phrase(en: "\(field): \(message.en)", sv: "\(field): \(message.sv)")
        }
    }
}
