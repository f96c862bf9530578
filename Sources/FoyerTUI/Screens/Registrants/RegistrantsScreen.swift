import Foundation
import FoyerCore

/// The registrants pane: the list (search, sort, filter, selection), one person in full, the form, and
/// the changes (register, edit, cancel, restore, promote, delete, undo) as effects for the store. Its
/// state is `AppState.registrants`.
public struct RegistrantsScreen: PaneScreen {
    typealias Says = Catalogue.RegistrantForms
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
            s.say(Says.sortedBy(s.registrants.sort.label) + (s.registrants.query.isEmpty ? .empty : Says.searchStaysBestFirst), .info)
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
                s.say(Says.noCategoriesYet, .warning)
                return []
            }
            s.overlay = .form(FormState(form: RegistrantForm.make(for: nil, event: s.event, registry: s.registry, now: s.now, language: s.language), purpose: .newRegistrant))
        case .editRegistrant:
            guard let r = selected else { return [] }
            s.overlay = .form(FormState(form: RegistrantForm.make(for: r, event: s.event, registry: s.registry, now: s.now, language: s.language), purpose: .editRegistrant(code: r.code), base: .registrant(r)))
        case .recordPayment:
            guard let r = selected else { return [] }
            s.overlay = .form(FormState(form: PaymentForm.make(for: r, event: s.event, now: s.now, language: s.language), purpose: .payment(code: r.code)))
        case .importFile:
            ImportPathScreen.start(.registrations, &s)
        case .issueReceipt:
            guard let r = selected else { return [] }
            return [.issueReceipt(code: r.code)]
        case .cancelRegistration:
            guard let r = selected else { return [] }
            guard r.status != .cancelled else { s.say(Says.alreadyCancelled(name: r.fullName, key: KeyWords.name(.restoreRegistration, in: .registrants)), .info); return [] }
            s.overlay = .confirm(Confirmation(question: Catalogue.Dialogs.cancelRegistration(name: r.fullName, code: r.code),
                                              consequence: .cancelRegistration(code: r.code), returnTo: nil))
        case .restoreRegistration:
            guard let r = selected else { return [] }
            guard r.status == .cancelled else { s.say(Says.notCancelled(r.fullName), .info); return [] }
            let full = RegistrantList.isFull(event: s.event, registry: s.registry)
            let status: RegistrationStatus = full ? .waitlisted : .registered
            return [.commit(.setStatus(code: r.code, status), expecting: .status(.cancelled), message: (Says.restored(code: r.code, name: r.fullName) + (full ? Says.toWaitingListFull : .empty)),
                            undo: .push(ChangeUndo(inverse: .setStatus(code: r.code, .cancelled), expect: .status(status), description: Says.restoring(r.fullName))))]
        case .promoteSelected, .promoteFirst:
            let candidate = command == .promoteFirst ? RegistrantList.waitingList(s.registry).first : selected
            guard let r = candidate, r.status == .waitlisted else {
                s.say(command == .promoteFirst ? Says.nobodyWaiting : Says.selectSomeoneWaiting(key: KeyWords.name(.cycleFilter, in: .registrants)), .info)
                return []
            }
            let full = RegistrantList.isFull(event: s.event, registry: s.registry)
            s.overlay = .confirm(Confirmation(question: Catalogue.Dialogs.promote(name: r.fullName, code: r.code) + (full ? Catalogue.Dialogs.alreadyFull : .empty),
                                              consequence: .promote(code: r.code), returnTo: nil))
        case .deleteRegistration:
            guard let r = selected else { return [] }
            s.overlay = .typedConfirm(TypedConfirmation(code: r.code, typed: LineEditor("", limit: 40)))
        case .undo:
            guard let last = s.changeUndo.last else { s.say(Says.nothingToUndo, .info); return [] }
            return [.commit(last.inverse, expecting: last.expect, message: Says.undone(last.description), undo: .pop)]
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
            s.overlay = .duplicate(DuplicateQuestion(form: fs, existingCode: duplicate.existingCode ?? "", message: duplicate.phrase))
            return []
        }
        // The form stays open until the store says it is saved: a failure or a conflict keeps the typing.
        s.overlay = .form(fs)
        switch fs.base {
        case .registrant(let opened)?:
            // Only what the person changed, based on what the form was opened with: the store merges it
            // with other desks' changes to other fields and refuses to write over theirs to the same ones.
            let edit = RegistrantEdit(from: opened, to: draft)
            guard !edit.isEmpty else { s.overlay = nil; s.say(Says.nothingChanged, .info); return [] }
            let was = edit.values(in: opened)
            return [.commit(.edit(code: opened.code, edit), expecting: .fields(was),
                            message: Says.saved(code: opened.code, fields: edit.changedFields.map(FieldName.label).joined(separator: Phrase(verbatim: ", "))),
                            undo: .push(ChangeUndo(inverse: .edit(code: opened.code, was), expect: .fields(edit), description: Says.editOf(opened.fullName))))]
        default:
            return [.register(draft, allowDuplicate: allowDuplicate)]
        }
    }

    static func savePayment(_ fs: FormState, code: String, _ s: inout AppState) -> [Effect] {
        guard let r = s.registry[code] else { s.overlay = nil; return [] }
        guard Update.acceptForm(fs, errors: PaymentForm.errors(fs.form, registrant: r, event: s.event), &s), let payment = PaymentForm.payment(fs.form, event: s.event) else { return [] }
        let due = max(r.due, .zero)
        if payment.kind == .payment, r.status == .cancelled {
            s.overlay = .confirm(Confirmation(question: Catalogue.Dialogs.paymentOnCancelled(amount: s.event.moneyFormat.string(payment.amount), name: r.fullName),
                                              consequence: .recordPayment(code: code, payment), returnTo: fs))
            return []
        }
        if payment.kind == .payment, payment.amount > due {
            let over = s.event.moneyFormat.string(payment.amount - due)
            s.overlay = .confirm(Confirmation(question: Catalogue.Dialogs.overpayment(over: over, name: r.fullName),
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
        let what: Phrase
        // TODO(issue 17): the method's name in both languages, once PaymentMethod has one.
        switch payment.kind {
        case .payment: what = Says.recorded(amount: money.string(payment.amount), method: payment.method.name)
        case .refund: what = Says.refunded(amount: money.string(payment.amount), method: payment.method.name)
        case .waiver: what = Says.waived(money.string(payment.amount))
        }
        let due = after.map { max($0.due, .zero) } ?? .zero
        return .commit(.recordPayment(code: code, payment), expecting: nil, message: (what + Says.forWhomDue(name: r?.fullName ?? code, due: money.string(due))), undo: .none)
    }
}

/// Field names as people say them, for status lines and histories.
public enum FieldName {
    public static func label(_ stored: String) -> Phrase {
        typealias Words = Catalogue.Registrants
        switch stored {
        case "firstName": return Words.fieldFirstName
        case "lastName": return Words.fieldLastName
        case "email": return Words.fieldEmail
        case "phone": return Words.fieldPhone
        case "organisation": return Words.fieldOrganisation
        case "role": return Words.fieldRole
        case "feeCategory": return Words.fieldCategory
        case "price": return Words.fieldPrice
        case "dietaryNeeds": return Words.fieldDietaryNeeds
        case "invoiceAddress": return Words.fieldInvoiceAddress
        case "invoiceReference": return Words.fieldInvoiceReference
        case "notes": return Words.fieldNotes
        default: return Phrase(verbatim: stored)
        }
    }
}
