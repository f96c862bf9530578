extension Catalogue {
    /// The check-in desk: the band's words (block letters, at most 15 characters), what to do next, the
    /// search, the matches and the counters. The questions asked before a check-in: `DeskQuestions.swift`.
    public enum Desk {
        // The band's words: no two outcomes share one.
        public static let checkedIn = Phrase(en: "CHECKED IN", sv: "INCHECKAD")
        public static let stillOwed = Phrase(en: "STILL OWED", sv: "SKULD KVAR")
        public static let alreadyIn = Phrase(en: "ALREADY IN", sv: "REDAN INCHECKAD")
        public static let notAdmitted = Phrase(en: "NOT ADMITTED", sv: "EJ INSLÄPPT")
        public static let cancelled = Phrase(en: "CANCELLED", sv: "AVBOKAD")
        public static let waitlisted = Phrase(en: "WAITLISTED", sv: "VÄNTELISTA")
        public static let notFound = Phrase(en: "NOT FOUND", sv: "HITTADES INTE")
        public static let whichOne = Phrase(en: "WHICH ONE", sv: "VEM AV DEM")
        public static let undone = Phrase(en: "UNDONE", sv: "ÅNGRAD")
        public static let checkInUndone = Phrase(en: "CHECK-IN UNDONE", sv: "INCHECKNING ÅNGRAD")
        public static let notDone = Phrase(en: "NOT DONE", sv: "EJ GJORT")
        public static let checkID = Phrase(en: "CHECK ID", sv: "KOLLA INTYG")
        public static let unpaid = Phrase(en: "UNPAID", sv: "OBETALD")
        public static let registered = Phrase(en: "REGISTERED", sv: "REDAN ANMÄLD")
        public static let lookAgain = Phrase(en: "LOOK AGAIN", sv: "KOLLA IGEN")
        public static let walkIn = Phrase(en: "WALK-IN", sv: "PÅ PLATS")

        // The band's headlines and lines of what to do next.
        public static func checkedInOwedHeadline(owed: String, who: String) -> Phrase {
            Phrase(en: "CHECKED IN · \(owed) STILL OWED  \(who)", sv: "INCHECKAD · \(owed) KVAR ATT BETALA  \(who)")
        }
        public static func toBeInvoiced(_ amount: String) -> Phrase {
            Phrase(en: "\(amount) to be invoiced.", sv: "\(amount) faktureras.")
        }
        public static func undoesThisCheckIn(key: String) -> Phrase {
            Phrase(en: "\(key) undoes this check-in.", sv: "\(key) ångrar den här incheckningen.")
        }
        public static func paidNow(_ amount: String) -> Phrase {
            Phrase(en: "Paid \(amount) now. ", sv: "Betalade \(amount) nu. ")
        }
        public static let nextPerson = Phrase(en: "Next person: type a name.", sv: "Nästa person: skriv ett namn.")
        public static func checkedInAt(time: String, desk: String) -> Phrase {
            Phrase(en: "Checked in at \(time) at desk \(desk): do not admit twice.",
                   sv: "Incheckad kl. \(time) vid disk \(desk): släpp inte in två gånger.")
        }
        public static func undoesAMistake(key: String) -> Phrase {
            Phrase(en: "\(key) undoes a check-in made by mistake.", sv: "\(key) ångrar en incheckning som blev fel.")
        }
        public static func nothingRecordedNoProof(category: Phrase) -> Phrase {
            Phrase(en: "Nothing recorded: no proof for \(category.en).", sv: "Inget registrerat: inget intyg för \(category.sv).")
        }
        public static let askToRegisterRight = Phrase(en: "Ask them to register at the right price.", sv: "Be dem anmäla sig till rätt pris.")
        public static let cancelledNotIn = Phrase(en: "The registration is cancelled; not checked in.", sv: "Anmälan är avbokad; inte incheckad.")
        public static let waitlistedNotIn = Phrase(en: "On the waiting list; not checked in.", sv: "Står på väntelistan; inte incheckad.")
        public static func checkSpelling(walkInKey: String) -> Phrase {
            Phrase(en: "Check the spelling, or \(walkInKey) registers a walk-in.", sv: "Kolla stavningen, eller anmäl på plats med \(walkInKey).")
        }
        public static func peopleNamed(count: Int, name: String) -> Phrase {
            Phrase(en: "\(count) people named \(name)", sv: "\(count) personer heter \(name)")
        }
        public static func askWhichOne(up: String, down: String, enter: String) -> Phrase {
            Phrase(en: "Ask for their email or organisation, move to the right one with \(up)/\(down), then \(enter).",
                   sv: "Fråga efter e-post eller organisation, välj rätt med \(up)/\(down), sedan \(enter).")
        }
        /// What was searched for, in the language's quotation marks.
        public static func quoted(_ query: String) -> Phrase { Phrase(en: "“\(query)”", sv: "”\(query)”") }
        public static let keptInHistory = Phrase(en: "Kept in the history with the reason.", sv: "Sparas i historiken med orsaken.")

        // The search, the matches and the counters.
        public static let find = Phrase(en: " Find:", sv: " Sök:")
        public static func arrived(_ arrived: Int, of expected: Int) -> Phrase {
            Phrase(en: "Arrived \(arrived) of \(expected)", sv: "Har kommit: \(arrived) av \(expected)")
        }
        public static func unpaidCount(_ count: Int) -> Phrase { Phrase(en: "\(count) unpaid", sv: "\(count) obetalda") }
        public static let typeAFewLetters = Phrase(en: "Type a few letters of a name, email, organisation or code, then Enter.",
                                                   sv: "Skriv några bokstäver av namn, e-post, organisation eller kod, sedan Enter.")
        public static let latestArrivals = Phrase(en: "Latest arrivals", sv: "Senast incheckade")
        public static func atDesk(_ desk: String) -> Phrase { Phrase(en: "desk \(desk)", sv: "disk \(desk)") }
        public static func nobodyMatches(enter: String, walkInKey: String) -> Phrase {
            Phrase(en: "Nobody matches. \(enter) says NOT FOUND; \(walkInKey) registers a walk-in.",
                   sv: "Ingen träff. \(enter) säger HITTADES INTE; \(walkInKey) anmäler på plats.")
        }
        public static let arrivalsPerQuarter = Phrase(en: "Arrivals per quarter hour", sv: "Ankomster per kvart")
        public static let noneYet = Phrase(en: "none yet", sv: "inga än")
        public static func peak(_ count: Int) -> Phrase { Phrase(en: "peak \(count)", sv: "topp \(count)") }

        // A match's status column.
        public static let matchCancelled = Phrase(en: "cancelled", sv: "avbokad")
        public static let matchWaitingList = Phrase(en: "waiting list", sv: "väntelista")
        public static let matchPaid = Phrase(en: "paid", sv: "betald")
        // 17 columns at 80: "2 000 kr obetalt", "in, 2 000 kr kvar" whole.
        public static func matchDue(_ amount: String) -> Phrase { Phrase(en: "\(amount) due", sv: "\(amount) obetalt") }
        public static func matchOwed(_ amount: String) -> Phrase { Phrase(en: "\(amount) owed", sv: "\(amount) kvar") }
        public static func matchInAt(_ time: String) -> Phrase { Phrase(en: "in \(time)", sv: "in \(time)") }
        public static let matchInShort = Phrase(en: "in, ", sv: "in, ")
        public static func matchInAtDesk(time: String, desk: String) -> Phrase {
            Phrase(en: "in \(time) desk \(desk)", sv: "in \(time) disk \(desk)")
        }
        public static func phoneEnding(_ digits: String) -> Phrase { Phrase(en: "tel …\(digits)", sv: "tel …\(digits)") }

        // Status lines of the desk.
        public static let noCategoriesForWalkIns = Phrase(en: "This event has no fee categories to register walk-ins at",
                                                          sv: "Evenemanget har inga avgiftskategorier att anmäla på plats till")
        public static func typeNameToUndo(key: String) -> Phrase {
            Phrase(en: "Type the name of the person whose check-in to undo, then \(key)",
                   sv: "Skriv namnet på den vars incheckning ska ångras, sedan \(key)")
        }
        public static func notCheckedIn(name: String, code: String) -> Phrase {
            Phrase(en: "\(name) (\(code)) is not checked in: nothing to undo", sv: "\(name) (\(code)) är inte incheckad: inget att ångra")
        }
        public static let sayWhyUndone = Phrase(en: "Say why the check-in is undone (it is kept in the history)",
                                                sv: "Skriv varför incheckningen ångras (det sparas i historiken)")
        public static func undoCheckInOf(_ name: String) -> Phrase {
            Phrase(en: "Undo the check-in of \(name)? Why:", sv: "Ångra incheckningen av \(name)? Varför:")
        }
        public static func notRegisteredAgain(_ description: Phrase) -> Phrase {
            Phrase(en: "\(description.en); not registered again", sv: "\(description.sv); inte anmäld igen")
        }

        // A walk-in found registered already: where they stand.
        public static func registeredAlready(code: String, name: String, reason: Phrase, facts: Phrase) -> Phrase {
            Phrase(en: "\(code) \(name) is registered already (\(reason.en)): \(facts.en)", sv: "\(code) \(name) är redan anmäld (\(reason.sv)): \(facts.sv)")
        }
        public static let factWaitingList = Phrase(en: "on the waiting list", sv: "på väntelistan")
        public static let factCancelled = Phrase(en: "cancelled", sv: "avbokad")
        public static let factPaid = Phrase(en: "paid", sv: "betald")
        public static func factDue(_ amount: String) -> Phrase { Phrase(en: "\(amount) due", sv: "\(amount) att betala") }
        public static func factCheckedIn(time: String) -> Phrase { Phrase(en: "checked in at \(time)", sv: "incheckad kl. \(time)") }
        public static func factCheckedInAtDesk(time: String, desk: String) -> Phrase {
            Phrase(en: "checked in at \(time) at desk \(desk)", sv: "incheckad kl. \(time) vid disk \(desk)")
        }
        public static let factNotCheckedIn = Phrase(en: "not checked in", sv: "inte incheckad")

        // The walk-in form.
        public static let walkInTitle = Phrase(en: "Walk-in: register, take payment and check in", sv: "På plats: anmäl, ta betalt och checka in")
        public static let firstName = Phrase(en: "First name", sv: "Förnamn")
        public static let lastName = Phrase(en: "Last name", sv: "Efternamn")
        public static let email = Phrase(en: "Email", sv: "E-post")
        public static let phone = Phrase(en: "Phone", sv: "Telefon")
        public static let category = Phrase(en: "Category", sv: "Kategori")
        public static let paysBy = Phrase(en: "Pays by", sv: "Betalar med")
        public static let required = Phrase(en: "required", sv: "krävs")
        public static let optional = Phrase(en: "optional", sv: "frivilligt")
        public static func toChoose(key: String) -> Phrase { Phrase(en: "\(key) to choose", sv: "\(key) för att välja") }
        public static let summaryAsksFirst = Phrase(en: "a summary asks before anything is taken", sv: "en sammanfattning frågar innan något tas")
        public static let methodCard = Phrase(en: "Card", sv: "Kort")
        public static let methodSwish = Phrase(en: "Swish", sv: "Swish")
        public static let methodCash = Phrase(en: "Cash", sv: "Kontant")
        public static let methodInvoice = Phrase(en: "Invoice (pays later)", sv: "Faktura (betalar senare)")
        public static let methodNothingNow = Phrase(en: "Nothing to pay now", sv: "Inget att betala nu")
    }
}
