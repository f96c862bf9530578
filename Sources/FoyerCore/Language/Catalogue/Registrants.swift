extension Catalogue {
    /// The registrants pane: the list's columns and status words, its header lines, a person in full,
    /// and what the pane says in the status line. The forms: `RegistrantForms.swift`.
    public enum Registrants {
        // Columns (their width fits the longest word of either language).
        public static let code = Phrase(en: "Code", sv: "Kod")
        public static let name = Phrase(en: "Name", sv: "Namn")
        public static let organisation = Phrase(en: "Organisation", sv: "Organisation")
        public static let category = Phrase(en: "Category", sv: "Kategori")
        public static let amount = Phrase(en: "Amount", sv: "Belopp")
        public static let paid = Phrase(en: "Paid", sv: "Betalt")
        public static let arrivedColumn = Phrase(en: "In", sv: "In")
        public static let registeredColumn = Phrase(en: "Registered", sv: "Anmäld")
        public static let late = Phrase(en: "late", sv: "sen")

        // The "Paid" column's words.
        public static let statusCancelled = Phrase(en: "cancelled", sv: "avbokad")
        public static let statusWaitlist = Phrase(en: "waitlist", sv: "väntelista")
        public static let statusPaid = Phrase(en: "paid", sv: "betald")
        public static let statusWaived = Phrase(en: "waived", sv: "avskrivet")
        public static let statusUnpaid = Phrase(en: "unpaid", sv: "obetald")
        public static let statusPart = Phrase(en: "part", sv: "delvis")

        // The header lines.
        public static let search = Phrase(en: " Search: ", sv: " Sök: ")
        public static let slashSearch = Phrase(en: " / search", sv: " / sök")
        public static func sortIs(_ sort: Phrase) -> Phrase { Phrase(en: "sort: \(sort.en)", sv: "sortering: \(sort.sv)") }
        public static func filterIs(_ filter: Phrase) -> Phrase { Phrase(en: "filter: \(filter.en)", sv: "filter: \(filter.sv)") }
        public static let bestMatch = Phrase(en: "best match", sv: "bästa träff")
        public static func bestOf(shown: Int, matches: Int) -> Phrase {
            Phrase(en: "the best \(shown) of \(matches) matches shown; type more to narrow",
                   sv: "de \(shown) bästa av \(matches) träffar visas; skriv mer för att begränsa")
        }
        public static func shownOf(shown: Int, count: Int) -> Phrase { Phrase(en: "\(shown) of \(count) shown", sv: "\(shown) av \(count) visas") }
        public static func unpaidCount(_ count: Int) -> Phrase { Phrase(en: "\(count) unpaid", sv: "\(count) obetalda") }
        public static func waitlistedCount(_ count: Int) -> Phrase { Phrase(en: "\(count) waitlisted", sv: "\(count) på väntelistan") }

        // The sorts and the filters.
        public static let sortName = Phrase(en: "name", sv: "namn")
        public static let sortCode = Phrase(en: "code", sv: "kod")
        public static let sortRegistered = Phrase(en: "registration date", sv: "anmälningsdatum")
        public static let sortCategory = Phrase(en: "category", sv: "kategori")
        public static let filterAll = Phrase(en: "all", sv: "alla")
        public static let filterUnpaid = Phrase(en: "unpaid", sv: "obetalda")
        public static let filterNotArrived = Phrase(en: "not yet arrived", sv: "inte kommit än")
        public static let filterCheckedIn = Phrase(en: "checked in", sv: "incheckade")
        public static let filterCancelled = Phrase(en: "cancelled", sv: "avbokade")
        public static let filterWaitingList = Phrase(en: "waiting list", sv: "väntelista")
        public static let filterLate = Phrase(en: "late", sv: "sena")
        public static let filterCategoryToChoose = Phrase(en: "category to choose", sv: "kategori att välja")

        // An empty list.
        public static func noRegistrationsYet(key: String) -> Phrase {
            Phrase(en: "No registrations yet. Press \(key) to register someone.", sv: "Inga anmälningar än. Tryck \(key) för att anmäla någon.")
        }
        public static func nobodyMatches(_ query: String, key: String) -> Phrase {
            Phrase(en: "Nobody matches “\(query)”. \(key) clears the search.", sv: "Ingen träff på ”\(query)”. \(key) tömmer sökningen.")
        }
        public static func nobodyIs(filter: Phrase, key: String) -> Phrase {
            Phrase(en: "Nobody is \(filter.en). \(key) changes the filter.", sv: "Inga i filtret \(filter.sv). \(key) byter filter.")
        }

        // A person in full.
        public static func inclVAT(rate: String, vat: String) -> Phrase {
            Phrase(en: " incl. VAT \(rate) (\(vat))", sv: " inkl. moms \(rate) (\(vat))")
        }
        public static let status = Phrase(en: "Status: ", sv: "Status: ")
        public static let registeredNotIn = Phrase(en: "registered, not checked in", sv: "anmäld, inte incheckad")
        public static func checkedInAt(when: String, desk: String) -> Phrase {
            Phrase(en: "checked in \(when) at desk \(desk)", sv: "incheckad \(when) vid disk \(desk)")
        }
        public static let registered = Phrase(en: "registered", sv: "anmäld")
        public static let cancelled = Phrase(en: "cancelled", sv: "avbokad")
        public static let waitlisted = Phrase(en: "waitlisted", sv: "på väntelistan")
        public static let due = Phrase(en: "Due: ", sv: "Att betala: ")
        public static func refundOwed(_ amount: String) -> Phrase {
            Phrase(en: "Refund owed: \(amount) (paid, then cancelled)", sv: "Att återbetala: \(amount) (betalt, sedan avbokad)")
        }
        public static func overpaidBy(_ amount: String) -> Phrase { Phrase(en: " (overpaid by \(amount))", sv: " (överbetalt med \(amount))") }
        public static let email = Phrase(en: "Email", sv: "E-post")
        public static let phone = Phrase(en: "Phone", sv: "Telefon")
        public static let role = Phrase(en: "Role", sv: "Yrke")
        public static let registeredAt = Phrase(en: "Registered", sv: "Anmäld")
        public static let dietaryNeeds = Phrase(en: "Dietary needs", sv: "Specialkost")
        public static let invoiceAddress = Phrase(en: "Invoice address", sv: "Fakturaadress")
        public static let invoiceReference = Phrase(en: "Invoice reference", sv: "Fakturareferens")
        public static let notes = Phrase(en: "Notes", sv: "Anteckningar")
        public static let payments = Phrase(en: "Payments", sv: "Betalningar")
        public static let none = Phrase(en: "  none", sv: "  inga")
        public static let kindPayment = Phrase(en: "payment", sv: "betalning")
        public static let kindRefund = Phrase(en: "refund", sv: "återbet.")
        public static let kindWaiver = Phrase(en: "waiver", sv: "avskrivet")
        public static let checkIns = Phrase(en: "Check-ins", sv: "Incheckningar")
        public static let checkedIn = Phrase(en: "checked in", sv: "incheckad")
        public static let checkInUndone = Phrase(en: "check-in undone", sv: "incheckning ångrad")
        public static func atDesk(_ desk: String) -> Phrase { Phrase(en: " at desk \(desk)", sv: " vid disk \(desk)") }
        public static func desk(_ desk: String) -> Phrase { Phrase(en: "desk \(desk)", sv: "disk \(desk)") }
        /// A history line's author: "desk A (anna)", the Unix account in brackets when the journal has it.
        public static func desk(_ desk: String, user: String?) -> Phrase {
            guard let user, !user.isEmpty else { return Self.desk(desk) }
            return Phrase(en: "desk \(desk) (\(user))", sv: "disk \(desk) (\(user))")
        }
        public static let historyOfChanges = Phrase(en: "History of changes", sv: "Ändringshistorik")
        public static let noneSinceSnapshot = Phrase(en: "  none since the last snapshot", sv: "  inga sedan senaste ögonblicksbilden")
        public static let empty = Phrase(en: "(empty)", sv: "(tomt)")
        public static func changed(_ parts: Phrase) -> Phrase { Phrase(en: "changed \(parts.en)", sv: "ändrade \(parts.sv)") }

        // Field names as people say them (status lines, histories).
        public static let fieldFirstName = Phrase(en: "first name", sv: "förnamn")
        public static let fieldLastName = Phrase(en: "last name", sv: "efternamn")
        public static let fieldEmail = Phrase(en: "email", sv: "e-post")
        public static let fieldPhone = Phrase(en: "phone", sv: "telefon")
        public static let fieldOrganisation = Phrase(en: "organisation", sv: "organisation")
        public static let fieldRole = Phrase(en: "role", sv: "yrke")
        public static let fieldCategory = Phrase(en: "category", sv: "kategori")
        public static let fieldPrice = Phrase(en: "price", sv: "pris")
        public static let fieldDietaryNeeds = Phrase(en: "dietary needs", sv: "specialkost")
        public static let fieldInvoiceAddress = Phrase(en: "invoice address", sv: "fakturaadress")
        public static let fieldInvoiceReference = Phrase(en: "invoice reference", sv: "fakturareferens")
        public static let fieldNotes = Phrase(en: "notes", sv: "anteckningar")
    }
}
