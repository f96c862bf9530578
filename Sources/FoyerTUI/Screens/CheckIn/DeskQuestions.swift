import Foundation
import FoyerCore

/// The questions of the check-in desk (the ID, the money, a walk-in), answered before anything is
/// recorded. Modal: only the question's own keys count. An answer key shows a summary of what will
/// happen and Enter does it; a key that is not an answer is most likely the next name typed too
/// early, so it is never taken for one: from then on nothing is taken until Esc, and the band says so.
enum DeskQuestions {
    typealias Asked = Catalogue.DeskQuestions
    /// After the ID (or when none is needed): the money, or the check-in itself when nothing is due.
    static func money(for code: String, name: String, due: Money, _ s: inout AppState) -> [Effect] {
        guard due.minorUnits > 0 else { s.checkIn.question = nil; return [.checkIn(code: code)] }
        s.checkIn.question = DeskQuestion(.payment(code: code, name: name, due: due))
        return []
    }

    static func answer(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        guard var q = s.checkIn.question else { return [] }
        let keys = s.screens.keys
        if input.command == .back {
            s.checkIn.question = nil
            s.checkIn.nextLetterStartsOver = true
            if case .walkIn(let form, _, _, _) = q.subject {
                s.overlay = .form(form)
                return []
            }
            s.say(Asked.nothingRecorded, .info)
            return []
        }
        guard q.typedOver.isEmpty else {
            // Typing over the question: keep the text to show it, take nothing.
            if input.key.typesText { q.typedOver += typed(input.key) }
            s.checkIn.question = q
            s.say(Asked.stillOpen(back: keys.keyName(.back, in: q.context)), .warning)
            return [.bell]
        }
        switch input.command {
        case .checkInSelected?:
            guard let chosen = q.chosen else {
                if case .walkIn = q.subject { return confirm(q, .checkInSelected, &s) }
                s.say(Asked.chooseFirst(answers(q.context, keys)), .warning)
                return [.bell]
            }
            return confirm(q, chosen, &s)
        case let command? where isAnswer(command, in: q.context, keys):
            q.chosen = command
            s.checkIn.question = q
            return []
        case .help?:
            s.overlay = .help(scroll: 0)
            return []
        default:
            if input.key.typesText {
                // An answer's letter just before ("l" of "lars") was the start of the typing too.
                let before = q.chosen.flatMap { keys.binding($0, in: q.context)?.keys.first { $0.typesText } }.map(typed) ?? ""
                q.typedOver = before + typed(input.key)
                q.chosen = nil
                s.checkIn.question = q
                s.say(Asked.notAnAnswer(q.typedOver, back: keys.keyName(.back, in: q.context)), .warning)
                return [.bell]
            }
            s.say(Asked.answerFirst(answers(q.context, keys)), .info)
            return []
        }
    }

    /// Enter on an answer: what the summary said.
    private static func confirm(_ q: DeskQuestion, _ chosen: Command, _ s: inout AppState) -> [Effect] {
        switch (q.subject, chosen) {
        case (.checkID(let code, let name, _, let due), .confirm):
            return money(for: code, name: name, due: due, &s)
        case (.checkID(let code, let name, let category, _), .refuse):
            s.checkIn.question = nil
            s.checkIn.banner = .notAdmitted(name: name, code: code, category: category)
            return []
        case (.payment(let code, _, let due), .chooseMethod(let method)):
            s.checkIn.question = nil
            // The payment's id is given where it is written (the store), not here: update stays pure.
            return [.payAndCheckIn(code: code, Payment(id: "", amount: due, method: method, time: s.now))]
        case (.payment(let code, _, _), .payLater):
            s.checkIn.question = nil
            return [.checkIn(code: code)]
        case (.walkIn(_, let draft, _, let method), _):
            s.checkIn.question = nil
            return [.walkIn(draft, method: method)]
        case (.walkInMatch(let match), .thisIsThem):
            // The normal path for the person already registered: ALREADY IN, the ID, the money. The
            // status line's "registered already" has been answered.
            s.checkIn.question = nil
            s.status = nil
            s.checkIn.query = LineEditor(match.existing.code, limit: 100)
            s.checkIn.selectedCode = match.existing.code
            s.checkIn.chosenByHand = true
            return CheckInScreen.chosen(&s)
        case (.walkInMatch(let match), .differentPerson):
            s.checkIn.question = DeskQuestion(.walkInSecondLook(match))
            return []
        case (.walkInSecondLook(let match), .confirm):
            s.checkIn.question = nil
            return [.walkInAnyway(match.draft, method: match.method)]
        default:
            return []
        }
    }

    /// The summary of what Enter will do, for the band: nil while no answer is chosen.
    static func summary(_ q: DeskQuestion, money: MoneyFormat) -> Phrase? {
        switch (q.subject, q.chosen) {
        case (.checkID(_, let name, let category, _), .confirm?):
            return Asked.showedProof(name: name, category: category)
        case (.checkID(_, let name, let category, _), .refuse?):
            return Asked.notAdmit(name: name, category: category)
        case (.payment(_, let name, let due), .chooseMethod(let method)?):
            // TODO(issue 17): the method's name in both languages, once PaymentMethod has one.
            return Asked.take(amount: money.string(due), method: method.name, name: name)
        case (.payment(_, let name, let due), .payLater?):
            return Asked.checkInOwing(name: name, amount: money.string(due))
        case (.walkInMatch(let match), .thisIsThem?):
            return Asked.checkInAs(name: match.existing.fullName, code: match.existing.code)
        case (.walkInMatch(let match), .differentPerson?):
            return Asked.someoneElse(name: match.draft.fullName, code: match.existing.code)
        case (.walkInSecondLook(let match), .confirm?):
            return Asked.registerAnother(name: match.draft.fullName)
        case (.walkIn(_, let draft, let category, let method), _):
            let price = money.string(draft.price)
            let taking = draft.price.minorUnits == 0 ? Asked.nothingToPay : method.map { Asked.takeBy(amount: price, method: $0.name) } ?? Asked.stillOwed(price)
            return Asked.registerWalkIn(name: draft.fullName, category: category, taking: taking)
        default:
            return nil
        }
    }

    /// An answer is any of the question's own keys but Enter, Esc and help: the key table says which.
    static func isAnswer(_ command: Command, in context: KeyContext, _ keys: KeyTable) -> Bool {
        ![.checkInSelected, .back, .help].contains(command) && keys.rows(in: context).contains { $0.command == command }
    }

    /// "c card, s Swish, k cash, l later": the question's answers from the key table.
    static func answers(_ context: KeyContext, _ keys: KeyTable) -> Phrase {
        keys.rows(in: context).compactMap { b -> Phrase? in
            guard isAnswer(b.command, in: context, keys), let hint = b.hint, let key = b.keys.first else { return nil }
            return Phrase(verbatim: key.label + " ") + hint
        }.joined(separator: Phrase(verbatim: ", "))
    }

    private static func typed(_ key: Key) -> String {
        switch key {
        case .char(let c): return String(c)
        case .paste(let text): return text
        default: return ""
        }
    }
}
