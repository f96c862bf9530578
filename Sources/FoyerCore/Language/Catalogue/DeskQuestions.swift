extension Catalogue {
    /// The questions the check-in desk answers before anything is recorded: the ID, the money, a walk-in.
    public enum DeskQuestions {
        public static func typedOver(_ typed: String, back: String) -> Phrase {
            Phrase(en: "Typed “\(typed)”: not an answer, nothing taken. \(back) goes back.",
                   sv: "Skrev ”\(typed)”: inget svar, inget taget. \(back) går tillbaka.")
        }
        public static func back(_ key: String) -> Phrase { Phrase(en: " · \(key) back", sv: " · \(key) tillbaka") }
        public static func thenEnter(_ key: String) -> Phrase { Phrase(en: ", then \(key)", sv: ", sedan \(key)") }
        public static func askForProof(category: Phrase) -> Phrase {
            Phrase(en: "\(category.en): ask for the proof before anything else.", sv: "\(category.sv): be om intyget innan något annat.")
        }
        public static func dueHowPay(_ amount: String) -> Phrase {
            Phrase(en: "\(amount) due. How do they pay?", sv: "\(amount) att betala. Hur betalar de?")
        }
        public static func unpaidHeadline(due: String, who: String) -> Phrase {
            Phrase(en: "UNPAID  \(due) due · \(who)", sv: "OBETALD  \(due) att betala · \(who)")
        }
        public static func registeredAlready(reason: Phrase, facts: Phrase) -> Phrase {
            Phrase(en: "Registered already (\(reason.en)): \(facts.en).", sv: "Redan anmäld (\(reason.sv)): \(facts.sv).")
        }
        public static func askEmailAndPhone(code: String, reason: Phrase) -> Phrase {
            Phrase(en: "\(code) has \(reason.en): ask for their email and phone; another person only if they differ.",
                   sv: "\(code) har \(reason.sv): fråga efter e-post och telefon; en annan person bara om de skiljer sig.")
        }
        public static func backToForm(_ key: String) -> Phrase {
            Phrase(en: "\(key) goes back to the form; nothing is saved or taken before Enter.",
                   sv: "\(key) går tillbaka till formuläret; inget sparas eller tas före Enter.")
        }

        // Status lines while a question is open.
        public static let nothingRecorded = Phrase(en: "Nothing recorded", sv: "Inget registrerat")
        public static func stillOpen(back: String) -> Phrase {
            Phrase(en: "Nothing taken: the question is still open; \(back) goes back", sv: "Inget taget: frågan är fortfarande öppen; \(back) går tillbaka")
        }
        public static func chooseFirst(_ answers: Phrase) -> Phrase {
            Phrase(en: "Choose an answer first: \(answers.en)", sv: "Välj ett svar först: \(answers.sv)")
        }
        public static func notAnAnswer(_ typed: String, back: String) -> Phrase {
            Phrase(en: "“\(typed)” is not an answer, so nothing was taken. \(back) goes back to the search",
                   sv: "”\(typed)” är inget svar, så inget togs. \(back) går tillbaka till sökningen")
        }
        public static func answerFirst(_ answers: Phrase) -> Phrase {
            Phrase(en: "Answer the question first: \(answers.en)", sv: "Svara på frågan först: \(answers.sv)")
        }

        // The summary of what Enter will do.
        public static func showedProof(name: String, category: Phrase) -> Phrase {
            Phrase(en: "\(name) showed proof for \(category.en)? Enter goes on", sv: "Visade \(name) intyg för \(category.sv)? Enter går vidare")
        }
        public static func notAdmit(name: String, category: Phrase) -> Phrase {
            Phrase(en: "Not admit \(name) at \(category.en): no proof? Enter", sv: "Släpp inte in \(name) som \(category.sv): inget intyg? Enter")
        }
        public static func take(amount: String, method: Phrase, name: String) -> Phrase {
            Phrase(en: "Take \(amount) by \(method.en) from \(name)? Enter", sv: "Ta \(amount) med \(method.sv) från \(name)? Enter")
        }
        public static func checkInOwing(name: String, amount: String) -> Phrase {
            Phrase(en: "Check in \(name) with \(amount) still owed? Enter", sv: "Checka in \(name) med \(amount) kvar att betala? Enter")
        }
        public static func checkInAs(name: String, code: String) -> Phrase {
            Phrase(en: "Check in \(name) as \(code), not registered again? Enter", sv: "Checka in \(name) som \(code), utan ny anmälan? Enter")
        }
        public static func someoneElse(name: String, code: String) -> Phrase {
            Phrase(en: "\(name) is someone else than \(code)? Enter for a second look", sv: "Är \(name) någon annan än \(code)? Enter för en andra koll")
        }
        public static func registerAnother(name: String) -> Phrase {
            Phrase(en: "Register another \(name), take the money and check in? Enter", sv: "Anmäl en till \(name), ta betalt och checka in? Enter")
        }
        public static let nothingToPay = Phrase(en: "nothing to pay", sv: "inget att betala")
        public static func takeBy(amount: String, method: Phrase) -> Phrase {
            Phrase(en: "take \(amount) by \(method.en)", sv: "ta \(amount) med \(method.sv)")
        }
        public static func stillOwed(_ amount: String) -> Phrase { Phrase(en: "\(amount) still owed", sv: "\(amount) kvar att betala") }
        public static func registerWalkIn(name: String, category: Phrase, taking: Phrase) -> Phrase {
            Phrase(en: "Register \(name) (\(category.en)), \(taking.en), and check in? Enter",
                   sv: "Anmäl \(name) (\(category.sv)), \(taking.sv), och checka in? Enter")
        }
    }
}
