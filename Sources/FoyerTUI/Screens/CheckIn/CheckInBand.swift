import FoyerCore

/// What the check-in band says: one word for the outcome (no two outcomes share a word or a style),
/// who it is about with their code, and what to do next, in lines that fit 80 columns. An open
/// question (the ID, the money, a walk-in) is said the same way, with its answers from the key table.
struct CheckInBand: Hashable {
    /// In block letters where there is room: short enough for 80 columns.
    var word: String
    var who: String
    var detail: [String]
    var outcome: Outcome
    /// The band's line in words under the letters ("CHECKED IN  Åsa Öberg (SAF-0001) · Standard").
    var headline: String

    init(word: String, who: String, detail: [String], outcome: Outcome, headline: String? = nil) {
        self.word = word; self.who = who; self.detail = detail; self.outcome = outcome
        self.headline = headline ?? (who.isEmpty ? word : word + "  " + who)
    }

    static func content(_ state: AppState) -> CheckInBand? {
        let money = state.event.moneyFormat, g = Glyphs.current, keys = state.screens.keys
        if let q = state.checkIn.question { return question(q, state) }
        guard let banner = state.checkIn.banner else { return nil }
        let undo = keys.keyName(.undoCheckIn, in: .checkIn)
        switch banner {
        case .checkedIn(let name, let code, let category, let paid, let owed):
            if let owed {
                // Admitted, and the money is still to come: its own word, so nobody reads it as paid.
                return CheckInBand(word: "STILL OWED", who: "\(name) (\(code))" + g.joiner + category,
                                   detail: ["\(money.string(owed)) to be invoiced.", "\(undo) undoes this check-in."], outcome: .owed,
                                   headline: "CHECKED IN · \(money.string(owed)) STILL OWED  \(name) (\(code))")
            }
            return CheckInBand(word: "CHECKED IN", who: "\(name) (\(code))" + g.joiner + category,
                               detail: [(paid.map { "Paid \(money.string($0)) now. " } ?? "") + "Next person: type a name.", "\(undo) undoes this check-in."], outcome: .checkedIn)
        case .alreadyCheckedIn(let name, let code, let time, let desk):
            return CheckInBand(word: "ALREADY IN", who: "\(name) (\(code))", detail: ["Checked in at \(time) at desk \(desk): do not admit twice.",
                               "\(undo) undoes a check-in made by mistake."], outcome: .again)
        case .notAdmitted(let name, let code, let reason):
            return CheckInBand(word: "NOT ADMITTED", who: "\(name) (\(code))", detail: ["Nothing recorded: \(reason).", "Ask them to register at the right price."], outcome: .refused)
        case .cancelled(let name, let code):
            return CheckInBand(word: "CANCELLED", who: "\(name) (\(code))", detail: ["The registration is cancelled; not checked in."], outcome: .refused)
        case .waitlisted(let name, let code):
            return CheckInBand(word: "WAITLISTED", who: "\(name) (\(code))", detail: ["On the waiting list; not checked in."], outcome: .refused)
        case .notFound(let query):
            return CheckInBand(word: "NOT FOUND", who: "“\(query)”", detail: ["Check the spelling, or \(keys.keyName(.walkIn, in: .checkIn)) registers a walk-in."], outcome: .refused)
        case .whichOne(let name, let count):
            return CheckInBand(word: "WHICH ONE", who: "\(count) people named \(name)",
                               detail: ["Ask for their email or organisation, move to the right one with \(keys.keyName(.moveUp, in: .checkIn))/\(keys.keyName(.moveDown, in: .checkIn)), then \(keys.keyName(.checkInSelected, in: .checkIn))."],
                               outcome: .refused)
        case .undone(let name, let code):
            return CheckInBand(word: "UNDONE", who: "\(name) (\(code))", detail: ["Kept in the history with the reason."], outcome: .undone,
                               headline: "CHECK-IN UNDONE  \(name) (\(code))")
        case .failed(let why):
            return CheckInBand(word: "NOT DONE", who: "", detail: [why], outcome: .refused)
        }
    }

    private static func question(_ q: DeskQuestion, _ state: AppState) -> CheckInBand {
        let money = state.event.moneyFormat, keys = state.screens.keys
        let back = keys.keyName(.back, in: q.context)
        let next: String
        if !q.typedOver.isEmpty {
            next = "Typed “\(q.typedOver)”: not an answer, nothing taken. \(back) goes back."
        } else if let summary = DeskQuestions.summary(q, money: money) {
            next = summary + " · \(back) back"
        } else {
            next = DeskQuestions.answers(q.context, keys) + ", then \(keys.keyName(.checkInSelected, in: q.context)) · \(back) back"
        }
        switch q.subject {
        case .checkID(let code, let name, let category, _):
            return CheckInBand(word: "CHECK ID", who: "\(name) (\(code))", detail: ["\(category): ask for the proof before anything else.", next], outcome: .checkID)
        case .payment(let code, let name, let due):
            return CheckInBand(word: "UNPAID", who: "\(name) (\(code))", detail: ["\(money.string(due)) due. How do they pay?", next], outcome: .owed,
                               headline: "UNPAID  \(money.string(due)) due · \(name) (\(code))")
        case .walkInMatch(let match):
            let facts = match.description.components(separatedBy: "): ").last ?? ""
            return CheckInBand(word: "REGISTERED", who: "\(match.existing.fullName) (\(match.existing.code))",
                               detail: ["Registered already (\(match.reason)): \(facts).", next], outcome: .again)
        case .walkInSecondLook(let match):
            return CheckInBand(word: "LOOK AGAIN", who: match.draft.fullName,
                               detail: ["\(match.existing.code) has \(match.reason): ask for their email and phone; another person only if they differ.", next],
                               outcome: .checkID)
        case .walkIn(_, let draft, let category, _):
            // The summary is long: the way back gets a line of its own.
            let summary = DeskQuestions.summary(q, money: money) ?? ""
            return CheckInBand(word: "WALK-IN", who: draft.fullName + " · " + category, detail: [summary, "\(back) goes back to the form; nothing is saved or taken before Enter."], outcome: .checkID)
        }
    }
}
