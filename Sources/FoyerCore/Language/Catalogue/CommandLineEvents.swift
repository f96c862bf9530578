extension Catalogue.CommandLine {
    // MARK: Events: list, archive, delete, anonymise

    public static let eventsHeaders = [Phrase(en: "ID", sv: "ID"), Phrase(en: "DATE", sv: "DATUM"), Phrase(en: "TITLE", sv: "TITEL"), Phrase(en: "VENUE", sv: "LOKAL")]
    public static let venueNotSet = Phrase(en: "(venue not set)", sv: "(lokal inte angiven)")
    public static let archived = Phrase(en: "archived", sv: "arkiverat")
    public static func noSuchDirectory(_ path: String, howToCreate: String) -> Phrase {
        Phrase(en: "\(path): no such directory; \(howToCreate)", sv: "\(path): katalogen finns inte; \(howToCreate)")
    }
    public static func noEventsIn(_ path: String, howToCreate: String) -> Phrase {
        Phrase(en: "no events in \(path) yet; \(howToCreate)", sv: "inga evenemang i \(path) än; \(howToCreate)")
    }
    public static func allArchived(_ path: String) -> Phrase {
        Phrase(en: "every event in \(path) is archived (foyer events --all lists them)", sv: "alla evenemang i \(path) är arkiverade (foyer events --all listar dem)")
    }
    public static func noEvent(_ id: String, events: String) -> Phrase {
        Phrase(en: "no event \(id) here; events: \(events)", sv: "inget evenemang \(id) här; evenemang: \(events)")
    }
    public static func notArchived(_ id: String) -> Phrase { Phrase(en: "\(id) is not archived", sv: "\(id) är inte arkiverat") }
    public static func archivedAlready(_ id: String) -> Phrase { Phrase(en: "\(id) is archived already", sv: "\(id) är redan arkiverat") }
    public static func restored(_ id: String, title: String) -> Phrase { Phrase(en: "restored \(id): \(title)", sv: "tog tillbaka \(id): \(title)") }
    public static func archivedEvent(_ id: String, title: String) -> Phrase {
        Phrase(en: "archived \(id): \(title) (kept whole; foyer archive --restore \(id) brings it back)",
               sv: "arkiverade \(id): \(title) (sparat helt; foyer archive --restore \(id) tar tillbaka det)")
    }
    public static func deleteExplanation(title: String, id: String, date: Phrase, registrants: Int) -> Phrase {
        Phrase(en: "This deletes “\(title)” (\(id), \(date.en)) for good: \(registrants) registrants, their payments and check-ins, the receipts and the history. It cannot be undone; `foyer archive \(id)` keeps it instead.",
               sv: "Detta tar bort “\(title)” (\(id), \(date.sv)) för gott: \(registrants) deltagare, deras betalningar och incheckningar, kvittona och historiken. Det kan inte ångras; `foyer archive \(id)` sparar det i stället.")
    }
    public static func couldNotDelete(_ path: String, reason: String) -> Phrase {
        Phrase(en: "\(path) could not be deleted: \(reason)", sv: "\(path) gick inte att ta bort: \(reason)")
    }
    public static func deletedEvent(_ id: String, title: String) -> Phrase { Phrase(en: "deleted \(id): \(title)", sv: "tog bort \(id): \(title)") }
    public static func notOverYet(_ id: String, lastDay: Phrase, today: Phrase) -> Phrase {
        Phrase(en: "\(id) is not over yet (its last day is \(lastDay.en), today is \(today.en)): personal data is anonymised only after the event; nothing changed",
               sv: "\(id) är inte över än (sista dagen är \(lastDay.sv), i dag är \(today.sv)): personuppgifter anonymiseras först efter evenemanget; inget ändrades")
    }
    public static func anonymiseExplanation(title: String, id: String, date: Phrase, people: Phrase) -> Phrase {
        Phrase(en: "This anonymises every registrant of “\(title)” (\(id), \(date.en)): \(people.en).\nNames, email, phone, organisation, role, dietary needs, invoice details, notes, payment references\nand the reasons of undone check-ins are removed; codes, categories, statuses, prices, payments and\ncheck-ins are kept. The journal's history, the receipts and the search index cache are deleted.\nThis cannot be undone.",
               sv: "Detta anonymiserar alla deltagare i “\(title)” (\(id), \(date.sv)): \(people.sv).\nNamn, e-post, telefon, organisation, roll, kostönskemål, fakturauppgifter, anteckningar,\nbetalningsreferenser och orsakerna till ångrade incheckningar tas bort; koder, kategorier,\nstatus, priser, betalningar och incheckningar finns kvar. Journalens historik, kvittona och\nsökindexets cache tas bort. Detta kan inte ångras.")
    }
    public static func anonymised(_ id: String, people: Phrase) -> Phrase {
        Phrase(en: "anonymised \(id): \(people.en), the journal emptied", sv: "anonymiserade \(id): \(people.sv), journalen tömd")
    }
    public static func deletedFiles(_ files: String) -> Phrase { Phrase(en: "; deleted \(files)", sv: "; tog bort \(files)") }
    public static func anonymisedButNotDeleted(_ path: String, reason: String) -> Phrase {
        Phrase(en: "the registrations are anonymised, but \(path) could not be deleted: \(reason); delete it by hand",
               sv: "anmälningarna är anonymiserade, men \(path) gick inte att ta bort: \(reason); ta bort den för hand")
    }

    // MARK: foyer new

    public static func badDate(_ date: String) -> Phrase {
        Phrase(en: "--date \"\(date)\" is not a date; write it as YYYY-MM-DD, e.g. 2027-04-15", sv: "--date \"\(date)\" är inget datum; skriv det som ÅÅÅÅ-MM-DD, t.ex. 2027-04-15")
    }
    public static func noSuchCopy(_ id: String) -> Phrase {
        Phrase(en: "--copy-from \(id): no such event here (see `foyer events --all`)", sv: "--copy-from \(id): det evenemanget finns inte här (se `foyer events --all`)")
    }
    public static func movedTo(_ date: Phrase, sameWeekdayAs title: String) -> Phrase {
        Phrase(en: "moved to \(date.en), the same weekday as \(title)", sv: "flyttat till \(date.sv), samma veckodag som \(title)")
    }
    public static func codesStart(_ prefix: String, not old: String) -> Phrase {
        Phrase(en: "codes start \(prefix)-0001 (not \(old)-: --code-prefix chooses another)", sv: "koderna börjar \(prefix)-0001 (inte \(old)-: --code-prefix väljer ett annat)")
    }
    public static let titleRequired = Phrase(en: "--title is required for a new event", sv: "--title krävs för ett nytt evenemang")
    public static func zoneOfThisMachine(_ zone: String) -> Phrase {
        Phrase(en: "time zone \(zone), this machine's (--time-zone chooses another)", sv: "tidszon \(zone), den här datorns (--time-zone väljer en annan)")
    }
    public static func optionProblem(_ name: String, _ message: String) -> Phrase {
        Phrase(en: "--\(name): \(message); nothing was written", sv: "--\(name): \(message); inget skrevs")
    }
    public static func created(_ id: String, title: String, date: Phrase, folder: String) -> Phrase {
        Phrase(en: "created \(id): \(title), \(date.en), in \(folder)", sv: "skapade \(id): \(title), \(date.sv), i \(folder)")
    }
    public static func nextSteps(_ id: String) -> Phrase {
        Phrase(en: "next: foyer event set FIELD VALUE --event \(id), foyer fees add, foyer import programme FILE",
               sv: "sedan: foyer event set FÄLT VÄRDE --event \(id), foyer fees add, foyer import programme FIL")
    }
    public static func deskOnlyNeedsEvent(_ path: String, howToCreate: String) -> Phrase {
        Phrase(en: "no event in \(path) yet; a desk-only station opens an event someone has created (\(howToCreate))",
               sv: "inget evenemang i \(path) än; en ren incheckningsdisk öppnar ett evenemang som någon har skapat (\(howToCreate))")
    }

    // MARK: foyer event show|set|add|remove

    public static let archivedMark = Phrase(en: " (archived)", sv: " (arkiverat)")
    /// A contact, a speaker or an objective, as `foyer event show` numbers them.
    public static func listKind(_ kind: String) -> Phrase {
        switch kind {
        case "contact": return Phrase(en: "contact", sv: "kontakt")
        case "speaker": return Phrase(en: "speaker", sv: "talare")
        default: return Phrase(en: "objective", sv: "mål")
        }
    }
    public static func biographyIn(_ languages: String) -> Phrase { Phrase(en: " (biography: \(languages))", sv: " (biografi: \(languages))") }
    public static func badTextFormat(_ format: String) -> Phrase {
        Phrase(en: "--format \(format): choose text or json", sv: "--format \(format): välj text eller json")
    }
    public static func noDetail(_ field: String, details: String) -> Phrase {
        Phrase(en: "no detail \"\(field)\"; the details are: \(details) (lists: foyer event add|remove)", sv: "ingen uppgift \"\(field)\"; uppgifterna är: \(details) (listor: foyer event add|remove)")
    }
    public static let giveValue = Phrase(en: "give the new value, or --file FILE", sv: "ange det nya värdet, eller --file FILE")
    public static func programmeOnOldDate(items: Int, old: String, new: String) -> Phrase {
        Phrase(en: "the programme's \(items) items are on \(old); say --move-programme (they move to \(new), with the last day and the deadline) or --keep-programme; nothing changed",
               sv: "programmets \(items) punkter ligger på \(old); säg --move-programme (de flyttas till \(new), med sista dagen och sista anmälningsdag) eller --keep-programme; inget ändrades")
    }
    public static func unchanged(_ name: String) -> Phrase { Phrase(en: "\(name): unchanged", sv: "\(name): oförändrat") }
    public static func programmeMoved(days: Int) -> Phrase { Phrase(en: " (programme moved \(days) days)", sv: " (programmet flyttat \(days) dagar)") }
    public static let contactNeedsName = Phrase(en: "a contact needs --name", sv: "en kontakt behöver --name")
    public static let speakerNeedsName = Phrase(en: "a speaker needs --name", sv: "en talare behöver --name")
    public static let objectiveNeedsText = Phrase(en: "give the objective's text", sv: "ange lärandemålets text")
    public static func addedContact(_ number: Int, name: String) -> Phrase {
        Phrase(en: "added contact \(number): \(name)", sv: "lade till kontakt \(number): \(name)")
    }
    public static func addedSpeaker(_ number: Int, name: String, id: String) -> Phrase {
        Phrase(en: "added speaker \(number): \(name) (id \(id))", sv: "lade till talare \(number): \(name) (id \(id))")
    }
    public static func addedObjective(_ number: Int, text: String) -> Phrase {
        Phrase(en: "added objective \(number): \(text)", sv: "lade till mål \(number): \(text)")
    }
    public static func addWhat(_ kind: String) -> Phrase {
        Phrase(en: "\"\(kind)\": add a contact, a speaker or an objective", sv: "\"\(kind)\": lägg till en kontakt (contact), en talare (speaker) eller ett mål (objective)")
    }
    public static func removeWhat(_ kind: String) -> Phrase {
        Phrase(en: "\"\(kind)\": remove a contact, a speaker or an objective", sv: "\"\(kind)\": ta bort en kontakt (contact), en talare (speaker) eller ett mål (objective)")
    }
    public static func noSuchEntry(_ kind: Phrase, number: Int, count: Int) -> Phrase {
        Phrase(en: "there is no \(kind.en) \(number) (the event has \(count))", sv: "\(kind.sv) \(number) finns inte (evenemanget har \(count))")
    }
    public static func speakerInUse(_ name: String, title: String) -> Phrase {
        Phrase(en: "\(name) speaks in “\(title)”; take them off the programme first; nothing changed", sv: "\(name) talar i “\(title)”; ta först bort hen från programmet; inget ändrades")
    }
    public static func removedEntry(_ kind: Phrase, number: Int) -> Phrase {
        Phrase(en: "removed \(kind.en) \(number)", sv: "tog bort \(kind.sv) \(number)")
    }

    // MARK: foyer fees

    public static func badPrice(_ price: String) -> Phrase {
        Phrase(en: "--price \"\(price)\" is not an amount, e.g. 2000 or 1 234,50", sv: "--price \"\(price)\" är inget belopp, t.ex. 2000 eller 1 234,50")
    }
    public static func badVAT(_ vat: String) -> Phrase {
        Phrase(en: "--vat \"\(vat)\" is not a percentage from 0 to 100, e.g. 25 or 12,5", sv: "--vat \"\(vat)\" är ingen procentsats från 0 till 100, t.ex. 25 eller 12,5")
    }
    public static let categoryNeedsName = Phrase(en: "a category needs --name", sv: "en kategori behöver --name")
    public static let categoryNeedsPrice = Phrase(en: "a category needs --price", sv: "en kategori behöver --price")
    public static func notACategoryID(_ id: String) -> Phrase {
        Phrase(en: "“\(id)” is not a category id: lower case letters, digits and hyphens", sv: "“\(id)” är inget kategori-id: gemener, siffror och bindestreck")
    }
    public static func categoryExists(_ id: String) -> Phrase {
        Phrase(en: "the category \(id) exists already; foyer fees set \(id) changes it", sv: "kategorin \(id) finns redan; foyer fees set \(id) ändrar den")
    }
    public static func categoryAdded(_ id: String, name: String, price: String, vat: String) -> Phrase {
        Phrase(en: "added \(id): \(name), \(price) (VAT \(vat))", sv: "lade till \(id): \(name), \(price) (moms \(vat))")
    }
    public static func noCategory(_ id: String) -> Phrase { Phrase(en: "no category \(id)", sv: "ingen kategori \(id)") }
    public static func noCategory(_ id: String, categories: String) -> Phrase {
        Phrase(en: "no category \(id); the categories: \(categories)", sv: "ingen kategori \(id); kategorierna: \(categories)")
    }
    public static func unpaidAtOldPrice(_ count: Int, old: String, new: String) -> Phrase {
        Phrase(en: "\(count) registered at \(old) have paid nothing yet: say --move-unpaid (they pay \(new)) or --keep-unpaid; nothing changed",
               sv: "\(count) anmälda till \(old) har inte betalat något än: säg --move-unpaid (de betalar \(new)) eller --keep-unpaid; inget ändrades")
    }
    public static func movedUnpaid(_ count: Int) -> Phrase { Phrase(en: "; moved \(count) unpaid", sv: "; flyttade \(count) obetalda") }
    public static func unpaidKeep(_ count: Int, price: String) -> Phrase {
        Phrase(en: "; \(count) unpaid keep \(price)", sv: "; \(count) obetalda behåller \(price)")
    }
    public static func skippedElsewhere(_ count: Int) -> Phrase {
        Phrase(en: "; \(count) changed at another desk kept theirs", sv: "; \(count) som ändrats vid en annan disk behöll sitt")
    }
    public static func changedFields(_ id: String, fields: String) -> Phrase { Phrase(en: "\(id): changed \(fields)", sv: "\(id): ändrade \(fields)") }
    public static func offeredAgain(_ id: String) -> Phrase { Phrase(en: "\(id) is offered again", sv: "\(id) erbjuds igen") }
    public static func retired(_ id: String) -> Phrase {
        Phrase(en: "\(id) retired (kept for those who have it)", sv: "\(id) avvecklad (finns kvar för dem som har den)")
    }

    // MARK: Edits and the programme

    public static func nothingToChange(_ code: String) -> Phrase { Phrase(en: "\(code)  nothing to change", sv: "\(code)  inget att ändra") }
    public static func saved(_ code: String, fields: String) -> Phrase { Phrase(en: "\(code)  saved: \(fields)", sv: "\(code)  sparat: \(fields)") }
    public static let sayWhatToChange = Phrase(
        en: "say what to change: --first, --last, --email, --phone, --organisation, --role, --category, --dietary, --invoice-address, --invoice-reference or --notes",
        sv: "säg vad som ska ändras: --first, --last, --email, --phone, --organisation, --role, --category, --dietary, --invoice-address, --invoice-reference eller --notes")
    public static let sayWhatToChangeItem = Phrase(
        en: "say what to change: --title, --room, --description, --start or --end", sv: "säg vad som ska ändras: --title, --room, --description, --start eller --end")
    public static func endAfterStart(end: String, start: String) -> Phrase {
        Phrase(en: "the end (\(end)) must be after the start (\(start))", sv: "sluttiden (\(end)) måste vara efter starttiden (\(start))")
    }
    public static let itemNeedsTitle = Phrase(en: "a programme item needs a title", sv: "en programpunkt behöver en titel")
    public static func startNotATime(_ text: String) -> Phrase {
        Phrase(en: "the start \"\(text)\" is not a time; write it as HH:MM, e.g. 09:30", sv: "starttiden \"\(text)\" är ingen tid; skriv den som TT:MM, t.ex. 09:30")
    }
    public static func endNotATime(_ text: String) -> Phrase {
        Phrase(en: "the end \"\(text)\" is not a time; write it as HH:MM, e.g. 09:30", sv: "sluttiden \"\(text)\" är ingen tid; skriv den som TT:MM, t.ex. 09:30")
    }
    public static func programmeItemSubject(_ title: String) -> Phrase { Phrase(en: "the programme item \(title)", sv: "programpunkten \(title)") }
    public static func noProgrammeItem(_ id: String, items: Phrase) -> Phrase {
        Phrase(en: "no programme item \"\(id)\"; the items: \(items.en)", sv: "ingen programpunkt \"\(id)\"; punkterna: \(items.sv)")
    }
    public static let programmeEmpty = Phrase(en: "(the programme is empty)", sv: "(programmet är tomt)")
    public static let noProgramme = Phrase(en: "(no programme set)", sv: "(inget program angivet)")
    public static func with(_ speakers: String) -> Phrase { Phrase(en: "with \(speakers)", sv: "med \(speakers)") }
    public static func deletedAlreadyBy(_ id: String, author: String) -> Phrase {
        Phrase(en: "\(id)  deleted already at \(author)", sv: "\(id)  redan borttagen av \(author)")
    }
    public static let deletedAlreadyElsewhere = Phrase(en: "deleted already at another desk", sv: "redan borttagen vid en annan disk")
    public static func deletedItem(_ title: String) -> Phrase { Phrase(en: "deleted “\(title)”", sv: "tog bort “\(title)”") }
}
