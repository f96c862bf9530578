extension Catalogue {
    /// The registration and payment forms, and what the registrants pane says when it saves or changes one.
    public enum RegistrantForms {
        // The registration form.
        public static let newRegistration = Phrase(en: "New registration", sv: "Ny anmälan")
        public static func edit(code: String, name: String) -> Phrase { Phrase(en: "Edit \(code) \(name)", sv: "Redigera \(code) \(name)") }
        public static let fullGoesToWaitingList = Phrase(en: "the event is full: goes on the waiting list", sv: "fullt: hamnar på väntelistan")
        public static let afterDeadline = Phrase(en: "after the deadline: marked late", sv: "efter sista anmälningsdag: markeras sen")
        public static let firstName = Phrase(en: "First name", sv: "Förnamn")
        public static let lastName = Phrase(en: "Last name", sv: "Efternamn")
        public static let email = Phrase(en: "Email", sv: "E-post")
        public static let phone = Phrase(en: "Phone", sv: "Telefon")
        public static let organisation = Phrase(en: "Organisation", sv: "Organisation")
        public static let role = Phrase(en: "Role", sv: "Yrke")
        public static let category = Phrase(en: "Category", sv: "Kategori")
        public static let dietaryNeeds = Phrase(en: "Dietary needs", sv: "Specialkost")
        public static let invoiceAddress = Phrase(en: "Invoice address", sv: "Fakturaadress")
        public static let invoiceRef = Phrase(en: "Invoice ref.", sv: "Fakturaref.")
        public static let notes = Phrase(en: "Notes", sv: "Anteckningar")
        public static let required = Phrase(en: "required", sv: "krävs")
        public static let emailNote = Phrase(en: "name@example.se; optional at the desk", sv: "namn@exempel.se; frivilligt vid disken")
        public static let roleNote = Phrase(en: "profession: psychologist, psychotherapist, student …", sv: "yrke: psykolog, psykoterapeut, student …")
        public static let dietaryNote = Phrase(en: "vegetarian, allergies …", sv: "vegetarisk, allergier …")
        public static let invoiceAddressNote = Phrase(en: "only when someone else pays", sv: "bara när någon annan betalar")
        public static let invoiceRefNote = Phrase(en: "the payer's reference", sv: "betalarens referens")
        public static let chooseACategory = Phrase(en: "(choose a category)", sv: "(välj en kategori)")
        public static func toChoose(key: String) -> Phrase { Phrase(en: "\(key) to choose", sv: "\(key) för att välja") }
        public static func newCategoryReprices(key: String) -> Phrase {
            Phrase(en: "\(key); a new category re-prices at its price", sv: "\(key); en ny kategori ger dess pris")
        }
        public static func importedPriceKept(_ price: String) -> Phrase {
            Phrase(en: "; the price as imported (\(price)) is kept", sv: "; det importerade priset (\(price)) behålls")
        }

        // The payment form.
        public static func moneyFor(code: String, name: String, due: String) -> Phrase {
            Phrase(en: "Money for \(code) \(name) · \(due) due", sv: "Betalning för \(code) \(name) · \(due) att betala")
        }
        public static let kind = Phrase(en: "Kind", sv: "Typ")
        public static let kindPayment = Phrase(en: "Payment", sv: "Betalning")
        public static let kindRefund = Phrase(en: "Refund", sv: "Återbetalning")
        public static let kindWaiver = Phrase(en: "Waiver (complimentary)", sv: "Efterskänkt (gratis)")
        public static func kindNote(key: String) -> Phrase {
            Phrase(en: "\(key): payment, refund, or waiver", sv: "\(key): betalning, återbetalning eller efterskänkt")
        }
        public static let amount = Phrase(en: "Amount", sv: "Belopp")
        public static let amountNote = Phrase(en: "in kronor, e.g. 2000 or 1 000,50", sv: "i kronor, t.ex. 2000 eller 1 000,50")
        public static let method = Phrase(en: "Method", sv: "Betalsätt")
        public static let when = Phrase(en: "When", sv: "När")
        public static let whenNote = Phrase(en: "YYYY-MM-DD HH:MM", sv: "ÅÅÅÅ-MM-DD TT:MM")
        public static let reference = Phrase(en: "Reference", sv: "Referens")
        public static let referenceNote = Phrase(en: "invoice number, Swish reference; for a waiver, the reason",
                                                 sv: "fakturanummer, Swish-referens; vid efterskänkt, orsaken")
        public static let amountMoreThanZero = Phrase(en: "the amount must be more than zero", sv: "beloppet måste vara mer än noll")
        public static func refundTooLarge(_ paid: String) -> Phrase {
            Phrase(en: "a refund cannot be more than was paid (\(paid))", sv: "återbetalningen kan inte vara mer än som betalats (\(paid))")
        }
        public static let writeAnAmount = Phrase(en: "write an amount, e.g. 2000 or 1 000,50", sv: "skriv ett belopp, t.ex. 2000 eller 1 000,50")
        public static let writeTheTime = Phrase(en: "write the time as YYYY-MM-DD HH:MM", sv: "skriv tiden som ÅÅÅÅ-MM-DD TT:MM")
        public static let sayWhyWaived = Phrase(en: "say why it is waived (e.g. panellist)", sv: "skriv varför det efterskänks (t.ex. paneldeltagare)")

        // What saving or changing says.
        public static func sortedBy(_ sort: Phrase) -> Phrase { Phrase(en: "Sorted by \(sort.en)", sv: "Sorterat på \(sort.sv)") }
        public static let searchStaysBestFirst = Phrase(en: " (search results stay best first)", sv: " (sökträffarna står kvar bäst först)")
        public static let noCategoriesYet = Phrase(en: "This event has no fee categories yet; add them before registering people",
                                                   sv: "Evenemanget har inga avgiftskategorier än; lägg till dem innan någon anmäls")
        public static func alreadyCancelled(name: String, key: String) -> Phrase {
            Phrase(en: "\(name) is already cancelled; \(key) restores", sv: "\(name) är redan avbokad; \(key) återställer")
        }
        public static func notCancelled(_ name: String) -> Phrase { Phrase(en: "\(name) is not cancelled", sv: "\(name) är inte avbokad") }
        public static func restored(code: String, name: String) -> Phrase { Phrase(en: "Restored \(code) \(name)", sv: "Återställde \(code) \(name)") }
        public static let toWaitingListFull = Phrase(en: " to the waiting list (the event is full)", sv: " till väntelistan (det är fullt)")
        public static func restoring(_ name: String) -> Phrase { Phrase(en: "restoring \(name)", sv: "återställningen av \(name)") }
        public static let nobodyWaiting = Phrase(en: "Nobody is on the waiting list", sv: "Ingen står på väntelistan")
        public static func selectSomeoneWaiting(key: String) -> Phrase {
            Phrase(en: "Select someone on the waiting list (\(key) filters it)", sv: "Välj någon på väntelistan (\(key) filtrerar fram den)")
        }
        public static let nothingToUndo = Phrase(en: "Nothing to undo", sv: "Inget att ångra")
        public static func undone(_ what: Phrase) -> Phrase { Phrase(en: "Undone: \(what.en)", sv: "Ångrat: \(what.sv)") }
        public static let nothingChanged = Phrase(en: "Nothing changed", sv: "Inget ändrat")
        public static func saved(code: String, fields: Phrase) -> Phrase { Phrase(en: "Saved \(code): \(fields.en)", sv: "Sparat \(code): \(fields.sv)") }
        public static func editOf(_ name: String) -> Phrase { Phrase(en: "edit of \(name)", sv: "ändringen av \(name)") }
        public static func recorded(amount: String, method: Phrase) -> Phrase {
            Phrase(en: "Recorded \(amount) (\(method.en))", sv: "Registrerade \(amount) (\(method.sv))")
        }
        public static func refunded(amount: String, method: Phrase) -> Phrase {
            Phrase(en: "Refunded \(amount) (\(method.en))", sv: "Återbetalade \(amount) (\(method.sv))")
        }
        public static func waived(_ amount: String) -> Phrase { Phrase(en: "Waived \(amount)", sv: "Efterskänkte \(amount)") }
        public static func forWhomDue(name: String, due: String) -> Phrase {
            Phrase(en: " for \(name); \(due) due", sv: " för \(name); \(due) att betala")
        }
    }
}
