import Foundation
import FoyerCore

/// The check-in pane's part of `update`. The search field always has the letters; Enter decides: a
/// paid (or free) person is checked in through the store, an unpaid one is asked for the payment first,
/// and cancelled, waitlisted or already checked-in people are named as such without changing anything.
extension Update {
    static func checkInMatches(_ s: AppState, limit: Int = 50) -> [Registrant] {
        let query = s.checkIn.query.text.trimmingCharacters(in: .whitespaces)
        guard !query.isEmpty else { return [] }
        return s.memo.checkInMatches(query: query, limit: limit, codePrefix: s.event.codePrefix, registry: s.registry) {
            // A whole code ("saf42", "SAF-0042") is that one person, whatever else its digits match.
            if let code = RegistrantCode.normalise(query, prefix: s.event.codePrefix), let r = s.registry[code] { return [r] }
            return s.searchIndex.search(query, limit: limit).compactMap { s.registry[$0] }
        }
    }

    static func checkInKey(_ key: Key, _ s: inout AppState) -> [Effect] {
        if s.checkIn.banner.map({ if case .unpaid = $0 { return true }; return false }) == true {
            return checkInPaymentKey(key, &s)
        }
        if let command = KeyTable.command(for: key, in: .checkIn) {
            switch command {
            case .checkInSelected: return checkInChosen(&s)
            case .moveUp, .moveDown:
                let matches = checkInMatches(s)
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
                guard let code = s.checkIn.selectedCode ?? checkInMatches(s).first?.code, let r = s.registry[code] else { return [] }
                guard r.isCheckedIn else { s.say("\(r.fullName) is not checked in", .info); return [] }
                s.overlay = .reason(ReasonPrompt(code: r.code, name: r.fullName, reason: LineEditor("", limit: 200)))
                return []
            default:
                return run(command, &s)
            }
        }
        // Everything else edits the search; the results follow every keystroke. After a result, the next
        // letter starts a new search, so the volunteer never has to clear the last name first.
        // A paste is text too: it searches, and never checks anyone in by itself (its line break is not Enter).
        if s.checkIn.banner != nil, key.typedCharacter != nil || { if case .paste = key { return true }; return false }() {
            s.checkIn.query = LineEditor("", limit: 100)
        }
        guard s.checkIn.query.handle(key) else { return [] }
        s.checkIn.selectedCode = checkInMatches(s).first?.code
        s.checkIn.banner = nil
        return []
    }

    static func checkInChosen(_ s: inout AppState) -> [Effect] {
        let matches = checkInMatches(s)
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
    static func checkInPaymentKey(_ key: Key, _ s: inout AppState) -> [Effect] {
        guard case .unpaid(let code, _, let due)? = s.checkIn.banner else { return [] }
        switch KeyTable.command(for: key, in: .checkInPayment) {
        case .chooseMethod(let method)?:
            s.checkIn.paymentMethod = method
        case .checkInSelected?:
            guard let method = s.checkIn.paymentMethod else { s.say("Choose how they pay first: c card, s Swish, k cash — or l to pay later", .warning); return [] }
            let payment = Payment(id: UUID().uuidString.lowercased().prefix(12).description, amount: due, method: method, time: s.now)
            s.checkIn.paymentMethod = nil
            return [.payAndCheckIn(code: code, payment)]
        case .payLater?:
            s.checkIn.paymentMethod = nil
            return [.checkIn(code: code)]
        case .back?:
            s.checkIn.banner = nil
            s.checkIn.paymentMethod = nil
        default:
            if key == .ctrl("c") { s.isRunning = false; return [.quit] }
        }
        return []
    }

    static func reasonKey(_ key: Key, _ prompt: ReasonPrompt, _ s: inout AppState) -> [Effect] {
        var p = prompt
        switch key {
        case .escape:
            s.overlay = nil
        case .enter:
            let reason = p.reason.text.trimmingCharacters(in: .whitespaces)
            guard !reason.isEmpty else { s.say("Say why the check-in is undone (it is kept in the history)", .warning); return [] }
            s.overlay = nil
            s.checkIn.banner = .undone(name: p.name)
            return [.undoCheckIn(code: p.code, reason: reason)]
        default:
            p.reason.handle(key)
            s.overlay = .reason(p)
        }
        return []
    }

    static func saveWalkIn(_ fs: FormState, _ s: inout AppState) -> [Effect] {
        let draft = WalkInForm.draft(fs.form, event: s.event, registry: s.registry, now: s.now)
        guard acceptForm(fs, errors: RegistrantForm.errors(of: draft, event: s.event), &s) else { return [] }
        s.overlay = nil
        return [.walkIn(draft, method: WalkInForm.method(fs.form))]
    }

    /// The store's answer to a check-in, shown in the large result line.
    static func showCheckIn(_ outcome: CheckInDesk.Outcome, paid: Money?, _ s: inout AppState) {
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
