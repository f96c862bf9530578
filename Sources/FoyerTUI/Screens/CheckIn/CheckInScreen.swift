import Foundation
import FoyerCore

/// The check-in pane. The search field always has the letters; Enter decides: a paid (or free) person
/// is checked in through the store, an unpaid one is asked for the payment first, and cancelled,
/// waitlisted or already checked-in people are named as such without changing anything. Its state is
/// `AppState.checkIn`.
public struct CheckInScreen: PaneScreen {
    public init() {}
    public var pane: Pane { .checkIn }
    public var helpContext: KeyContext { .checkIn }

    public func keyContext(_ s: AppState) -> KeyContext {
        if case .unpaid? = s.checkIn.banner { return .checkInPayment }
        return .checkIn
    }

    public func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        CheckInView.draw(s, layout, into: &grid)
        return (CheckInView.fieldX + s.checkIn.query.visible(width: CheckInView.fieldWidth(layout) - 1).cursorColumn, 1)
    }

    public func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        if case .unpaid? = s.checkIn.banner { return Self.paymentKey(input, &s) }
        return Self.searchKey(input, &s)
    }

    static func searchKey(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        let key = input.key
        if let command = input.command {
            switch command {
            case .checkInSelected: return chosen(&s)
            case .moveUp, .moveDown:
                let matches = Selectors.checkInMatches(s)
                guard !matches.isEmpty else { return [] }
                let here = matches.firstIndex { $0.code == s.checkIn.selectedCode } ?? 0
                s.checkIn.selectedCode = matches[max(0, min(matches.count - 1, here + (command == .moveUp ? -1 : 1)))].code
                return []
            case .back:
                s.checkIn.query = LineEditor("", limit: 100)
                s.checkIn.banner = nil
                s.checkIn.selectedCode = nil
                return []
            case .walkIn:
                guard !s.event.offeredFeeCategories.isEmpty else { s.say("This event has no fee categories to register walk-ins at", .warning); return [] }
                s.overlay = .form(FormState(form: WalkInForm.make(query: s.checkIn.query.text, event: s.event), purpose: .walkIn))
                return []
            case .undoCheckIn:
                guard let code = s.checkIn.selectedCode ?? Selectors.checkInMatches(s).first?.code, let r = s.registry[code] else { return [] }
                guard r.isCheckedIn else { s.say("\(r.fullName) is not checked in", .info); return [] }
                s.overlay = .reason(ReasonPrompt(code: r.code, name: r.fullName, reason: LineEditor("", limit: 200)))
                return []
            default:
                return []
            }
        }
        // Everything else edits the search; the results follow every keystroke. After a result, the next
        // letter starts a new search, so the volunteer never has to clear the last name first.
        // A paste is text too: it searches, and never checks anyone in by itself (its line break is not Enter).
        if s.checkIn.banner != nil, key.typesText {
            s.checkIn.query = LineEditor("", limit: 100)
        }
        guard s.checkIn.query.handle(key) else { return [] }
        s.checkIn.selectedCode = Selectors.checkInMatches(s).first?.code
        s.checkIn.banner = nil
        return []
    }

    static func chosen(_ s: inout AppState) -> [Effect] {
        let matches = Selectors.checkInMatches(s)
        guard let r = matches.first(where: { $0.code == s.checkIn.selectedCode }) ?? matches.first else {
            let query = s.checkIn.query.text.trimmingCharacters(in: .whitespaces)
            if !query.isEmpty { s.checkIn.banner = .notFound(query: query) }
            return []
        }
        if let c = r.checkIn {
            s.checkIn.banner = .alreadyCheckedIn(name: r.fullName, time: LocalDateTime(c.time, in: s.event.timeZone).timeText, desk: c.desk)
            return []
        }
        switch r.status {
        case .cancelled: s.checkIn.banner = .cancelled(name: r.fullName); return []
        case .waitlisted: s.checkIn.banner = .waitlisted(name: r.fullName); return []
        case .registered: break
        }
        if r.due.minorUnits > 0 {
            s.checkIn.banner = .unpaid(code: r.code, name: r.fullName, due: r.due)
            s.checkIn.paymentMethod = nil
            return []
        }
        return [.checkIn(code: r.code)]
    }

    /// After UNPAID: one key for the method, Enter to take what is due and check in; `l` for later.
    static func paymentKey(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        guard case .unpaid(let code, _, let due)? = s.checkIn.banner else { return [] }
        switch input.command {
        case .chooseMethod(let method)?:
            s.checkIn.paymentMethod = method
        case .checkInSelected?:
            guard let method = s.checkIn.paymentMethod else {
                let keys = s.screens.keys
                let methods = keys.rows(in: .checkInPayment).compactMap { b -> String? in
                    guard case .chooseMethod = b.command, let hint = b.hint, let key = b.keys.first else { return nil }
                    return key.label + " " + hint
                }
                s.say("Choose how they pay first: " + methods.joined(separator: ", ") + " — or \(keys.keyName(.payLater, in: .checkInPayment)) to pay later", .warning)
                return []
            }
            // The payment's id is given where it is written (the store), not here: update stays pure.
            let payment = Payment(id: "", amount: due, method: method, time: s.now)
            s.checkIn.paymentMethod = nil
            return [.payAndCheckIn(code: code, payment)]
        case .payLater?:
            s.checkIn.paymentMethod = nil
            return [.checkIn(code: code)]
        case .back?:
            s.checkIn.banner = nil
            s.checkIn.paymentMethod = nil
        default:
            break
        }
        return []
    }

    static func saveWalkIn(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        let draft = WalkInForm.draft(fs.form, event: s.event, registry: s.registry, now: s.now)
        guard Update.acceptForm(fs, errors: RegistrantForm.errors(of: draft, event: s.event), &s) else { return [] }
        s.overlay = nil
        return [.walkIn(draft, method: WalkInForm.method(fs.form))]
    }

    /// The store's answer to a check-in, shown in the large result line.
    static func show(_ outcome: CheckInDesk.Outcome, paid: Money?, _ s: inout AppState) {
        let zone = s.event.timeZone
        switch outcome {
        case .checkedIn(let r, _, let proof):
            let category = s.event.categoryName(of: r)
            s.checkIn.banner = .checkedIn(name: r.fullName, category: category, proof: proof.map { ($0.eligibility.text() ?? $0.displayName()) }, paid: paid)
            // Ready for the next person.
            s.checkIn.query = LineEditor("", limit: 100)
            s.checkIn.selectedCode = nil
        case .alreadyCheckedIn(let r, let c):
            s.checkIn.banner = .alreadyCheckedIn(name: r.fullName, time: LocalDateTime(c.time, in: zone).timeText, desk: c.desk)
        case .cancelled(let r): s.checkIn.banner = .cancelled(name: r.fullName)
        case .waitlisted(let r): s.checkIn.banner = .waitlisted(name: r.fullName)
        }
    }
}
