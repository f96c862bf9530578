import Foundation

/// What the desk does when someone says their name: find them, then check them in. The command line
/// and the check-in pane both come through here, so they give the same answers.
public enum CheckInDesk {
    public enum Lookup: Equatable {
        case one(Registrant)
        case several([Registrant])
        case none
    }

    /// A code (typed loosely: "saf42", "SAF-0042") finds exactly that person; otherwise the search decides,
    /// and a query whose words fully match one person's name beats partial matches of others.
    public static func find(_ query: String, registry: Registry, index: SearchIndex, codePrefix: String) -> Lookup {
        let trimmed = query.trimmingCharacters(in: .whitespaces)
        guard !trimmed.isEmpty else { return .none }
        if let code = RegistrantCode.normalise(trimmed, prefix: codePrefix), let r = registry[code] { return .one(r) }
        if let r = registry[trimmed.uppercased()] { return .one(r) }
        // The best fifty are enough to decide and to show; a letter can match 100,000 people.
        let result = index.searchCounting(trimmed, limit: 50)
        let hits = result.codes.compactMap { registry[$0] }
        switch result.total {
        case 0: return .none
        case 1: return hits.first.map(Lookup.one) ?? .none
        default:
            let words = TextFolding.words(trimmed)
            let exact = hits.filter { TextFolding.words($0.fullName) == words || $0.email.lowercased() == trimmed.lowercased() }
            if exact.count == 1 { return .one(exact[0]) }
            return .several(hits)
        }
    }

    /// The outcome a desk shows after Enter.
    public enum Outcome: Hashable, Sendable {
        /// Checked in now. `due` is what is still owed (zero when paid); `proofNeeded` names the reduced
        /// rate whose ID the desk should see.
        case checkedIn(Registrant, due: Money, proofNeeded: FeeCategory?)
        case alreadyCheckedIn(Registrant, CheckIn)
        case cancelled(Registrant)
        case waitlisted(Registrant)
    }

    /// Checks the person in through the store (locked, caught up with other desks, fsync'ed).
    public static func checkIn(code: String, store: EventStore) throws -> Outcome {
        do {
            try store.commit(.checkIn(code: code, CheckIn(time: store.clock.now(), desk: store.desk)))
        } catch StoreError.rejected(let why) {
            switch why {
            case .alreadyCheckedIn(let r, let c): return .alreadyCheckedIn(r, c)
            case .cancelled(let r): return .cancelled(r)
            case .waitlisted(let r): return .waitlisted(r)
            default: throw StoreError.rejected(why)
            }
        }
        guard let r = store.registry[code] else { throw StoreError.rejected(.unknownCode(code)) }
        let category = store.event.feeCategory(id: r.feeCategoryID)
        return .checkedIn(r, due: max(r.due, .zero), proofNeeded: category?.requiresProof == true ? category : nil)
    }

    /// What an undo took back: the person as they are now (not checked in) and the check-in undone.
    public struct Undone: Equatable {
        public var registrant: Registrant
        public var undone: CheckIn
    }

    /// Undoes a person's check-in, from any desk, with a reason (required) that goes into their check-in
    /// history. Through the store like a check-in: locked, caught up with the other desks, fsync'ed.
    /// Throws `StoreError.rejected(.notCheckedIn)` when the person is not checked in (perhaps another desk
    /// undid it a moment ago), `.invalid` when the reason is empty and `.unknownCode` for a wrong code.
    public static func undo(code: String, reason: String, store: EventStore) throws -> Undone {
        let why = reason.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !why.isEmpty else { throw StoreError.rejected(.invalid(Catalogue.Registration.undoNeedsReason)) }
        try store.commit(.undoCheckIn(code: code, CheckInEvent(action: .undone, time: store.clock.now(), desk: store.desk, reason: why)))
        guard let r = store.registry[code] else { throw StoreError.rejected(.unknownCode(code)) }
        // The check-in just undone: the last one in the history before the undo recorded now.
        let last = r.checkInHistory.dropLast().last { $0.action == .checkedIn }
        return Undone(registrant: r, undone: CheckIn(time: last?.time ?? store.clock.now(), desk: last?.desk ?? ""))
    }
}
