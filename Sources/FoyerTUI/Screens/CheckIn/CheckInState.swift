import Foundation
import FoyerCore

/// The check-in pane: one search field that always has the keys, the chosen result, and the large line
/// that says what just happened.
public struct CheckInState: Hashable, Sendable {
    public var query = LineEditor("", limit: 100)
    public var selectedCode: String?
    public var banner: CheckInBanner?
    /// After UNPAID: the method chosen with one key, waiting for Enter to take what is due.
    public var paymentMethod: PaymentMethod?
    public init() {}
}

/// What the desk sees after Enter, in words nobody can misread.
public enum CheckInBanner: Hashable, Sendable {
    case checkedIn(name: String, category: String, proof: String?, paid: Money?)
    case alreadyCheckedIn(name: String, time: String, desk: String)
    /// Not checked in yet: the payment comes first (or "later").
    case unpaid(code: String, name: String, due: Money)
    case cancelled(name: String)
    case waitlisted(name: String)
    case notFound(query: String)
    case undone(name: String)
    case failed(String)
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

    public static func make(query: String, event: Event) -> Form {
        let words = query.split(separator: " ").map(String.init)
        let first = words.first ?? "", last = words.dropFirst().joined(separator: " ")
        let categories = event.offeredFeeCategories.map { RegistrantForm.categoryLabel($0, event: event) }
        return Form(title: "Walk-in: register, take payment and check in", fields: [
            .init(id: "firstName", label: "First name", value: .text(LineEditor(first, limit: Validation.maxFieldLength)), note: "required"),
            .init(id: "lastName", label: "Last name", value: .text(LineEditor(last, limit: Validation.maxFieldLength)), note: "required"),
            .init(id: "email", label: "Email", value: .text(LineEditor("", limit: Validation.maxFieldLength)), note: "optional"),
            .init(id: "category", label: "Category", value: .choice(options: categories, index: 0), note: KeyWords.choice + " to choose"),
            .init(id: "method", label: "Pays by", value: .choice(options: ["Card", "Swish", "Cash", "Invoice (pays later)", "Nothing to pay now"], index: 0),
                  note: "the price is taken in full, then the person is checked in"),
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
                          email: v("email"), feeCategoryID: c?.id ?? "", price: c?.price ?? .zero, registeredAt: now,
                          notes: "walk-in")
    }

    /// The method taken at the desk; nil for "invoice (later)" and "nothing now".
    public static func method(_ form: Form) -> PaymentMethod? {
        let m = methods[min(choice(form, "method"), methods.count - 1)]
        return m == .invoice ? nil : m
    }
}
