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

    public func keyContext(_ s: AppState) -> KeyContext { s.checkIn.question?.context ?? .checkIn }

    public func render(_ s: AppState, _ layout: ScreenLayout, into grid: inout ScreenGrid) -> Cursor? {
        CheckInView.draw(s, layout, into: &grid)
        return (CheckInView.fieldX + s.checkIn.query.visible(width: CheckInView.fieldWidth(layout) - 1).cursorColumn, 1)
    }

    public func update(_ input: ScreenInput, _ s: inout AppState) -> [Effect] {
        let before = s.checkIn.banner
        let effects = s.checkIn.question != nil ? DeskQuestions.answer(input, &s) : Self.searchKey(input, &s)
        return effects + Self.bell(after: before, s)
    }

    /// The terminal's bell when a result that turns someone away has just appeared (`Outcome.isRefusal`).
    static func bell(after before: CheckInBanner?, _ s: AppState) -> [Effect] {
        guard s.checkIn.banner != before, s.checkIn.banner != nil, CheckInBand.content(s)?.outcome.isRefusal == true else { return [] }
        return [.bell]
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
                s.checkIn.chosenByHand = true
                return []
            case .back:
                s.checkIn.query = LineEditor("", limit: 100)
                s.checkIn.banner = nil
                s.checkIn.selectedCode = nil
                s.checkIn.chosenByHand = false
                return []
            case .walkIn:
                guard !s.event.offeredFeeCategories.isEmpty else { s.say(Catalogue.Desk.noCategoriesForWalkIns, .warning); return [] }
                s.overlay = .form(FormState(form: WalkInForm.make(query: s.checkIn.query.text, event: s.event, language: s.language), purpose: .walkIn))
                return []
            case .undoCheckIn:
                return undoCheckIn(&s)
            default:
                return []
            }
        }
        // Everything else edits the search; the results follow every keystroke. After a result, the next
        // letter starts a new search, so the volunteer never has to clear the last name first.
        // A paste is text too: it searches, and never checks anyone in by itself (its line break is not Enter).
        if s.checkIn.banner != nil || s.checkIn.nextLetterStartsOver, key.typesText {
            s.checkIn.query = LineEditor("", limit: 100)
        }
        guard s.checkIn.query.handle(key) else { return [] }
        s.checkIn.nextLetterStartsOver = false
        s.checkIn.selectedCode = Selectors.checkInMatches(s).first?.code
        s.checkIn.chosenByHand = false
        s.checkIn.banner = nil
        return []
    }

    /// Enter on the search: the chosen match, in the order of the door. Already in, cancelled or
    /// waitlisted is said at once; a namesake must be chosen by hand; a reduced category's ID is asked
    /// for, then the money, and only then is anything recorded.
    static func chosen(_ s: inout AppState) -> [Effect] {
        let matches = Selectors.checkInMatches(s)
        guard let r = matches.first(where: { $0.code == s.checkIn.selectedCode }) ?? matches.first else {
            let query = s.checkIn.query.text.trimmingCharacters(in: .whitespaces)
            if !query.isEmpty { s.checkIn.banner = .notFound(query: query) }
            return []
        }
        let namesakes = Selectors.namesakes(of: r, in: matches)
        if namesakes > 1, !s.checkIn.chosenByHand {
            s.checkIn.banner = .whichOne(name: r.fullName, count: namesakes)
            return []
        }
        s.checkIn.lastCode = r.code
        if let c = r.checkIn {
            s.checkIn.banner = .alreadyCheckedIn(name: r.fullName, code: r.code, time: LocalDateTime(c.time, in: s.event.timeZone).timeText, desk: c.desk)
            return []
        }
        switch r.status {
        case .cancelled: s.checkIn.banner = .cancelled(name: r.fullName, code: r.code); return []
        case .waitlisted: s.checkIn.banner = .waitlisted(name: r.fullName, code: r.code); return []
        case .registered: break
        }
        s.checkIn.banner = nil
        if let category = s.event.feeCategory(id: r.feeCategoryID), category.requiresProof {
            s.checkIn.question = DeskQuestion(.checkID(code: r.code, name: r.fullName, category: Catalogue.Fees.categoryName(category), due: max(r.due, .zero)))
            return []
        }
        return DeskQuestions.money(for: r.code, name: r.fullName, due: max(r.due, .zero), &s)
    }

    /// Ctrl-X: the chosen match's check-in, or the one just made (the search is cleared by then).
    static func undoCheckIn(_ s: inout AppState) -> [Effect] {
        let keys = s.screens.keys
        let code = s.checkIn.query.isEmpty ? s.checkIn.lastCode : (s.checkIn.selectedCode ?? Selectors.checkInMatches(s).first?.code)
        guard let code, let r = s.registry[code] else {
            s.say(Catalogue.Desk.typeNameToUndo(key: keys.keyName(.undoCheckIn, in: .checkIn)), .info)
            return []
        }
        guard r.isCheckedIn else { s.say(Catalogue.Desk.notCheckedIn(name: r.fullName, code: r.code), .warning); return [] }
        s.overlay = .reason(ReasonPrompt(code: r.code, name: r.fullName, reason: LineEditor("", limit: 200)))
        return []
    }

    /// The walk-in form is saved into a summary: nothing is registered or taken before Enter on it.
    static func saveWalkIn(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        let draft = WalkInForm.draft(fs.form, event: s.event, registry: s.registry, now: s.now)
        guard Update.acceptForm(fs, errors: RegistrantForm.errors(of: draft, event: s.event), &s) else { return [] }
        s.overlay = nil
        s.checkIn.banner = nil
        s.checkIn.question = DeskQuestion(.walkIn(form: fs, draft: draft, category: s.event.categoryNamePhrase(of: draft), method: WalkInForm.method(fs.form)))
        return []
    }

    /// The store's answer to a check-in, shown in the band: the code always, and what is still owed.
    static func show(_ outcome: CheckInDesk.Outcome, paid: Money?, _ s: inout AppState) {
        let zone = s.event.timeZone
        s.checkIn.question = nil
        switch outcome {
        case .checkedIn(let r, let due, _):
            s.checkIn.banner = .checkedIn(name: r.fullName, code: r.code, category: s.event.categoryNamePhrase(of: r), paid: paid,
                                          owed: due.minorUnits > 0 ? due : nil)
            s.checkIn.lastCode = r.code
            // Ready for the next person.
            s.checkIn.query = LineEditor("", limit: 100)
            s.checkIn.selectedCode = nil
            s.checkIn.chosenByHand = false
        case .alreadyCheckedIn(let r, let c):
            s.checkIn.banner = .alreadyCheckedIn(name: r.fullName, code: r.code, time: LocalDateTime(c.time, in: zone).timeText, desk: c.desk)
        case .cancelled(let r): s.checkIn.banner = .cancelled(name: r.fullName, code: r.code)
        case .waitlisted(let r): s.checkIn.banner = .waitlisted(name: r.fullName, code: r.code)
        }
    }
}
