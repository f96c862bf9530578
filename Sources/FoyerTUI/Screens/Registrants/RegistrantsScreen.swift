import Foundation
import FoyerCore

/// The registrants pane: the list (search, sort, filter, selection), one person in full, the form, and
/// the changes (register, edit, cancel, restore, promote, delete, undo) as effects for the store. Its
/// state is `AppState.registrants`.
public struct RegistrantsScreen: PaneScreen {
    public init() {}
    public var pane: Pane { .registrants }
    public var helpContext: KeyContext { .registrants }

    public func keyContext(_ s: AppState) -> KeyContext {
        if s.registrants.searching { return .registrantSearch }
        return s.registrants.detailCode != nil ? .registrantDetail : .registrants
    }

    public func shown(_ s: inout AppState) { Self.ensureVisible(&s) }

    public func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        RegistrantsView.draw(s, layout, into: &grid)
        guard s.registrants.searching else { return nil }
        return (9 + s.registrants.query.visible(width: min(40, layout.width - 10) - 1).cursorColumn, 1)
    }

    public func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        if s.registrants.searching { return Self.searchKey(input, &s) }
        guard let command = input.command else { return [] }
        return Self.command(command, &s)
    }

    /// The list's rows on screen below the pane's two header lines.
    static func listHeight(_ s: AppState) -> Int { max(1, s.layout.bodyHeight) }

    /// Keeps a selection (the first row when none) and scrolls it into view.
    static func ensureVisible(_ s: inout AppState) {
        let list = Selectors.rows(s)
        guard !list.isEmpty else { s.registrants.scroll = 0; return }
        let index = s.registrants.selectedCode.flatMap { list.row(of: $0) } ?? 0
        s.registrants.selectedCode = list[index].code
        s.registrants.scroll = ListScroll.keepingVisible(index, scroll: s.registrants.scroll, height: listHeight(s), count: list.count)
    }

    static func moveSelection(by delta: Int, toEnd: Bool = false, _ s: inout AppState) {
        let list = Selectors.rows(s)
        guard !list.isEmpty else { return }
        let here = s.registrants.selectedCode.flatMap { list.row(of: $0) } ?? 0
        let target = toEnd ? (delta < 0 ? 0 : list.count - 1) : max(0, min(list.count - 1, here + delta))
        s.registrants.selectedCode = list[target].code
        ensureVisible(&s)
    }

    /// Keys while the search field has focus: text edits the query (results follow each keystroke);
    /// Enter or ↓ goes to the list keeping the results; Esc clears the search.
    static func searchKey(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        switch input.command {
        case .submitField?:
            s.registrants.searching = false
        case .cancel?:
            s.registrants.searching = false
            s.registrants.query = LineEditor("", limit: 200)
        default:
            guard s.registrants.query.handle(input.key) else { return [] }
        }
        s.registrants.scroll = 0
        s.registrants.selectedCode = Selectors.rows(s).first?.code
        ensureVisible(&s)
        return []
    }

    static func command(_ command: Command, _ s: inout AppState) -> [Effect] {
        let page = listHeight(s) - 1
        if let code = s.registrants.detailCode {
            if let scroll = ListScroll.scrolled(s.registrants.detailScroll, by: command, page: page, limit: { Selectors.registrantDetailMaxScroll(code, s) }) {
                s.registrants.detailScroll = scroll
                return []
            }
            switch command {
            case .back, .openDetail: s.registrants.detailCode = nil; return []
            default: s.registrants.selectedCode = code
            }
        }
        let selected = s.registrants.selectedCode.flatMap { s.registry[$0] }
        switch command {
        case .moveUp: moveSelection(by: -1, &s)
        case .moveDown: moveSelection(by: 1, &s)
        case .pageUp: moveSelection(by: -max(1, page), &s)
        case .pageDown: moveSelection(by: max(1, page), &s)
        case .first: moveSelection(by: -1, toEnd: true, &s)
        case .last: moveSelection(by: 1, toEnd: true, &s)
        case .find:
            s.registrants.searching = true
            s.registrants.detailCode = nil
        case .back:
            if !s.registrants.query.isEmpty {
                s.registrants.query = LineEditor("", limit: 200)
                ensureVisible(&s)
            }
        case .cycleSort:
            let all = RegistrantSort.allCases
            s.registrants.sort = all[(all.firstIndex(of: s.registrants.sort)! + 1) % all.count]
            s.registrants.scroll = 0
            ensureVisible(&s)
            s.say(Phrase(verbatim: "Sorted by " + s.registrants.sort.label + (s.registrants.query.isEmpty ? "" : " (search results stay best first)")), .info)
        case .cycleFilter, .cycleFilterBack:
            let all = RegistrantFilter.cycle(event: s.event)
            let here = all.firstIndex(of: s.registrants.filter) ?? 0
            s.registrants.filter = all[(here + (command == .cycleFilter ? 1 : all.count - 1)) % all.count]
            s.registrants.scroll = 0
            s.registrants.selectedCode = nil
            ensureVisible(&s)
        case .openDetail:
            guard let r = selected else { return [] }
            s.registrants.detailCode = r.code
            s.registrants.detailScroll = 0
        case .newRegistrant:
            guard !s.event.offeredFeeCategories.isEmpty else {
                s.say("This event has no fee categories yet; add them before registering people", .warning)
                return []
            }
            s.overlay = .form(FormState(form: RegistrantForm.make(for: nil, event: s.event, registry: s.registry, now: s.now), purpose: .newRegistrant))
        case .editRegistrant:
            guard let r = selected else { return [] }
            s.overlay = .form(FormState(form: RegistrantForm.make(for: r, event: s.event, registry: s.registry, now: s.now), purpose: .editRegistrant(code: r.code), base: .registrant(r)))
        case .recordPayment:
            guard let r = selected else { return [] }
            s.overlay = .form(FormState(form: PaymentForm.make(for: r, event: s.event, now: s.now), purpose: .payment(code: r.code)))
        case .importFile:
            ImportPathScreen.start(.registrations, &s)
        case .issueReceipt:
            guard let r = selected else { return [] }
            return [.issueReceipt(code: r.code)]
        case .cancelRegistration:
            guard let r = selected else { return [] }
            guard r.status != .cancelled else { s.say("\(r.fullName) is already cancelled; \(KeyWords.name(.restoreRegistration, in: .registrants)) restores", .info); return [] }
            s.overlay = .confirm(Confirmation(question: "Cancel the registration of \(r.fullName) (\(r.code))? It is kept and can be restored.",
                                              consequence: .cancelRegistration(code: r.code), returnTo: nil))
        case .restoreRegistration:
            guard let r = selected else { return [] }
            guard r.status == .cancelled else { s.say("\(r.fullName) is not cancelled", .info); return [] }
            let full = RegistrantList.isFull(event: s.event, registry: s.registry)
            let status: RegistrationStatus = full ? .waitlisted : .registered
            return [.commit(.setStatus(code: r.code, status), expecting: .status(.cancelled), message: "Restored \(r.code) \(r.fullName)" + (full ? " to the waiting list (the event is full)" : ""),
                            undo: .push(ChangeUndo(inverse: .setStatus(code: r.code, .cancelled), expect: .status(status), description: "restoring \(r.fullName)")))]
        case .promoteSelected, .promoteFirst:
            let candidate = command == .promoteFirst ? RegistrantList.waitingList(s.registry).first : selected
            guard let r = candidate, r.status == .waitlisted else {
                s.say(command == .promoteFirst ? "Nobody is on the waiting list" : "Select someone on the waiting list (\(KeyWords.name(.cycleFilter, in: .registrants)) filters it)", .info)
                return []
            }
            let full = RegistrantList.isFull(event: s.event, registry: s.registry)
            s.overlay = .confirm(Confirmation(question: "Promote \(r.fullName) (\(r.code)) from the waiting list?" + (full ? " The event is already full." : ""),
                                              consequence: .promote(code: r.code), returnTo: nil))
        case .deleteRegistration:
            guard let r = selected else { return [] }
            s.overlay = .typedConfirm(TypedConfirmation(code: r.code, typed: LineEditor("", limit: 40)))
        case .undo:
            guard let last = s.changeUndo.last else { s.say("Nothing to undo", .info); return [] }
            return [.commit(last.inverse, expecting: last.expect, message: "Undone: " + last.description, undo: .pop)]
        default:
            break
        }
        return []
    }

    // MARK: The form

    /// The registrant the form describes: the one it was opened on with the person's changes.
    static func draft(_ fs: FormState, _ s: AppState) -> Registrant {
        var base: Registrant?
        if case .registrant(let opened)? = fs.base { base = opened }
        return RegistrantForm.draft(from: fs.form, base: base, event: s.event, registry: s.registry, now: s.now)
    }

    static func saveForm(_ fs: FormState, _ s: inout AppState, allowDuplicate: Bool) -> [Effect] {
        let draft = draft(fs, s)
        guard Update.acceptForm(fs, errors: RegistrantForm.errors(of: draft, event: s.event), &s) else { return [] }
        if !allowDuplicate, let duplicate = Validation.duplicates(of: draft, among: s.registry.registrants).first {
            s.overlay = .duplicate(DuplicateQuestion(form: fs, existingCode: duplicate.existingCode ?? "", message: duplicate.message))
            return []
        }
        // The form stays open until the store says it is saved: a failure or a conflict keeps the typing.
        s.overlay = .form(fs)
        switch fs.base {
        case .registrant(let opened)?:
            // Only what the person changed, based on what the form was opened with: the store merges it
            // with other desks' changes to other fields and refuses to write over theirs to the same ones.
            let edit = RegistrantEdit(from: opened, to: draft)
            guard !edit.isEmpty else { s.overlay = nil; s.say("Nothing changed", .info); return [] }
            let was = edit.values(in: opened)
            return [.commit(.edit(code: opened.code, edit), expecting: .fields(was),
                            message: "Saved \(opened.code): " + edit.changedFields.map(FieldName.label).joined(separator: ", "),
                            undo: .push(ChangeUndo(inverse: .edit(code: opened.code, was), expect: .fields(edit), description: "edit of \(opened.fullName)")))]
        default:
            return [.register(draft, allowDuplicate: allowDuplicate)]
        }
    }

    static func savePayment(_ fs: FormState, code: String, _ s: inout AppState) -> [Effect] {
        guard let r = s.registry[code] else { s.overlay = nil; return [] }
        guard Update.acceptForm(fs, errors: PaymentForm.errors(fs.form, registrant: r, event: s.event), &s), let payment = PaymentForm.payment(fs.form, event: s.event) else { return [] }
        let due = max(r.due, .zero)
        if payment.kind == .payment, payment.amount > due {
            let over = s.event.moneyFormat.string(payment.amount - due)
            s.overlay = .confirm(Confirmation(question: "That is \(over) more than \(r.fullName) owes. Record the overpayment?",
                                              consequence: .recordPayment(code: code, payment), returnTo: fs))
            return []
        }
        s.overlay = nil
        return [recordPaymentEffect(code: code, payment, s)]
    }

    /// Money is corrected with a refund, not undone, so the record of what happened stays whole.
    static func recordPaymentEffect(code: String, _ payment: Payment, _ s: AppState) -> Effect {
        let money = s.event.moneyFormat
        let r = s.registry[code]
        var after = r
        after?.payments.append(payment)
        let what: String
        switch payment.kind {
        case .payment: what = "Recorded \(money.string(payment.amount)) (\(payment.method.label))"
        case .refund: what = "Refunded \(money.string(payment.amount)) (\(payment.method.label))"
        case .waiver: what = "Waived \(money.string(payment.amount))"
        }
        let due = after.map { max($0.due, .zero) } ?? .zero
        return .commit(.recordPayment(code: code, payment), expecting: nil, message: what + " for \(r?.fullName ?? code); \(money.string(due)) due", undo: .none)
    }
}

/// Field names as people say them, for status lines and histories.
public enum FieldName {
    public static func label(_ stored: String) -> String {
        switch stored {
        case "firstName": return "first name"
        case "lastName": return "last name"
        case "feeCategory": return "category"
        case "dietaryNeeds": return "dietary needs"
        case "invoiceAddress": return "invoice address"
        case "invoiceReference": return "invoice reference"
        default: return stored
        }
    }
}
