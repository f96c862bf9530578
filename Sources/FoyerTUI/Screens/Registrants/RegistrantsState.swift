import FoyerCore

/// How the registrants list is ordered; `s` cycles through them and the header says which.
public enum RegistrantSort: String, Hashable, Sendable, CaseIterable {
    case name, code, registered, category
    public var label: Phrase {
        switch self {
        case .name: return Catalogue.Registrants.sortName
        case .code: return Catalogue.Registrants.sortCode
        case .registered: return Catalogue.Registrants.sortRegistered
        case .category: return Catalogue.Registrants.sortCategory
        }
    }
}

/// Which registrants are shown; `f` cycles forward, `F` back.
public enum RegistrantFilter: Hashable, Sendable {
    case all, unpaid, notArrived, checkedIn, cancelled, waitlisted, late
    /// Imported people whose category is still to choose (`e` chooses it).
    case categoryToChoose
    case category(String)

    public static func cycle(event: Event) -> [RegistrantFilter] {
        [.all, .unpaid, .notArrived, .checkedIn, .cancelled, .waitlisted, .late, .categoryToChoose] + event.feeCategories.map { .category($0.id) }
    }

    public func label(event: Event) -> Phrase {
        typealias Words = Catalogue.Registrants
        switch self {
        case .all: return Words.filterAll
        case .unpaid: return Words.filterUnpaid
        case .notArrived: return Words.filterNotArrived
        case .checkedIn: return Words.filterCheckedIn
        case .cancelled: return Words.filterCancelled
        case .waitlisted: return Words.filterWaitingList
        case .late: return Words.filterLate
        case .categoryToChoose: return Words.filterCategoryToChoose
        case .category(let id): return event.feeCategory(id: id).map { Catalogue.Fees.categoryName($0) } ?? Phrase(verbatim: id)
        }
    }

    public func includes(_ r: Registrant, event: Event) -> Bool {
        switch self {
        case .all: return true
        case .unpaid: return r.status != .cancelled && r.due.minorUnits > 0
        case .notArrived: return r.status == .registered && !r.isCheckedIn
        case .checkedIn: return r.isCheckedIn
        case .cancelled: return r.status == .cancelled
        case .waitlisted: return r.status == .waitlisted
        case .late: return event.isLate(r.registeredAt)
        case .categoryToChoose: return r.needsCategory
        case .category(let id): return r.feeCategoryID == id
        }
    }
}

public struct RegistrantsState: Hashable, Sendable {
    public var sort: RegistrantSort = .name
    public var filter: RegistrantFilter = .all
    /// The search as typed; results follow every keystroke.
    public var query = LineEditor("", limit: 200)
    /// The search field has the keys (after `/`), else the list has them.
    public var searching = false
    public var selectedCode: String?
    public var scroll = 0
    /// The registrant shown in full (Enter), nil for the list.
    public var detailCode: String?
    public var detailScroll = 0
    public init() {}
}

/// A registrant change that can be undone: the change that puts things back, and what to call it.
/// It carries what must still hold (the values this desk set): an undo never writes back over another
/// desk's later change.
public struct ChangeUndo: Hashable, Sendable {
    public var inverse: Change
    public var expect: ChangeExpectation?
    public var description: Phrase
    public init(inverse: Change, expect: ChangeExpectation?, description: Phrase) {
        self.inverse = inverse; self.expect = expect; self.description = description
    }
}
