import Foundation
import FoyerCore

/// Recording money on a registration: a payment (default: what is due), a refund, or a waiver with its
/// reason. Overpayment is allowed only after a warning; a refund cannot exceed what was paid.
public enum PaymentForm {
    static let kinds = PaymentKind.allCases
    static let methods = PaymentMethod.allCases

    public static func make(for r: Registrant, event: Event, now: Date) -> Form {
        let money = event.moneyFormat
        let due = max(r.due, .zero)
        let amount = due.isZero ? "" : money.string(due).replacingOccurrences(of: " " + money.suffix, with: "")
        let when = LocalDateTime(now, in: event.timeZone)
        return Form(title: "Money for \(r.code) \(r.fullName) · \(money.string(due)) due", fields: [
            .init(id: "kind", label: "Kind", value: .choice(options: ["Payment", "Refund", "Waiver (complimentary)"], index: 0),
                  note: Phrase(verbatim: KeyWords.choice + ": payment, refund, or waiver")),
            .init(id: "amount", label: "Amount", value: .text(LineEditor(amount, limit: 20)), note: "in kronor, e.g. 2000 or 1 000,50"),
            .init(id: "method", label: "Method", value: .choice(options: methods.map(\.label), index: 0), note: Phrase(verbatim: KeyWords.choice + " to choose")),
            .init(id: "when", label: "When", value: .text(LineEditor(when.date.description + " " + when.timeText, limit: 16)), note: "YYYY-MM-DD HH:MM"),
            .init(id: "reference", label: "Reference", value: .text(LineEditor("", limit: 200)), note: "invoice number, Swish reference; for a waiver, the reason"),
        ])
    }

    static func choice(_ form: Form, _ id: String) -> Int {
        if let i = form.index(of: id), case .choice(_, let index) = form.fields[i].value { return index }
        return 0
    }

    /// The field errors, keyed by field id.
    public static func errors(_ form: Form, registrant r: Registrant, event: Event) -> [String: String] {
        var out: [String: String] = [:]
        let kind = kinds[choice(form, "kind")]
        if let amount = event.moneyFormat.parse(form.value("amount")) {
            if amount.minorUnits <= 0 { out["amount"] = "the amount must be more than zero" }
            else if kind == .refund, amount > r.paid - r.refunded {
                out["amount"] = "a refund cannot be more than was paid (\(event.moneyFormat.string(r.paid - r.refunded)))"
            }
        } else {
            out["amount"] = "write an amount, e.g. 2000 or 1 000,50"
        }
        if Clock.parse(form.value("when"), zone: event.timeZone) == nil { out["when"] = "write the time as YYYY-MM-DD HH:MM" }
        if kind == .waiver, form.value("reference").trimmingCharacters(in: .whitespaces).isEmpty {
            out["reference"] = "say why it is waived (e.g. panellist)"
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
