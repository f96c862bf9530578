extension Catalogue {
    /// The command line's own words: notes, warnings, errors and the lines `foyer` and its subcommands
    /// print for a person (not CSV or JSON, which are data). Help texts: `CommandLineHelp`; the event,
    /// fees and programme commands: `CommandLineEvents.swift`.
    public enum CommandLine {
        public static let langHelp = Phrase(
            en: "The language to speak: sv (Swedish) or en (English). Default: $FOYER_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG), else English.",
            sv: "Språket att tala: sv (svenska) eller en (engelska). Annars $FOYER_LANG, annars språkmiljön ($LC_ALL, $LC_MESSAGES, $LANG), annars engelska.")

        /// The argument parser's own words (help headings, usage, its errors), each replaced in what it
        /// prints when the interface is Swedish (the parser itself speaks only English).
        public static let parserWords = [
            Phrase(en: "OVERVIEW: ", sv: "ÖVERSIKT: "), Phrase(en: "USAGE: ", sv: "ANVÄNDNING: "),
            Phrase(en: "\nARGUMENTS:\n", sv: "\nARGUMENT:\n"), Phrase(en: "\nOPTIONS:\n", sv: "\nFLAGGOR:\n"),
            Phrase(en: "\nSUBCOMMANDS:\n", sv: "\nUNDERKOMMANDON:\n"), Phrase(en: "Show help information.", sv: "Visa hjälpen."),
            Phrase(en: "Show subcommand help information.", sv: "Visa hjälpen för ett underkommando."),
            Phrase(en: "(values:", sv: "(värden:"), Phrase(en: "default: ", sv: "standard: "),
            Phrase(en: "<options>", sv: "<flaggor>"), Phrase(en: "<subcommand>", sv: "<underkommando>"), Phrase(en: "Error: ", sv: "Fel: "), Phrase(en: "Usage: ", sv: "Användning: "),
            Phrase(en: "Help: ", sv: "Hjälp: "), Phrase(en: "  See '", sv: "  Se '"), Phrase(en: "' for more information.", sv: "' för mer information."),
            Phrase(en: "' for detailed help.", sv: "' för en utförligare hjälp."),
            Phrase(en: "Missing expected argument '", sv: "Argument saknas: '"), Phrase(en: "Missing value for '", sv: "Värde saknas för '"),
            Phrase(en: "Unexpected argument '", sv: "Oväntat argument: '"), Phrase(en: "Unknown option '", sv: "Okänd flagga: '"),
            Phrase(en: "The value '", sv: "Värdet '"), Phrase(en: "' is invalid for '", sv: "' går inte för '"),
            Phrase(en: "'. Please provide one of '", sv: "'. Ange ett av '"), Phrase(en: "' or '", sv: "' eller '"),
        ]

        // MARK: Errors, notes and warnings

        public static let errorPrefix = Phrase(en: "Error: ", sv: "Fel: ")
        public static let warningPrefix = Phrase(en: "foyer: warning: ", sv: "foyer: varning: ")
        public static let nothingChanged = Phrase(en: "nothing changed", sv: "inget ändrades")
        public static let nothingDeleted = Phrase(en: "nothing deleted", sv: "inget togs bort")
        public static func withNothingChanged(_ reason: String) -> Phrase {
            Phrase(en: "\(reason); nothing changed", sv: "\(reason); inget ändrades")
        }
        public static func withNothingWritten(_ reason: String) -> Phrase {
            Phrase(en: "\(reason); nothing was written", sv: "\(reason); inget skrevs")
        }
        public static func seeded(path: String, events: String) -> Phrase {
            Phrase(en: "set up \(path) with the sample events: \(events)", sv: "lade upp \(path) med exempelevenemangen: \(events)")
        }
        public static func eventChosen(_ id: String) -> Phrase {
            Phrase(en: "event \(id) (choose another with --event)", sv: "evenemang \(id) (välj ett annat med --event)")
        }
        public static func badNow(_ text: String) -> Phrase {
            Phrase(en: "--now \"\(text)\" is not a time; write it as \"2009-03-19 10:40\"", sv: "--now \"\(text)\" är ingen tid; skriv den som \"2009-03-19 10:40\"")
        }
        public static func wrote(_ path: String) -> Phrase { Phrase(en: "wrote \(path)", sv: "skrev \(path)") }
        public static func wrote(_ what: Phrase, to path: String) -> Phrase {
            Phrase(en: "wrote \(what.en) to \(path)", sv: "skrev \(what.sv) till \(path)")
        }

        // MARK: Refusals (exit 4 and 5) and --expect

        public static let notSaved = Phrase(en: "Not saved: ", sv: "Inte sparat: ")
        public static let forceHint = Phrase(en: " (run again with --force to overwrite)", sv: " (kör igen med --force för att skriva över)")
        public static let againHint = Phrase(en: " (run again: it is judged against what is on disk then)", sv: " (kör igen: då jämförs det med det som är sparat då)")
        public static let duplicateHint = Phrase(en: " (use --allow-duplicate to register anyway)", sv: " (använd --allow-duplicate för att anmäla ändå)")
        public static func expectNeedsValue(_ text: String) -> Phrase {
            Phrase(en: "--expect \"\(text)\" needs a field and a value: FIELD=VALUE (an empty value is FIELD=)",
                   sv: "--expect \"\(text)\" behöver ett fält och ett värde: FIELD=VALUE (ett tomt värde skrivs FIELD=)")
        }
        public static func expectNoField(_ field: String, fields: String) -> Phrase {
            Phrase(en: "--expect: no field \"\(field)\"; the fields are \(fields)", sv: "--expect: fältet \"\(field)\" finns inte; fälten är \(fields)")
        }
        public static func expectNotChanged(_ field: String) -> Phrase {
            Phrase(en: "--expect \(field): this edit does not change \(field); give its new value too",
                   sv: "--expect \(field): den här ändringen rör inte \(field); ange dess nya värde också")
        }
        public static func expectTwice(_ field: String) -> Phrase {
            Phrase(en: "--expect \(field) is given twice", sv: "--expect \(field) är angivet två gånger")
        }

        // MARK: Typed confirmation (anonymise, delete)

        public static let verbAnonymise = Phrase(en: "anonymise", sv: "anonymisera")
        public static let verbDelete = Phrase(en: "delete it", sv: "ta bort det")
        public static func confirmMismatch(_ confirm: String, id: String, nothing: Phrase) -> Phrase {
            Phrase(en: "--confirm \(confirm) is not this event's id (\(id)); \(nothing.en)", sv: "--confirm \(confirm) är inte evenemangets id (\(id)); \(nothing.sv)")
        }
        public static func typeTheId(_ id: String, verb: Phrase) -> Phrase {
            Phrase(en: "Type the event id (\(id)) to \(verb.en), anything else to stop: ", sv: "Skriv evenemangets id (\(id)) för att \(verb.sv), något annat för att avbryta: ")
        }
        public static func idNotTyped(_ nothing: Phrase) -> Phrase {
            Phrase(en: "the event id was not typed; \(nothing.en)", sv: "evenemangets id skrevs inte; \(nothing.sv)")
        }

        // MARK: Registrants and codes

        public static func registrants(_ count: Int) -> Phrase {
            count == 1 ? Phrase(en: "\(count) registrant", sv: "\(count) deltagare") : Phrase(en: "\(count) registrants", sv: "\(count) deltagare")
        }
        public static func noCode(_ code: String) -> Phrase {
            Phrase(en: "no registrant has the code \(code)", sv: "ingen deltagare har koden \(code)")
        }
        public static func status(_ status: RegistrationStatus) -> Phrase {
            switch status {
            case .registered: return Phrase(en: "registered", sv: "anmäld")
            case .waitlisted: return Phrase(en: "waitlisted", sv: "väntelista")
            case .cancelled: return Phrase(en: "cancelled", sv: "avbokad")
            }
        }
        public static let registrantsHeaders = [
            Phrase(en: "CODE", sv: "KOD"), Phrase(en: "NAME", sv: "NAMN"), Phrase(en: "ORGANISATION", sv: "ORGANISATION"),
            Phrase(en: "CATEGORY", sv: "KATEGORI"), Phrase(en: "PRICE", sv: "PRIS"), Phrase(en: "DUE", sv: "ATT BETALA"),
            Phrase(en: "STATUS", sv: "STATUS"), Phrase(en: "CHECKED IN", sv: "INCHECKAD"),
        ]
        public static let paid = Phrase(en: "paid", sv: "betald")
        public static func listed(_ count: Int, of total: Int) -> Phrase {
            Phrase(en: "\(count) of \(total) registrants", sv: "\(count) av \(total) deltagare")
        }

        // MARK: Register

        public static let onWaitingList = Phrase(en: "on the waiting list: the event is full", sv: "på väntelistan: evenemanget är fullt")
        public static let lateNote = Phrase(en: "late: after the deadline", sv: "sen: efter sista anmälningsdag")
        public static func noFeeCategory(_ text: String, choices: Phrase) -> Phrase {
            Phrase(en: "no fee category \"\(text)\"; choose one of: \(choices.en)", sv: "ingen avgiftskategori \"\(text)\"; välj en av: \(choices.sv)")
        }
        public static let noCategoriesOffered = Phrase(en: "(the event has none)", sv: "(evenemanget har inga)")

        // MARK: Check-in

        public static let undoTakesCode = Phrase(en: "--undo takes the code; give no other query", sv: "--undo tar koden; ange ingen annan sökning")
        public static let undoNeedsReason = Phrase(en: "--undo needs --reason TEXT: say why the check-in is undone", sv: "--undo kräver --reason TEXT: säg varför incheckningen ångras")
        public static let sayWhom = Phrase(en: "say whom to check in: a code or words of a name", sv: "säg vem som ska checkas in: en kod eller ord ur ett namn")
        public static let reasonGoesWithUndo = Phrase(en: "--reason goes with --undo", sv: "--reason hör ihop med --undo")
        public static func nobodyMatches(_ text: String) -> Phrase {
            Phrase(en: "nobody matches \"\(text)\"", sv: "ingen hittades för \"\(text)\"")
        }
        public static func severalMatch(_ count: Int, _ text: String) -> Phrase {
            Phrase(en: "\(count) people match \"\(text)\"; nothing changed. Use a code:", sv: "\(count) personer matchar \"\(text)\"; inget ändrades. Använd en kod:")
        }
        public static func andMore(_ count: Int) -> Phrase { Phrase(en: "  … and \(count) more", sv: "  … och \(count) till") }
        public static func checkedIn(code: String, name: String, category: String) -> Phrase {
            Phrase(en: "CHECKED IN  \(code)  \(name), \(category)", sv: "INCHECKAD   \(code)  \(name), \(category)")
        }
        public static func unpaid(_ due: String) -> Phrase {
            Phrase(en: "UNPAID      \(due) due", sv: "OBETALD     \(due) att betala")
        }
        public static func checkID(category: String, who: String) -> Phrase {
            Phrase(en: "CHECK ID    \(category) rate: \(who)", sv: "KOLLA ID    \(category): \(who)")
        }
        public static func alreadyIn(code: String, name: String, time: String, desk: String) -> Phrase {
            Phrase(en: "ALREADY CHECKED IN  \(code)  \(name) at \(time) at desk \(desk)", sv: "REDAN INCHECKAD  \(code)  \(name) kl. \(time) vid disk \(desk)")
        }
        public static func cancelled(code: String, name: String) -> Phrase {
            Phrase(en: "CANCELLED  \(code)  \(name): the registration is cancelled; not checked in", sv: "AVBOKAD  \(code)  \(name): anmälan är avbokad; inte incheckad")
        }
        public static func waitlisted(code: String, name: String) -> Phrase {
            Phrase(en: "WAITLISTED  \(code)  \(name): on the waiting list; not checked in", sv: "VÄNTELISTA  \(code)  \(name): står på väntelistan; inte incheckad")
        }
        public static func notCheckedIn(name: String, code: String) -> Phrase {
            Phrase(en: "\(name) (\(code)) is not checked in; nothing to undo", sv: "\(name) (\(code)) är inte incheckad; inget att ångra")
        }
        public static func atDesk(_ desk: String) -> Phrase { Phrase(en: " at desk \(desk)", sv: " vid disk \(desk)") }
        public static func undone(code: String, name: String, time: String, desk: Phrase, reason: String) -> Phrase {
            Phrase(en: "UNDONE  \(code)  \(name): check-in at \(time)\(desk.en) undone (\(reason))", sv: "ÅNGRAD  \(code)  \(name): incheckningen kl. \(time)\(desk.sv) ångrad (\(reason))")
        }

        // MARK: Stats

        public static func ofCapacity(_ capacity: Int) -> Phrase { Phrase(en: " of \(capacity)", sv: " av \(capacity)") }
        public static func statsCounts(registered: Int, capacity: Phrase, waitlisted: Int, cancelled: Int, late: Int) -> Phrase {
            Phrase(en: "registered \(registered)\(capacity.en) · waitlisted \(waitlisted) · cancelled \(cancelled) · late \(late)",
                   sv: "anmälda \(registered)\(capacity.sv) · väntelista \(waitlisted) · avbokade \(cancelled) · sena \(late)")
        }
        public static func statsArrivals(checkedIn: Int, registered: Int, unpaid: Int) -> Phrase {
            Phrase(en: "checked in \(checkedIn) of \(registered) · unpaid \(unpaid)", sv: "incheckade \(checkedIn) av \(registered) · obetalda \(unpaid)")
        }
        public static func statsMoney(expected: String, paid: String, refunded: String, waived: String, outstanding: String) -> Phrase {
            Phrase(en: "expected \(expected) · paid \(paid) · refunded \(refunded) · waived \(waived) · outstanding \(outstanding)",
                   sv: "förväntat \(expected) · betalt \(paid) · återbetalt \(refunded) · efterskänkt \(waived) · utestående \(outstanding)")
        }
        public static func statsRefundOwed(_ amount: String, people: Int) -> Phrase {
            Phrase(en: "refund owed \(amount) to \(people) cancelled", sv: "att återbetala \(amount) till \(people) avbokade")
        }
        public static let statsHeaders = [
            Phrase(en: "CATEGORY", sv: "KATEGORI"), Phrase(en: "ID", sv: "ID"), Phrase(en: "PRICE", sv: "PRIS"), Phrase(en: "NET", sv: "NETTO"),
            Phrase(en: "VAT", sv: "MOMS"), Phrase(en: "REGISTERED", sv: "ANMÄLDA"), Phrase(en: "CHECKED IN", sv: "INCHECKADE"), Phrase(en: "PAID", sv: "BETALT"),
        ]

        // MARK: Validate, compact, generate

        public static func noEventsYet(path: String, howToCreate: String) -> Phrase {
            Phrase(en: "\(path): no events yet; \(howToCreate)", sv: "\(path): inga evenemang än; \(howToCreate)")
        }
        public static func validateError(_ problem: String) -> Phrase { Phrase(en: "ERROR \(problem)", sv: "FEL \(problem)") }
        public static func validateEventError(_ id: String, _ problem: String) -> Phrase {
            Phrase(en: "\(id): ERROR \(problem)", sv: "\(id): FEL \(problem)")
        }
        public static func validateWarning(_ id: String, _ problem: String) -> Phrase {
            Phrase(en: "\(id): warning: \(problem)", sv: "\(id): varning: \(problem)")
        }
        public static func validateOK(_ id: String, items: Int, categories: Int, registrants: Int) -> Phrase {
            Phrase(en: "\(id): ok (\(items) programme items, \(categories) fee categories, \(registrants) registrants)",
                   sv: "\(id): ok (\(items) programpunkter, \(categories) avgiftskategorier, \(registrants) deltagare)")
        }
        public static func validateSummary(events: Int, errors: Int, warnings: Int) -> Phrase {
            Phrase(en: "\(events) events checked: \(errors) errors, \(warnings) warnings", sv: "\(events) evenemang kontrollerade: \(errors) fel, \(warnings) varningar")
        }
        public static func compacted(_ id: String, registrants: Int) -> Phrase {
            Phrase(en: "compacted \(id): the journal is folded into a new snapshot of \(registrants) registrants",
                   sv: "komprimerade \(id): journalen är införd i en ny ögonblicksbild med \(registrants) deltagare")
        }
        public static let generateRange = Phrase(en: "--registrants must be between 1 and 1000000", sv: "--registrants måste vara mellan 1 och 1000000")
        public static func generateReplace(_ why: String) -> Phrase {
            Phrase(en: "\(why); pass --replace to replace them", sv: "\(why); ange --replace för att ersätta dem")
        }
        public static func generated(_ count: Int, event: String, seed: String) -> Phrase {
            Phrase(en: "generated \(count) registrants for \(event) (seed \(seed))", sv: "skapade \(count) deltagare för \(event) (frö \(seed))")
        }

        // MARK: Imports, exports, receipts, the door list

        public static func badMapping(_ mapping: String, ids: String) -> Phrase {
            Phrase(en: "--category \(mapping): write NAME=ID with one of: \(ids)", sv: "--category \(mapping): skriv NAME=ID med ett av: \(ids)")
        }
        public static let dryRunOnly = Phrase(en: "Nothing changed; run again with --yes to write this.", sv: "Inget ändrades; kör igen med --yes för att spara detta.")
        public static func addedUpdated(added: Int, updated: Int) -> Phrase {
            Phrase(en: "Added \(added), updated \(updated).", sv: "Lade till \(added), uppdaterade \(updated).")
        }
        public static func noItemsFound(_ file: String) -> Phrase {
            Phrase(en: "\(file): no programme items found (lines start with a time such as 9.00-10.00)", sv: "\(file): inga programpunkter hittades (raderna börjar med en tid som 9.00-10.00)")
        }
        public static func programmePreviewOnly(old: Int, new: Int) -> Phrase {
            Phrase(en: "Nothing changed; run again with --yes to replace the programme of \(old) items with these \(new).",
                   sv: "Inget ändrades; kör igen med --yes för att ersätta programmets \(old) punkter med dessa \(new).")
        }
        public static func programmeReplaced(_ id: String, items: Int) -> Phrase {
            Phrase(en: "Replaced the programme of \(id): \(items) items.", sv: "Ersatte programmet för \(id): \(items) punkter.")
        }
        public static func folderMissing(_ output: String, folder: String) -> Phrase {
            Phrase(en: "cannot write \(output): the folder \(folder) does not exist", sv: "kan inte skriva \(output): mappen \(folder) finns inte")
        }
        public static func receiptFor(_ title: String, code: String) -> Phrase { Phrase(en: "\(title) for \(code)", sv: "\(title) för \(code)") }
        public static func doorList(registered: Int, waiting: Int) -> Phrase {
            Phrase(en: "the door list (\(registered) registered, \(waiting) waiting)", sv: "dörrlistan (\(registered) anmälda, \(waiting) väntar)")
        }
    }
}
