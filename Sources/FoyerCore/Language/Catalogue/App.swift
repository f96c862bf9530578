extension Catalogue {
    /// What the app says in the status line about saving, loading, opening and undoing, whatever the pane.
    /// Texts that come from elsewhere (a store's error, a screen's message) are values here.
    public enum App {
        // Quitting with an edit open.
        public static let unsavedQuit = Phrase(en: "An edit is not saved. Quit and lose it?", sv: "En ändring är inte sparad. Avsluta och förlora den?")
        public static func unsavedForceQuit(key: String) -> Phrase {
            Phrase(en: "An edit is not saved. Quit and lose it? (\(key) again quits)", sv: "En ändring är inte sparad. Avsluta och förlora den? (\(key) igen avslutar)")
        }
        public static let deskOnlyRefusal = Phrase(en: "Not allowed at a desk-only station (check-in, registering, payments only)",
                                                   sv: "Inte tillåtet vid en incheckningsdisk (bara incheckning, anmälan och betalning)")

        // Loading the registrations.
        public static func loading(size: String) -> Phrase { Phrase(en: "Loading the registrations\(size)…", sv: "Läser in anmälningarna\(size)…") }
        public static func notLoaded(why: Phrase) -> Phrase {
            Phrase(en: "The registrations could not be loaded: \(why.en)", sv: "Anmälningarna kunde inte läsas in: \(why.sv)")
        }
        public static func notLoadedLowercase(why: Phrase) -> Phrase {
            Phrase(en: "the registrations could not be loaded: \(why.en)", sv: "anmälningarna kunde inte läsas in: \(why.sv)")
        }
        public static let readOnly = Phrase(en: "Read-only: this folder cannot be written, so nothing can be changed here",
                                            sv: "Skrivskyddat: den här mappen går inte att skriva i, så inget kan ändras här")
        public static func warning(_ text: Phrase) -> Phrase { Phrase(en: "Warning: \(text.en)", sv: "Varning: \(text.sv)") }

        // Saving.
        public static func notSaved(_ why: Phrase) -> Phrase { Phrase(en: "Not saved: \(why.en)", sv: "Inte sparat: \(why.sv)") }
        public static func notUndone(_ why: Phrase) -> Phrase { Phrase(en: "Not undone: \(why.en)", sv: "Inte ångrat: \(why.sv)") }
        public static let chooseTheirsOrYours = Phrase(en: "Another desk changed this meanwhile: choose theirs or yours for each field",
                                                       sv: "En annan disk har ändrat detta under tiden: välj deras eller ditt för varje fält")
        public static let nothingToSave = Phrase(en: "Nothing to save: it already was so", sv: "Inget att spara: det var redan så")
        public static func savedWithWarning(_ message: Phrase, warning: Phrase) -> Phrase {
            Phrase(en: "\(message.en); \(warning.en)", sv: "\(message.sv); \(warning.sv)")
        }
        public static let programmeChangedElsewhere = Phrase(en: "The programme was changed at another desk; showing it",
                                                             sv: "Programmet ändrades vid en annan disk; det visas nu")
        public static let nothingToUndo = Phrase(en: "Nothing to undo", sv: "Inget att ångra")
        public static func undone(_ what: Phrase) -> Phrase { Phrase(en: "Undone: \(what.en)", sv: "Ångrat: \(what.sv)") }
        public static func alreadySo(_ message: Phrase) -> Phrase { Phrase(en: "\(message.en) (it already was so)", sv: "\(message.sv) (det var redan så)") }

        // Undo lists: what each entry puts back.
        public static func repricingOf(code: String) -> Phrase { Phrase(en: "repricing of \(code)", sv: "nytt pris för \(code)") }
        public static func registrationOf(name: String, code: String) -> Phrase {
            Phrase(en: "registration of \(name) (\(code))", sv: "anmälan av \(name) (\(code))")
        }

        // Opening, registering, creating.
        public static func opened(title: String) -> Phrase { Phrase(en: "Opened \(title)", sv: "Öppnade \(title)") }
        public static func notOpened(why: Phrase) -> Phrase { Phrase(en: "Could not open the event: \(why.en)", sv: "Evenemanget kunde inte öppnas: \(why.sv)") }
        public static func registered(code: String, name: String) -> Phrase { Phrase(en: "Registered \(code) \(name)", sv: "Anmälde \(code) \(name)") }
        public static let onTheWaitingList = Phrase(en: ", on the waiting list", sv: ", på väntelistan")
        public static let late = Phrase(en: " (late)", sv: " (sen)")
        public static func created(id: String, title: String) -> Phrase {
            Phrase(en: "Created \(id): \(title); opening it", sv: "Skapade \(id): \(title); öppnar det")
        }
        public static func receiptIssued(number: String, name: String, path: String) -> Phrase {
            Phrase(en: "Receipt no. \(number) for \(name): \(path) (and .txt)", sv: "Kvitto nr \(number) för \(name): \(path) (och .txt)")
        }

        // What the store's performer reports.
        public static func repriceMoved(count: Int, price: String) -> Phrase {
            Phrase(en: "; moved \(count) unpaid to \(price)", sv: "; flyttade \(count) obetalda till \(price)")
        }
        public static func repriceSkipped(count: Int) -> Phrase {
            Phrase(en: "; \(count) changed at another desk meanwhile kept their price", sv: "; \(count) som ändrades vid en annan disk under tiden behöll sitt pris")
        }
        public static func checkInUndone(name: String, reason: String) -> Phrase {
            Phrase(en: "Check-in of \(name) undone (\(reason))", sv: "Incheckningen av \(name) ångrad (\(reason))")
        }
        public static func programmePreview(apply: String, before: Int, after: Int, undo: String, cancel: String) -> Phrase {
            Phrase(en: "\(apply) replaces the programme of \(before) items with these \(after) (\(undo) undoes it) · \(cancel) keeps it",
                   sv: "\(apply) ersätter programmets \(before) programpunkter med dessa \(after) (\(undo) ångrar) · \(cancel) behåller det")
        }
        public static func registrationsPreview(apply: String, cancel: String) -> Phrase {
            Phrase(en: "\(apply) adds and updates as shown (each change journaled) · \(cancel) imports nothing",
                   sv: "\(apply) lägger till och uppdaterar som visas (varje ändring loggas) · \(cancel) importerar ingenting")
        }
        public static func changedSincePreview(path: String) -> Phrase {
            Phrase(en: "\(path) changed since the preview; import it again", sv: "\(path) har ändrats sedan förhandsvisningen; importera den igen")
        }
        public static func importedProgramme(file: String) -> Phrase {
            Phrase(en: "imported the programme from \(file)", sv: "importerade programmet från \(file)")
        }
        public static func savedImport(_ what: Phrase, items: Int) -> Phrase {
            Phrase(en: "Saved: \(what.en) (\(items) items)", sv: "Sparat: \(what.sv) (\(items) programpunkter)")
        }
        public static func toChoose(count: Int, label: Phrase, filterKey: String, editKey: String) -> Phrase {
            Phrase(en: "; \(count) with the \(label.en) (\(filterKey) to that filter, \(editKey) chooses)",
                   sv: "; \(count) med \(label.sv) (\(filterKey) till det filtret, \(editKey) väljer)")
        }
        public static func importedRegistrations(file: String, added: Int, updated: Int) -> Phrase {
            Phrase(en: "Imported from \(file): \(added) added, \(updated) updated", sv: "Importerat från \(file): \(added) tillagda, \(updated) uppdaterade")
        }

        // A walk-in who is registered already.
        public static let waitlisted = Phrase(en: "on the waiting list", sv: "på väntelistan")
        public static let cancelled = Phrase(en: "cancelled", sv: "avbokad")
        public static let paid = Phrase(en: "paid", sv: "betald")
        public static func due(_ amount: String) -> Phrase { Phrase(en: "\(amount) due", sv: "\(amount) att betala") }
        public static func checkedInAt(time: String) -> Phrase { Phrase(en: "checked in at \(time)", sv: "incheckad kl. \(time)") }
        public static func checkedInAtDesk(time: String, desk: String) -> Phrase {
            Phrase(en: "checked in at \(time) at desk \(desk)", sv: "incheckad kl. \(time) vid disk \(desk)")
        }
        public static let notCheckedIn = Phrase(en: "not checked in", sv: "inte incheckad")
        public static func registeredAlready(code: String, name: String, reason: Phrase, facts: Phrase) -> Phrase {
            Phrase(en: "\(code) \(name) is registered already (\(reason.en)): \(facts.en)", sv: "\(code) \(name) är redan anmäld (\(reason.sv)): \(facts.sv)")
        }
    }
}
