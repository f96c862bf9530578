extension Catalogue {
    /// The questions and dialogs of the desk: confirmations, a possible duplicate, a deletion for good,
    /// a conflict with another desk, an import, the event switcher, and the forms' own words.
    public enum Dialogs {
        // Confirmations of the registrants pane.
        public static func overpayment(over: String, name: String) -> Phrase {
            Phrase(en: "That is \(over) more than \(name) owes. Record the overpayment?",
                   sv: "Det är \(over) mer än \(name) ska betala. Registrera överbetalningen?")
        }
        public static func paymentOnCancelled(amount: String, name: String) -> Phrase {
            Phrase(en: "\(name) is cancelled and owes nothing. Record \(amount) all the same (it is then owed back)?",
                   sv: "\(name) är avbokad och ska inte betala något. Registrera \(amount) ändå (det ska då betalas tillbaka)?")
        }
        public static func cancelRegistration(name: String, code: String) -> Phrase {
            Phrase(en: "Cancel the registration of \(name) (\(code))? It is kept and can be restored.",
                   sv: "Avboka anmälan för \(name) (\(code))? Den sparas och kan återställas.")
        }
        public static func promote(name: String, code: String) -> Phrase {
            Phrase(en: "Promote \(name) (\(code)) from the waiting list?", sv: "Flytta upp \(name) (\(code)) från väntelistan?")
        }
        public static let alreadyFull = Phrase(en: " The event is already full.", sv: " Det är redan fullt.")
        public static func itemDeleted(_ title: String) -> Phrase { Phrase(en: "deleted “\(title)”", sv: "tog bort ”\(title)”") }
        public static let discardChanges = Phrase(en: "Discard your changes?", sv: "Släng dina ändringar?")
        public static let changesDiscarded = Phrase(en: "Changes discarded", sv: "Ändringarna slängdes")
        public static func cancelled(code: String, name: String, key: String) -> Phrase {
            Phrase(en: "Cancelled \(code) \(name); \(key) restores", sv: "Avbokade \(code) \(name); \(key) återställer")
        }
        public static func cancellationOf(_ name: String) -> Phrase { Phrase(en: "cancellation of \(name)", sv: "avbokningen av \(name)") }
        public static func promoted(code: String, name: String) -> Phrase {
            Phrase(en: "Promoted \(code) \(name) from the waiting list", sv: "Flyttade upp \(code) \(name) från väntelistan")
        }
        public static func promotionOf(_ name: String) -> Phrase { Phrase(en: "promotion of \(name)", sv: "uppflyttningen av \(name)") }

        // A possible duplicate.
        public static func possibleDuplicate(_ message: Phrase) -> Phrase {
            Phrase(en: "Possible duplicate: \(message.en)", sv: "Möjlig dubblett: \(message.sv)")
        }

        // A deletion for good.
        public static let notDeleted = Phrase(en: "Not deleted", sv: "Inte borttagen")
        public static func notDeletedWrongCode(_ code: String) -> Phrase {
            Phrase(en: "Not deleted: the code typed was not \(code)", sv: "Inte borttagen: koden som skrevs var inte \(code)")
        }
        public static func deleted(code: String, name: String, key: String) -> Phrase {
            Phrase(en: "Deleted \(code) \(name) for good (\(key) undoes it in this session)",
                   sv: "Tog bort \(code) \(name) för gott (\(key) ångrar det under den här sessionen)")
        }
        public static func deletionOf(_ name: String) -> Phrase { Phrase(en: "deletion of \(name)", sv: "borttagningen av \(name)") }
        public static func deleteForGood(code: String, name: String) -> Phrase {
            Phrase(en: "Delete \(code) \(name) for good? The history is lost. Type the code to confirm:",
                   sv: "Ta bort \(code) \(name) för gott? Historiken försvinner. Skriv koden för att bekräfta:")
        }

        // The forms.
        public static let correctTheField = Phrase(en: "Not saved: correct the marked field", sv: "Inte sparat: rätta det markerade fältet")
        public static let notSaved = Phrase(en: " Not saved: ", sv: " Inte sparat: ")
        public static func itemAdded(_ title: String) -> Phrase { Phrase(en: "added “\(title)”", sv: "lade till ”\(title)”") }
        public static func itemEdited(_ title: String) -> Phrase { Phrase(en: "edited “\(title)”", sv: "ändrade ”\(title)”") }
        public static func saved(_ what: Phrase) -> Phrase { Phrase(en: "Saved: \(what.en)", sv: "Sparat: \(what.sv)") }
        public static func warning(_ problem: Phrase) -> Phrase { Phrase(en: "warning: \(problem.en)", sv: "varning: \(problem.sv)") }
        public static func lines(_ count: Int) -> Phrase {
            count == 1 ? Phrase(en: "1 line", sv: "1 rad") : Phrase(en: "\(count) lines", sv: "\(count) rader")
        }

        // A conflict with another desk.
        public static let fieldNotInForm = Phrase(en: "This field is not in the form: theirs stands", sv: "Fältet finns inte i formuläret: deras gäller")
        public static func chooseEachField(theirs: String, mine: String) -> Phrase {
            Phrase(en: "Choose theirs (\(theirs)) or mine (\(mine)) for each field first", sv: "Välj deras (\(theirs)) eller mitt (\(mine)) för varje fält först")
        }
        public static let nothingLeftToSave = Phrase(en: "Nothing left to save: theirs kept everywhere", sv: "Inget kvar att spara: deras behölls överallt")
        public static func notSaved(_ why: Phrase) -> Phrase { Phrase(en: "Not saved: \(why.en)", sv: "Inte sparat: \(why.sv)") }
        public static let typingKeptAddAgain = Phrase(en: "Your typing is kept: add it again as a new item, or leave it deleted.",
                                                      sv: "Det du skrev finns kvar: lägg till det igen som ny punkt, eller låt det vara borttaget.")
        public static let typingCannotBeSaved = Phrase(en: "Your typing cannot be saved.", sv: "Det du skrev kan inte sparas.")
        public static func changedElsewhere(_ subject: Phrase) -> Phrase {
            Phrase(en: "\(subject.en): changed at another desk since you opened it.", sv: "\(subject.sv): ändrat vid en annan disk sedan du öppnade det.")
        }
        public static let mergedKeepOne = Phrase(en: "What only one of you changed is merged. Keep theirs or yours:",
                                                 sv: "Det bara en av er ändrade slås ihop. Behåll deras eller ditt:")
        public static let keepTheirs = Phrase(en: "keep theirs", sv: "behåll deras")
        public static let keepMine = Phrase(en: "keep mine", sv: "behåll mitt")
        public static let choose = Phrase(en: "choose", sv: "välj")
        public static let anotherDesk = Phrase(en: " (another desk)", sv: " (en annan disk)")
        public static let theirs = Phrase(en: "    theirs: ", sv: "    deras: ")
        public static let mine = Phrase(en: "    mine: ", sv: "    mitt: ")
        public static let empty = Phrase(en: "(empty)", sv: "(tomt)")
        public static let deletedElsewhere = Phrase(en: " Deleted at another desk ", sv: " Borttaget vid en annan disk ")
        public static let changedElsewhereTitle = Phrase(en: " Another desk changed this too ", sv: " En annan disk ändrade detta också ")

        // An import.
        public static let importProgramme = Phrase(en: "Import a programme from a text file", sv: "Importera ett program från en textfil")
        public static let importRegistrations = Phrase(en: "Import registrations from a CSV file", sv: "Importera anmälningar från en CSV-fil")
        public static let file = Phrase(en: "File:", sv: "Fil:")
        public static let nothingImportable = Phrase(en: "Nothing in this file can be imported", sv: "Inget i den här filen kan importeras")
        public static let nothingImported = Phrase(en: "Nothing imported", sv: "Inget importerat")
        public static func preview(_ title: Phrase) -> Phrase { Phrase(en: " \(title.en): preview ", sv: " \(title.sv): förhandsvisning ") }
        public static func scroll(_ keys: String) -> Phrase { Phrase(en: "\(keys) scroll", sv: "\(keys) bläddra") }
        public static let nothingHereImportable = Phrase(en: " nothing here can be imported", sv: " inget här kan importeras")

        // The event switcher.
        public static let openAnEvent = Phrase(en: " Open an event ", sv: " Öppna ett evenemang ")
        public static func chooseWith(_ keys: String) -> Phrase { Phrase(en: "\(keys) choose", sv: "\(keys) välj") }
    }
}
