import Foundation

/// Why a change was not applied. The desk shows these words.
public enum ChangeRejection: Error, Hashable, Sendable, CustomStringConvertible {
    case unknownCode(String)
    case duplicateCode(String)
    case alreadyCheckedIn(Registrant, CheckIn)
    case notCheckedIn(String)
    case cancelled(Registrant)
    case waitlisted(Registrant)
    case invalid(Phrase)

    /// What the desk is told, in both languages.
    public var phrase: Phrase {
        typealias Words = Catalogue.Registration
        switch self {
        case .unknownCode(let code): return Words.unknownCode(code)
        case .duplicateCode(let code): return Words.duplicateCode(code)
        case .alreadyCheckedIn(let r, let c):
            return Words.alreadyCheckedIn(name: r.fullName, code: r.code, at: c.desk.isEmpty ? Words.anotherDesk : Words.desk(c.desk))
        case .notCheckedIn(let code): return Words.notCheckedIn(code)
        case .cancelled(let r): return Words.cancelled(name: r.fullName, code: r.code)
        case .waitlisted(let r): return Words.waitlisted(name: r.fullName, code: r.code)
        case .invalid(let why): return why
        }
    }
    public var description: String { phrase.en }
}

/// The registrations of one event in memory: the snapshot with the journal applied.
/// Every change goes through `apply`, so the rules (one check-in at a time, codes never reused) hold
/// for the TUI, the command line and a replayed journal alike.
public struct Registry: Hashable, Sendable {
    /// In registration order. Chunked, so that a change to a registry shared by the store and the
    /// screen copies one chunk, not every registrant.
    public private(set) var registrants: ChunkedArray<Registrant>
    private var indexByCode: [String: Int]
    /// The next registrant number; only grows, so a deleted code is never handed out again.
    public private(set) var nextNumber: Int
    /// Changes with every change applied, and is unique across registries: what a cache of something
    /// computed from the registrants keys on (never part of equality).
    public private(set) var revision: Int
    /// Changes only when who is in the registry, or their names, category or dates may have changed
    /// (not for check-ins, payments or status): sorted orders and the search index key on it.
    public private(set) var orderRevision: Int
    /// Set when a registry is made (loaded from disk) and kept through every change applied to it: two
    /// registries of one lineage differ only by the journal entries between them.
    public let lineage: Int
    /// Counts kept up to date change by change (arrived, unpaid, per category, arrivals over time).
    public private(set) var tally: RegistryTally

    public init<S: Sequence>(registrants: S, nextNumber: Int? = nil) where S.Element == Registrant {
        self.init(chunked: ChunkedArray(registrants), nextNumber: nextNumber)
    }

    /// Adopts the chunks as they are (a loaded snapshot): no second copy of everyone.
    public init(registrants: ChunkedArray<Registrant>, nextNumber: Int? = nil) {
        self.init(chunked: registrants, nextNumber: nextNumber)
    }

    private init(chunked list: ChunkedArray<Registrant>, nextNumber: Int?) {
        self.registrants = list
        var index: [String: Int] = [:]
        index.reserveCapacity(list.count)
        var highest = 0
        for i in 0..<list.count {
            let code = list[i].code
            index[code] = i
            if let n = RegistrantCode.number(in: code), n > highest { highest = n }
        }
        self.indexByCode = index
        self.nextNumber = max(nextNumber ?? 1, highest + 1)
        self.revision = RegistryRevision.next()
        self.orderRevision = revision
        self.lineage = revision
        self.tally = RegistryTally(list)
    }

    public init() { self.init(registrants: [Registrant]()) }

    public static func == (a: Registry, b: Registry) -> Bool {
        a.nextNumber == b.nextNumber && a.registrants == b.registrants
    }
    public func hash(into hasher: inout Hasher) {
        hasher.combine(nextNumber)
        hasher.combine(registrants)
    }

    public var count: Int { registrants.count }
    public subscript(code: String) -> Registrant? { indexByCode[code].map { registrants[$0] } }
    public func index(of code: String) -> Int? { indexByCode[code] }

    /// The code the next registrant will get.
    public func nextCode(prefix: String) -> String { RegistrantCode.make(prefix: prefix, number: nextNumber) }

    /// Checks a change against the current state without applying it (and without copying anything).
    public func check(_ change: Change) throws(ChangeRejection) {
        switch change {
        case .register(let r):
            guard indexByCode[r.code] == nil else { throw .duplicateCode(r.code) }
        case .edit(let code, _), .setStatus(let code, _), .delete(let code):
            _ = try position(code)
        case .recordPayment(let code, let payment):
            _ = try position(code)
            guard payment.amount.minorUnits > 0 else { throw .invalid(Catalogue.Registration.amountMustBePositive) }
        case .checkIn(let code, _):
            let r = registrants[try position(code)]
            if let existing = r.checkIn { throw .alreadyCheckedIn(r, existing) }
            if r.status == .cancelled { throw .cancelled(r) }
            if r.status == .waitlisted { throw .waitlisted(r) }
        case .undoCheckIn(let code, _):
            guard registrants[try position(code)].checkIn != nil else { throw .notCheckedIn(code) }
        }
    }

    /// Applies a change, or throws why it cannot be applied (and changes nothing).
    public mutating func apply(_ change: Change) throws(ChangeRejection) {
        try check(change)
        revision = RegistryRevision.next()
        let before = change.isRegister ? nil : indexByCode[change.code].map { registrants[$0] }
        defer {
            if let before { tally.remove(before) }
            if case .delete = change {} else if let i = indexByCode[change.code] { tally.add(registrants[i]) }
            if tally.latestNeedsRefill { tally.refillLatest(from: registrants) }
        }
        switch change {
        case .register(let r):
            indexByCode[r.code] = registrants.count
            registrants.append(r)
            if let n = RegistrantCode.number(in: r.code), n >= nextNumber { nextNumber = n + 1 }
            orderRevision = revision
        case .edit(let code, let edit):
            let i = indexByCode[code]!
            registrants[i] = edit.applied(to: registrants[i])
            orderRevision = revision
        case .setStatus(let code, let status):
            registrants[indexByCode[code]!].status = status
        case .recordPayment(let code, let payment):
            registrants[indexByCode[code]!].payments.append(payment)
        case .checkIn(let code, let checkIn):
            let i = indexByCode[code]!
            registrants[i].checkIn = checkIn
            registrants[i].checkInHistory.append(CheckInEvent(action: .checkedIn, time: checkIn.time, desk: checkIn.desk))
        case .undoCheckIn(let code, let event):
            let i = indexByCode[code]!
            registrants[i].checkIn = nil
            registrants[i].checkInHistory.append(event)
        case .delete(let code):
            let i = indexByCode[code]!
            registrants.remove(at: i)
            indexByCode[code] = nil
            for j in i..<registrants.count { indexByCode[registrants[j].code] = j }
            orderRevision = revision
        }
    }

    private func position(_ code: String) throws(ChangeRejection) -> Int {
        guard let i = indexByCode[code] else { throw .unknownCode(code) }
        return i
    }
}

import Synchronization

/// Process-wide revision numbers, so two registries never share one by accident.
enum RegistryRevision {
    private static let counter = Atomic<Int>(0)
    static func next() -> Int { counter.add(1, ordering: .relaxed).newValue }
}

/// Registrant codes: the event's prefix, a hyphen and at least four digits ("SAF-0042").
public enum RegistrantCode {
    public static func make(prefix: String, number: Int) -> String {
        prefix + "-" + String(number).leftPadded(to: 4, with: "0")
    }
    /// The number in a code ("SAF-0042" → 42), nil when the code is not of that shape.
    public static func number(in code: String) -> Int? {
        // Over the bytes: this runs for every registrant when 100,000 are loaded. Same answers as
        // Int(digits after the last "-"): leading zeros are fine, an overflow is nil.
        let utf8 = code.utf8
        guard let dash = utf8.lastIndex(of: UInt8(ascii: "-")) else { return nil }
        var value = 0, digits = 0
        for byte in utf8[utf8.index(after: dash)...] {
            guard byte >= 48 && byte <= 57 else { return nil }
            let (times10, o1) = value.multipliedReportingOverflow(by: 10)
            let (sum, o2) = times10.addingReportingOverflow(Int(byte - 48))
            guard !o1, !o2 else { return nil }
            value = sum
            digits += 1
        }
        return digits > 0 ? value : nil
    }
    /// A code typed sloppily ("saf42", "SAF 42", "saf-0042") in its canonical form, or nil.
    public static func normalise(_ text: String, prefix: String) -> String? {
        let upper = text.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        let p = prefix.uppercased()
        guard upper.hasPrefix(p) else { return nil }
        let digits = upper.dropFirst(p.count)
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let n = Int(digits) else { return nil }
        return make(prefix: prefix, number: n)
    }
}
