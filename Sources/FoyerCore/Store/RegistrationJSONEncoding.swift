import Foundation

/// Hand-written encoders for the registration types, writing exactly the bytes the Codable conformances
/// write through `JSONEncoder.foyer(zone:, pretty: false)`: the same key names (feeCategoryID is
/// "feeCategory"), keys sorted, optional values that are nil left out (synthesized `encode(to:)` uses
/// encodeIfPresent), non-optional ones always written, even when empty. FastJSONTests compares them.
extension JSONWriter {
    mutating func write(_ c: CheckIn) {
        raw("{"); key("desk"); string(c.desk); raw(","); key("time"); date(c.time); raw("}")
    }

    mutating func write(_ e: CheckInEvent) {
        raw("{"); key("action"); string(e.action.rawValue)
        raw(","); key("desk"); string(e.desk)
        if let reason = e.reason { raw(","); key("reason"); string(reason) }
        raw(","); key("time"); date(e.time); raw("}")
    }

    mutating func write(_ p: Payment) {
        raw("{"); key("amount"); int(p.amount.minorUnits)
        raw(","); key("desk"); string(p.desk)
        raw(","); key("id"); string(p.id)
        raw(","); key("kind"); string(p.kind.rawValue)
        raw(","); key("method"); string(p.method.rawValue)
        raw(","); key("reference"); string(p.reference)
        raw(","); key("time"); date(p.time); raw("}")
    }

    mutating func write(_ r: Registrant) {
        raw("{")
        if let checkIn = r.checkIn { key("checkIn"); write(checkIn); raw(",") }
        key("checkInHistory"); raw("[")
        for (i, e) in r.checkInHistory.enumerated() { if i > 0 { raw(",") }; write(e) }
        raw("],"); key("code"); string(r.code)
        raw(","); key("dietaryNeeds"); string(r.dietaryNeeds)
        raw(","); key("email"); string(r.email)
        raw(","); key("feeCategory"); string(r.feeCategoryID)
        raw(","); key("firstName"); string(r.firstName)
        raw(","); key("invoiceAddress"); string(r.invoiceAddress)
        raw(","); key("invoiceReference"); string(r.invoiceReference)
        raw(","); key("lastName"); string(r.lastName)
        raw(","); key("notes"); string(r.notes)
        raw(","); key("organisation"); string(r.organisation)
        raw(","); key("payments"); raw("[")
        for (i, p) in r.payments.enumerated() { if i > 0 { raw(",") }; write(p) }
        raw("],"); key("phone"); string(r.phone)
        raw(","); key("price"); int(r.price.minorUnits)
        raw(","); key("registeredAt"); date(r.registeredAt)
        raw(","); key("role"); string(r.role)
        raw(","); key("status"); string(r.status.rawValue)
        raw("}")
    }
}
