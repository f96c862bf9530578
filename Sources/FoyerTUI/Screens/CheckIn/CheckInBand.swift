import FoyerCore

/// What the check-in band says: one word for the outcome (no two outcomes share a word or a style),
/// who it is about with their code, and what to do next, in lines that fit 80 columns. An open
/// question (the ID, the money, a walk-in) is said the same way, with its answers from the key table.
/// Phrases, made from the state at each frame: F8 redraws the band in the other language at once.
struct CheckInBand: Hashable {
    typealias Words = Catalogue.Desk
    /// In block letters where there is room: short enough for 80 columns (15 characters at most).
    var word: Phrase
    var who: Phrase
    var detail: [Phrase]
    var outcome: Outcome
    /// The band's line in words under the letters ("CHECKED IN  Åsa Öberg (SAF-0001) · Standard").
    var headline: Phrase

    init(word: Phrase, who: Phrase, detail: [Phrase], outcome: Outcome, headline: Phrase? = nil) {
        self.word = word; self.who = who; self.detail = detail; self.outcome = outcome
        self.headline = headline ?? (who.isEmpty ? word : word + Phrase(verbatim: "  ") + who)
    }

    /// "Åsa Öberg (SAF-0001)": data, the same in both languages.
    static func person(_ name: String, _ code: String) -> Phrase { Phrase(verbatim: "\(name) (\(code))") }

    static func content(_ state: AppState) -> CheckInBand? {
        let money = state.event.moneyFormat, g = Glyphs.current, keys = state.screens.keys
        if let q = state.checkIn.question { return question(q, state) }
        guard let banner = state.checkIn.banner else { return nil }
        let undo = keys.keyName(.undoCheckIn, in: .checkIn)
        switch banner {
        case .checkedIn(let name, let code, let category, let paid, let owed):
            let who = person(name, code) + Phrase(verbatim: g.joiner) + category
            if let owed {
                // Admitted, and the money is still to come: its own word, so nobody reads it as paid.
                return CheckInBand(word: Words.stillOwed, who: who,
                                   detail: [Words.toBeInvoiced(money.string(owed)), Words.undoesThisCheckIn(key: undo)], outcome: .owed,
                                   headline: Words.checkedInOwedHeadline(owed: money.string(owed), who: "\(name) (\(code))"))
            }
            return CheckInBand(word: Words.checkedIn, who: who,
                               detail: [(paid.map { Words.paidNow(money.string($0)) } ?? .empty) + Words.nextPerson, Words.undoesThisCheckIn(key: undo)],
                               outcome: .checkedIn)
        case .alreadyCheckedIn(let name, let code, let time, let desk):
            return CheckInBand(word: Words.alreadyIn, who: person(name, code),
                               detail: [Words.checkedInAt(time: time, desk: desk), Words.undoesAMistake(key: undo)], outcome: .again)
        case .notAdmitted(let name, let code, let category):
            return CheckInBand(word: Words.notAdmitted, who: person(name, code),
                               detail: [Words.nothingRecordedNoProof(category: category), Words.askToRegisterRight], outcome: .refused)
        case .cancelled(let name, let code):
            return CheckInBand(word: Words.cancelled, who: person(name, code), detail: [Words.cancelledNotIn], outcome: .refused)
        case .waitlisted(let name, let code):
            return CheckInBand(word: Words.waitlisted, who: person(name, code), detail: [Words.waitlistedNotIn], outcome: .refused)
        case .notFound(let query):
            return CheckInBand(word: Words.notFound, who: Words.quoted(query),
                               detail: [Words.checkSpelling(walkInKey: keys.keyName(.walkIn, in: .checkIn))], outcome: .refused)
        case .whichOne(let name, let count):
            return CheckInBand(word: Words.whichOne, who: Words.peopleNamed(count: count, name: name),
                               detail: [Words.askWhichOne(up: keys.keyName(.moveUp, in: .checkIn), down: keys.keyName(.moveDown, in: .checkIn),
                                                          enter: keys.keyName(.checkInSelected, in: .checkIn))],
                               outcome: .refused)
        case .undone(let name, let code):
            return CheckInBand(word: Words.undone, who: person(name, code), detail: [Words.keptInHistory], outcome: .undone,
                               headline: Words.checkInUndone + Phrase(verbatim: "  ") + person(name, code))
        case .failed(let why):
            return CheckInBand(word: Words.notDone, who: .empty, detail: [why], outcome: .refused)
        }
    }

    private static func question(_ q: DeskQuestion, _ state: AppState) -> CheckInBand {
        typealias Asked = Catalogue.DeskQuestions
        let money = state.event.moneyFormat, keys = state.screens.keys
        let back = keys.keyName(.back, in: q.context)
        let next: Phrase
        if !q.typedOver.isEmpty {
            next = Asked.typedOver(q.typedOver, back: back)
        } else if let summary = DeskQuestions.summary(q, money: money) {
            next = summary + Asked.back(back)
        } else {
            next = DeskQuestions.answers(q.context, keys) + Asked.thenEnter(keys.keyName(.checkInSelected, in: q.context)) + Asked.back(back)
        }
        switch q.subject {
        case .checkID(let code, let name, let category, _):
            return CheckInBand(word: Words.checkID, who: person(name, code), detail: [Asked.askForProof(category: category), next], outcome: .checkID)
        case .payment(let code, let name, let due):
            return CheckInBand(word: Words.unpaid, who: person(name, code), detail: [Asked.dueHowPay(money.string(due)), next], outcome: .owed,
                               headline: Asked.unpaidHeadline(due: money.string(due), who: "\(name) (\(code))"))
        case .walkInMatch(let match):
            return CheckInBand(word: Words.registered, who: person(match.existing.fullName, match.existing.code),
                               detail: [Asked.registeredAlready(reason: match.reason, facts: facts(match)), next], outcome: .again)
        case .walkInSecondLook(let match):
            return CheckInBand(word: Words.lookAgain, who: Phrase(verbatim: match.draft.fullName),
                               detail: [Asked.askEmailAndPhone(code: match.existing.code, reason: match.reason), next],
                               outcome: .checkID)
        case .walkIn(_, let draft, let category, _):
            // The summary is long: the way back gets a line of its own.
            let summary = DeskQuestions.summary(q, money: money) ?? .empty
            return CheckInBand(word: Words.walkIn, who: Phrase(verbatim: draft.fullName + " · ") + category,
                               detail: [summary, Asked.backToForm(back)], outcome: .checkID)
        }
    }

    /// "paid, checked in at 08:35 at desk A": where a walk-in found registered already stands.
    static func facts(_ match: WalkInMatch) -> Phrase {
        var facts: [Phrase] = []
        switch match.existing.status {
        case .registered: break
        case .waitlisted: facts.append(Words.factWaitingList)
        case .cancelled: facts.append(Words.factCancelled)
        }
        facts.append(match.existing.isSettled ? Words.factPaid : Words.factDue(match.dueText))
        if let c = match.checkedIn {
            facts.append(c.desk.isEmpty ? Words.factCheckedIn(time: c.timeText) : Words.factCheckedInAtDesk(time: c.timeText, desk: c.desk))
        } else {
            facts.append(Words.factNotCheckedIn)
        }
        return facts.joined(separator: Phrase(verbatim: ", "))
    }

    /// "SAF-0001 Agnes Olsson is registered already (the same email): paid, not checked in"
    static func registeredAlready(_ match: WalkInMatch) -> Phrase {
        Words.registeredAlready(code: match.existing.code, name: match.existing.fullName, reason: match.reason, facts: facts(match))
    }
}
