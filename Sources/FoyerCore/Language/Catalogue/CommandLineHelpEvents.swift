extension Catalogue.CommandLineHelp {
    // MARK: foyer new

    public static let new = Phrase(
        en: "Create an event: its folder (0700) and event.json (0600). --copy-from takes another event's programme, speakers, fees, venue and texts, with every date moved.",
        sv: "Skapa ett evenemang: dess mapp (0700) och event.json (0600). --copy-from tar ett annat evenemangs program, talare, avgifter, lokal och texter, med alla datum flyttade.")
    public static let newID = Phrase(
        en: "The new event's id: lower case letters, digits and hyphens (e.g. varkurs-2027).", sv: "Det nya evenemangets id: gemener, siffror och bindestreck (t.ex. varkurs-2027).")
    public static let title = Phrase(en: "The title.", sv: "Titeln.")
    public static let firstDay = Phrase(en: "The first day, YYYY-MM-DD.", sv: "Första dagen, ÅÅÅÅ-MM-DD.")
    public static let lastDay = Phrase(en: "The last day, for events of more than one day.", sv: "Sista dagen, för evenemang som pågår mer än en dag.")
    public static let timeZone = Phrase(
        en: "An IANA time zone name (default: the copied event's, else this machine's).", sv: "Ett IANA-tidszonsnamn (standard: det kopierade evenemangets, annars den här datorns).")
    public static let venue = Phrase(en: "The venue's name.", sv: "Lokalens namn.")
    public static let address = Phrase(en: "The street address.", sv: "Gatuadressen.")
    public static let capacity = Phrase(en: "How many places.", sv: "Hur många platser.")
    public static let deadline = Phrase(en: "The last day to register, YYYY-MM-DD.", sv: "Sista anmälningsdag, ÅÅÅÅ-MM-DD.")
    public static let currency = Phrase(en: "ISO 4217 code, e.g. SEK.", sv: "ISO 4217-kod, t.ex. SEK.")
    public static let codePrefix = Phrase(
        en: "Registrant codes are this prefix and a number (default: from the title, or the copy's prefix with the year).",
        sv: "Deltagarkoderna är det här prefixet och ett nummer (standard: från titeln, eller kopians prefix med året).")
    public static let copyFrom = Phrase(
        en: "Copy this event (its id): programme, speakers, fees, venue and texts; not its registrations.",
        sv: "Kopiera det här evenemanget (dess id): program, talare, avgifter, lokal och texter; inte anmälningarna.")
    public static let keepWeekdays = Phrase(
        en: "With --copy-from: move the first day to the copied event's weekday (the first such day on or after --date).",
        sv: "Med --copy-from: flytta första dagen till det kopierade evenemangets veckodag (den första sådana dagen på eller efter --date).")

    // MARK: foyer event

    public static let eventCommand = Phrase(
        en: "Show or change the event's details: title, dates, venue, texts, contacts, speakers, objectives.",
        sv: "Visa eller ändra evenemangets uppgifter: titel, datum, lokal, texter, kontakter, talare, lärandemål.")
    public static let eventShow = Phrase(en: "Print every detail of the event, by the names `foyer event set` takes.", sv: "Skriv ut alla evenemangets uppgifter, med de namn som `foyer event set` tar.")
    public static func eventSet(fields: String) -> Phrase {
        Phrase(en: "Set one detail: \(fields). An empty value clears an optional one.", sv: "Ändra en uppgift: \(fields). Ett tomt värde tömmer en valfri uppgift.")
    }
    public static let fieldName = Phrase(en: "The field's name, as `foyer event show` prints it.", sv: "Fältets namn, som `foyer event show` skriver det.")
    public static let newValue = Phrase(en: "The new value.", sv: "Det nya värdet.")
    public static let valueFromFile = Phrase(en: "Read the value from this file (long texts).", sv: "Läs värdet från den här filen (långa texter).")
    public static let moveProgramme = Phrase(
        en: "With a new date: move the programme (and the last day and deadline) along.", sv: "Med ett nytt datum: flytta programmet (och sista dagen och sista anmälningsdag) med.")
    public static let keepProgramme = Phrase(en: "With a new date: leave the programme's items where they are.", sv: "Med ett nytt datum: låt programpunkterna stå kvar där de är.")
    public static let forceDetail = Phrase(en: "Overwrite a field another desk changed since this command read it.", sv: "Skriv över ett fält som en annan disk har ändrat sedan kommandot läste det.")
    public static let eventAdd = Phrase(en: "Add a contact, a speaker or a learning objective.", sv: "Lägg till en kontakt, en talare eller ett lärandemål.")
    public static let listKind = Phrase(en: "contact, speaker or objective.", sv: "contact, speaker eller objective (kontakt, talare, mål).")
    public static let objectiveText = Phrase(en: "An objective's text.", sv: "Ett lärandemåls text.")
    public static let personName = Phrase(en: "A contact's or speaker's name.", sv: "En kontakts eller talares namn.")
    public static let contactRole = Phrase(en: "A contact's role (registration, programme …).", sv: "En kontakts roll (anmälan, program …).")
    public static let degrees = Phrase(en: "A speaker's degrees: Ph.D., leg. psykolog.", sv: "En talares examina: fil. dr, leg. psykolog.")
    public static let biography = Phrase(en: "A speaker's biography in English.", sv: "En talares biografi på engelska.")
    public static let biographySv = Phrase(en: "A speaker's biography in Swedish.", sv: "En talares biografi på svenska.")
    public static let eventRemove = Phrase(
        en: "Remove a contact, a speaker or an objective by its number in `foyer event show`.", sv: "Ta bort en kontakt, en talare eller ett mål med dess nummer i `foyer event show`.")
    public static let number = Phrase(en: "Its number (1 is the first).", sv: "Dess nummer (1 är den första).")

    // MARK: foyer fees

    public static let fees = Phrase(en: "Add, change or retire fee categories (prices include VAT).", sv: "Lägg till, ändra eller avveckla avgiftskategorier (priserna är inklusive moms).")
    public static let nameEn = Phrase(en: "The name in English.", sv: "Namnet på engelska.")
    public static let nameSv = Phrase(en: "The name in Swedish.", sv: "Namnet på svenska.")
    public static let price = Phrase(en: "The price including VAT: 2000, 2 000, 1 234,50.", sv: "Priset inklusive moms: 2000, 2 000, 1 234,50.")
    public static let vat = Phrase(en: "The VAT rate in percent (default 25).", sv: "Momssatsen i procent (standard 25).")
    public static let eligibility = Phrase(en: "Who may register at this price (English).", sv: "Vem som får anmäla sig till det här priset (engelska).")
    public static let includes = Phrase(en: "What the price includes: lunch and coffee.", sv: "Vad priset inkluderar: lunch och kaffe.")
    public static let feesAdd = Phrase(en: "Add a fee category.", sv: "Lägg till en avgiftskategori.")
    public static let categoryNewID = Phrase(en: "Its id: lower case, e.g. student.", sv: "Dess id: gemener, t.ex. student.")
    public static let proof = Phrase(
        en: "The desk sees a card (student, pensioner) before admitting at this price.", sv: "Disken ser ett kort (student, pensionär) innan någon släpps in till det här priset.")
    public static let feesSet = Phrase(en: "Change a fee category: its names, price, VAT or notes.", sv: "Ändra en avgiftskategori: namn, pris, moms eller anteckningar.")
    public static let categoryID = Phrase(en: "The category's id.", sv: "Kategorins id.")
    public static let moveUnpaid = Phrase(
        en: "With a new price: move those still unpaid at the old price to it.", sv: "Med ett nytt pris: flytta dem som ännu inte har betalat det gamla priset till det nya.")
    public static let keepUnpaid = Phrase(
        en: "With a new price: those unpaid keep the price they registered at.", sv: "Med ett nytt pris: de obetalda behåller priset de anmälde sig till.")
    public static let feesRetire = Phrase(
        en: "Retire a category: kept for those who have it, no longer offered. --restore offers it again.",
        sv: "Avveckla en kategori: den finns kvar för dem som har den men erbjuds inte längre. --restore erbjuder den igen.")
    public static let offerAgain = Phrase(en: "Offer it again.", sv: "Erbjud den igen.")

    // MARK: foyer programme

    public static let programme = Phrase(
        en: "Print the event's programme with times and topics, or edit or delete an item.", sv: "Skriv ut evenemangets program med tider och ämnen, eller redigera eller ta bort en programpunkt.")
    public static let programmeShow = Phrase(en: "Print the event's programme with times and topics.", sv: "Skriv ut evenemangets program med tider och ämnen.")
    public static let programmeDelete = Phrase(en: "Delete a programme item.", sv: "Ta bort en programpunkt.")
    public static let programmeDeleteDiscussion = Phrase(
        en: "The item is deleted from event.json as it is on disk, under the lock. When another desk changed it since the command read it, nothing is deleted: the exit status is 4 and the fields and the desk are named (--force deletes anyway). An item deleted already is reported (exit 0).",
        sv: "Punkten tas bort ur event.json som den är på disken, under låset. Om en annan disk har ändrat den sedan kommandot läste den tas inget bort: slutstatus är 4 och fälten och disken anges (--force tar bort ändå). En punkt som redan är borttagen rapporteras (slutstatus 0).")
    public static let itemID = Phrase(en: "The item's id (an unknown id lists them).", sv: "Punktens id (ett okänt id listar dem).")
    public static let forceDelete = Phrase(en: "Delete even when another desk changed the item meanwhile.", sv: "Ta bort även om en annan disk har ändrat punkten under tiden.")
    public static let programmeEdit = Phrase(en: "Change a programme item's title, room, description or times.", sv: "Ändra en programpunkts titel, sal, beskrivning eller tider.")
    public static func programmeEditDiscussion(fields: String) -> Phrase {
        Phrase(en: "The change is made to event.json as it is on disk, under the lock. Each field given is judged against the value it was based on: --expect FIELD=VALUE (as typed: --expect room= for none, --expect start=09:00), else the value read when the command started. A field another desk changed since, or an item another desk deleted, is not saved: the exit status is 4 and the field and the desk are named (--force overwrites a field; a deleted item stays deleted). Fields: \(fields).",
               sv: "Ändringen görs i event.json som den är på disken, under låset. Varje angivet fält jämförs med värdet det byggde på: --expect FIELD=VALUE (som det skrivs: --expect room= för inget, --expect start=09:00), annars värdet som lästes när kommandot startade. Ett fält som en annan disk har ändrat sedan dess, eller en punkt som en annan disk har tagit bort, sparas inte: slutstatus är 4 och fältet och disken anges (--force skriver över ett fält; en borttagen punkt förblir borttagen). Fält: \(fields).")
    }
    public static let room = Phrase(en: "The room, when not the event's (empty: the event's).", sv: "Salen, om inte evenemangets (tomt: evenemangets).")
    public static let start = Phrase(en: "Starts at, on the item's day.", sv: "Börjar, på punktens dag.")
    public static let end = Phrase(en: "Ends at (empty: when the next item starts).", sv: "Slutar (tomt: när nästa punkt börjar).")
    /// The value of --start and --end in the usage line.
    public static let timeValue = Phrase(en: "HH:MM", sv: "TT:MM")

    // MARK: foyer import and export

    public static let importCommand = Phrase(en: "Bring in a programme from flyer text, or registrations from CSV.", sv: "Hämta in ett program från flygbladstext, eller anmälningar från CSV.")
    public static let importProgramme = Phrase(
        en: "Read a programme from plain text (\"9.00-10.00 Title\", topics led by - • *); shows a preview, replaces only with --yes.",
        sv: "Läs ett program från vanlig text (\"9.00-10.00 Titel\", ämnen inledda med - • *); visar en förhandsgranskning, ersätter bara med --yes.")
    public static let textFile = Phrase(en: "The text file.", sv: "Textfilen.")
    public static let replaceProgramme = Phrase(en: "Replace the event's programme with what was read.", sv: "Ersätt evenemangets program med det som lästes.")
    public static let importRegistrations = Phrase(
        en: "Read registrations from CSV (Foyer's own, pretix, Indico, any sheet); a dry run first, written only with --yes.",
        sv: "Läs anmälningar från CSV (Foyers egen, pretix, Indico, vilket kalkylark som helst); först en provkörning, sparas bara med --yes.")
    public static let csvFile = Phrase(en: "The CSV file (comma or semicolon, UTF-8 with or without BOM).", sv: "CSV-filen (komma eller semikolon, UTF-8 med eller utan BOM).")
    public static let categoryMapping = Phrase(
        en: "Map a category name in the file to a category id: --category \"Early bird=standard\".", sv: "Koppla ett kategorinamn i filen till ett kategori-id: --category \"Early bird=standard\".")
    public static let writeDryRun = Phrase(en: "Write what the dry run shows.", sv: "Spara det som provkörningen visar.")
    public static let export = Phrase(
        en: "Write the programme (iCalendar, schedule JSON, Markdown, HTML), the registrants (CSV, JSON) and name badges (HTML).",
        sv: "Skriv ut programmet (iCalendar, schema-JSON, Markdown, HTML), deltagarna (CSV, JSON) och namnbrickor (HTML).")
    public static let exportProgramme = Phrase(en: "The programme as .ics, schedule JSON, Markdown or HTML.", sv: "Programmet som .ics, schema-JSON, Markdown eller HTML.")
    public static let programmeFormat = Phrase(en: "ics, json, markdown or html.", sv: "ics, json, markdown eller html.")
    public static let exportRegistrants = Phrase(en: "Every registrant, every field, as CSV (spreadsheet-safe) or JSON.", sv: "Alla deltagare, alla fält, som CSV (säker för kalkylark) eller JSON.")
    public static let bom = Phrase(en: "Start the CSV with a byte-order mark (for Excel).", sv: "Börja CSV-filen med en BOM (för Excel).")
    public static let raw = Phrase(
        en: "Do not neutralise cells that a spreadsheet would run as formulas (= + - @).", sv: "Oskadliggör inte celler som ett kalkylark skulle köra som formler (= + - @).")
    public static let badges = Phrase(en: "Name badges as a printable HTML page.", sv: "Namnbrickor som en utskrivbar HTML-sida.")
}
