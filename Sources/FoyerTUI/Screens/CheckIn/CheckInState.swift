import Foundation
import FoyerCore

/// The check-in pane: one search field that always has the keys, the chosen result, the question the
/// desk must answer before anything is recorded, and the large band that says what just happened.
public struct CheckInState: Hashable, Sendable {
    public var query = LineEditor("", limit: 100)
    public var selectedCode: String?
    /// The volunteer moved to the chosen match with ↑/↓ (rather than it being the first): the only way
    /// to choose between two people of one name.
    public var chosenByHand = false
    public var banner: CheckInBanner?
    /// Asked before anything is recorded (an ID to check, money to take, a walk-in to confirm): while
    /// it is open only its own keys count.
    public var question: DeskQuestion?
    /// The person of the last result, for undoing it at once (the search is cleared by then).
    public var lastCode: String?
    /// A question was left with Esc: as after a result, the next letter starts a new search (the last
    /// one stays for Enter to ask again).
    public var nextLetterStartsOver = false
    public init() {}
}

/// What the desk sees after Enter, in words nobody can misread; each names the person's code.
public enum CheckInBanner: Hashable, Sendable {
    /// Checked in now; `paid` is what was taken just now, `owed` what is still to pay (pay later).
    case checkedIn(name: String, code: String, category: Phrase, paid: Money?, owed: Money?)
    case alreadyCheckedIn(name: String, code: String, time: String, desk: String)
    /// The ID a reduced category needs was not shown: nothing was recorded.
    case notAdmitted(name: String, code: String, category: Phrase)
    case cancelled(name: String, code: String)
    case waitlisted(name: String, code: String)
    case notFound(query: String)
    /// Two or more matches have this name: the volunteer must move to the right one first.
    case whichOne(name: String, count: Int)
    case undone(name: String, code: String)
    case failed(Phrase)
}

/// A question the check-in desk answers before anything is recorded, in the order of the door: the ID
/// first, then the money, then the result. An answer is a key, then Enter on the summary it shows; a
/// key that is not an answer (the next name typed too early) is never taken for one: the question
/// then waits for Esc, and nothing is taken.
public struct DeskQuestion: Hashable, Sendable {
    public enum Subject: Hashable, Sendable {
        /// A reduced category: is the proof (a student card, a pension card) shown?
        case checkID(code: String, name: String, category: Phrase, due: Money)
        /// Not paid: how do they pay, or later?
        case payment(code: String, name: String, due: Money)
        /// A walk-in's registration, price and check-in, to confirm at once; Esc goes back to its form.
        case walkIn(form: FormState, draft: Registrant, category: Phrase, method: PaymentMethod?)
        /// The store found the walk-in registered already (under the lock): this is them, or not?
        case walkInMatch(WalkInMatch)
        /// "A different person": a second look before a second registration of that email, phone or name.
        case walkInSecondLook(WalkInMatch)
    }
    public var subject: Subject
    /// The answer chosen with its key, shown as a summary and waiting for Enter.
    public var chosen: Command?
    /// What was typed that is not an answer: while it is not empty, nothing is taken and only Esc counts.
    public var typedOver = ""
    public init(_ subject: Subject) { self.subject = subject }

    /// Its keys' context.
    public var context: KeyContext {
        switch subject {
        case .checkID: return .checkID
        case .payment: return .checkInPayment
        case .walkIn: return .walkInSummary
        case .walkInMatch: return .walkInMatch
        case .walkInSecondLook: return .walkInSecondLook
        }
    }
}

/// A reason typed before a check-in is undone (kept in the history).
public struct ReasonPrompt: Hashable, Sendable {
    public var code: String
    public var name: String
    public var reason: LineEditor
}

/// The walk-in form: the few fields the desk needs to register, take payment and check in at once.
public enum WalkInForm {
    public static let methods: [PaymentMethod?] = [.card, .swish, .cash, .invoice, nil]

    /// Its choices are written in `language` (a choice's options are text, not phrases).
    public static func make(query: String, event: Event, language: Language = .en) -> Form {
        typealias Words = Catalogue.Desk
        let words = query.split(separator: " ").map(String.init)
        let first = words.first ?? "", last = words.dropFirst().joined(separator: " ")
        let categories = event.offeredFeeCategories.map { RegistrantForm.categoryLabel($0, event: event) }
        let methods = [Words.methodCard, Words.methodSwish, Words.methodCash, Words.methodInvoice, Words.methodNothingNow]
        return Form(title: Words.walkInTitle, fields: [
            .init(id: "firstName", label: Words.firstName, value: .text(LineEditor(first, limit: Validation.maxFieldLength)), note: Words.required),
            .init(id: "lastName", label: Words.lastName, value: .text(LineEditor(last, limit: Validation.maxFieldLength)), note: Words.required),
            .init(id: "email", label: Words.email, value: .text(LineEditor("", limit: Validation.maxFieldLength)), note: Words.optional),
            // Asked for because a walk-in who is registered already is found by it too (`DuplicateRule`).
            .init(id: "phone", label: Words.phone, value: .text(LineEditor("", limit: Validation.maxFieldLength)), note: Words.optional),
            .init(id: "category", label: Words.category, value: .choice(options: categories, index: 0), note: Words.toChoose(key: KeyWords.choice)),
            .init(id: "method", label: Words.paysBy, value: .choice(options: methods, index: 0), note: Words.summaryAsksFirst),
        ])
    }

    static func choice(_ form: Form, _ id: String) -> Int {
        if let i = form.index(of: id), case .choice(_, let index) = form.fields[i].value { return index }
        return 0
    }

    public static func draft(_ form: Form, event: Event, registry: Registry, now: Date) -> Registrant {
        let categories = event.offeredFeeCategories
        let c = categories.indices.contains(choice(form, "category")) ? categories[choice(form, "category")] : nil
        func v(_ id: String) -> String { form.value(id).trimmingCharacters(in: .whitespaces) }
        return Registrant(code: registry.nextCode(prefix: event.codePrefix), firstName: v("firstName"), lastName: v("lastName"),
                          email: v("email"), phone: v("phone"), feeCategoryID: c?.id ?? "", price: c?.price ?? .zero, registeredAt: now,
                          notes: "walk-in")
    }

    /// The method taken at the desk; nil for "invoice (later)" and "nothing now".
    public static func method(_ form: Form) -> PaymentMethod? {
        let m = methods[min(choice(form, "method"), methods.count - 1)]
        return m == .invoice ? nil : m
    }
}
