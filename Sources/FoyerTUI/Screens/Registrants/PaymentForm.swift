import Foundation
import FoyerCore

/// Recording money on a registration: a payment (default: what is due), a refund, or a waiver with its
/// reason. Overpayment is allowed only after a warning; a refund cannot exceed what was paid.
public enum PaymentForm {
    typealias Words = Catalogue.RegistrantForms
    static let kinds = PaymentKind.allCases
    static let methods = PaymentMethod.allCases

    /// Its choices are written in `language` (a choice's options are text, not phrases).
    public static func make(for r: Registrant, event: Event, now: Date, language: Language = .en) -> Form {
        let money = event.moneyFormat
        let due = max(r.due, .zero)
        let amount = due.isZero ? "" : money.string(due).replacingOccurrences(of: " " + money.suffix, with: "")
        let when = LocalDateTime(now, in: event.timeZone)
        let kinds = [Words.kindPayment, Words.kindRefund, Words.kindWaiver]
        return Form(title: Words.moneyFor(code: r.code, name: r.fullName, due: money.string(due)), fields: [
            .init(id: "kind", label: Words.kind, value: .choice(options: kinds, index: 0), note: Words.kindNote(key: KeyWords.choice)),
            .init(id: "amount", label: Words.amount, value: .text(LineEditor(amount, limit: 20)), note: Words.amountNote),
            .init(id: "method", label: Words.method, value: .choice(options: methods.map(\.name), index: 0), note: Words.toChoose(key: KeyWords.choice)),
            .init(id: "when", label: Words.when, value: .text(LineEditor(when.date.description + " " + when.timeText, limit: 16)), note: Words.whenNote),
            .init(id: "reference", label: Words.reference, value: .text(LineEditor("", limit: 200)), note: Words.referenceNote),
        ])
    }

    static func choice(_ form: Form, _ id: String) -> Int {
        if let i = form.index(of: id), case .choice(_, let index) = form.fields[i].value { return index }
        return 0
    }

    /// The field errors, keyed by field id.
    public static func errors(_ form: Form, registrant r: Registrant, event: Event) -> [String: Phrase] {
        var out: [String: Phrase] = [:]
        let kind = kinds[choice(form, "kind")]
        if let amount = event.moneyFormat.parse(form.value("amount")) {
            if amount.minorUnits <= 0 { out["amount"] = Words.amountMoreThanZero }
            else if kind == .refund, amount > r.paid - r.refunded {
                out["amount"] = Words.refundTooLarge(event.moneyFormat.string(r.paid - r.refunded))
            }
        } else {
            out["amount"] = Words.writeAnAmount
        }
        if Clock.parse(form.value("when"), zone: event.timeZone) == nil { out["when"] = Words.writeTheTime }
        if kind == .waiver, form.value("reference").trimmingCharacters(in: .whitespaces).isEmpty {
            out["reference"] = Words.sayWhyWaived
        }
        return out
    }

    public static func payment(_ form: Form, event: Event, desk: String = "") -> Payment? {
        guard let amount = event.moneyFormat.parse(form.value("amount")),
              let time = Clock.parse(form.value("when"), zone: event.timeZone) else { return nil }
        // The id is given where the payment is written (`EffectPerformer`), so update stays pure.
        return Payment(id: "", kind: kinds[choice(form, "kind")],
                       amount: amount, method: methods[choice(form, "method")], time: time,
                       reference: form.value("reference").trimmingCharacters(in: .whitespaces), desk: desk)
    }
}
