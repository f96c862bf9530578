import Foundation
import FoyerCore

/// The changes that carry a value unique to the operation (a payment's id, a registration's email, an
/// edit's new text), so each can be found in the result and counted.
extension Checker {
    // MARK: Payments

    func payments(before: Registry, after: Registry) -> [String] {
        var v: [String] = []
        var found: [String: [(code: String, amount: Int)]] = [:]
        for r in after.registrants {
            for p in r.payments { found[p.id, default: []].append((r.code, p.amount.minorUnits)) }
        }
        var earlier = Set<String>()
        for r in before.registrants { for p in r.payments { earlier.insert(p.id) } }
        for (id, places) in found where places.count > 1 && !earlier.contains(id) {
            v.append("payment \(id) recorded \(places.count) times (\(places.map(\.code).joined(separator: ", ")))")
        }
        for op in ops(.payment) {
            guard let id = op.value, let code = op.code else { continue }
            let places = found[id] ?? []
            let where_ = "payment \(id) of \(op.amount ?? 0) öre to \(code) at \(op.deskName) (op \(op.number))"
            switch op.outcome {
            case .acknowledged:
                if places.count != 1 { v.append("acknowledged \(where_) is there \(places.count) times") }
            case .killed:
                if places.count > 1 { v.append("killed \(where_) is there \(places.count) times") }
            case .refused:
                if !places.isEmpty { v.append("refused \(where_) was written") }
            }
            for place in places where place.code != code || place.amount != op.amount {
                v.append("\(where_) is recorded on \(place.code) with \(place.amount) öre")
            }
        }
        return v
    }

    // MARK: Registrations

    /// Grouped by email: several desks may register one walk-in at once, and the store lets one through.
    func registrations(before: Registry, after: Registry) -> [String] {
        var v: [String] = []
        var byEmail: [String: [String]] = [:]
        for r in after.registrants where before[r.code] == nil { byEmail[r.email.lowercased(), default: []].append(r.code) }
        let tries = Dictionary(grouping: ops(.register), by: { ($0.value ?? "").lowercased() })
        for (email, attempts) in tries.sorted(by: { $0.key < $1.key }) {
            let told = attempts.filter { $0.outcome == .acknowledged }
            let codes = byEmail[email] ?? []
            if told.count > 1 {
                v.append("registered twice: \(email) was acknowledged at \(told.map { "\($0.deskName) as \($0.code ?? "?")" }.joined(separator: " and "))")
            }
            if let one = told.first {
                if one.code == nil { v.append("acknowledged registration of \(email) at \(one.deskName) (op \(one.number)) printed no code: \(one.said)") }
                if codes.count != 1 || (one.code != nil && codes.first != one.code) {
                    v.append("acknowledged registration of \(email) as \(one.code ?? "?") at \(one.deskName): found as [\(codes.joined(separator: ", "))]")
                }
            } else if attempts.contains(where: { $0.outcome == .killed }) {
                if codes.count > 1 { v.append("killed registration of \(email) is there \(codes.count) times: \(codes.joined(separator: ", "))") }
            } else if !codes.isEmpty {
                v.append("refused registration of \(email) was written: \(codes.joined(separator: ", "))")
            }
        }
        for (email, codes) in byEmail where tries[email] == nil {
            v.append("registration from nowhere: \(codes.joined(separator: ", ")) (\(email)) was registered by no desk")
        }
        for r in before.registrants where after[r.code] == nil {
            v.append("registrant lost: \(r.code) was there before the soak and is gone")
        }
        return v
    }

    // MARK: Edits

    /// Per person and field: the value left is the one from before (only when no edit was acknowledged)
    /// or an edit's that was acknowledged or killed, never a refused one's, and never one that had ended
    /// before an acknowledged edit began (that acknowledged edit would then have been lost).
    func edits(before: Registry, after: Registry) -> [String] {
        var v: [String] = []
        let groups = Dictionary(grouping: ops(.edit), by: { "\($0.code ?? "")|\($0.field ?? "")" })
        for (_, tries) in groups.sorted(by: { $0.key < $1.key }) {
            guard let code = tries[0].code, let field = tries[0].field, let editable = EditableField(rawValue: field) else { continue }
            guard let r = after[code] else { v.append("edit of \(code): nobody has that code after the soak"); continue }
            let now = editable.value(in: r)
            let told = tries.filter { $0.outcome == .acknowledged }
            let lastBegun = told.map(\.started).max()
            guard let source = tries.first(where: { $0.value == now }) else {
                // A walk-in the soak registered starts with the field empty.
                let original = before[code].map(editable.value(in:)) ?? ""
                if now != original {
                    v.append("edit of \(code) \(field): the value \"\(now)\" was set by no desk")
                } else if let last = told.max(by: { $0.started < $1.started }) {
                    v.append("acknowledged edit lost: \(code) \(field) = \"\(last.value ?? "")\" at \(last.deskName) (op \(last.number)); the value from before is back")
                }
                continue
            }
            if source.outcome == .refused {
                v.append("refused edit written: \(code) \(field) = \"\(now)\" at \(source.deskName) (op \(source.number)) was refused (\(source.said))")
            }
            if let lastBegun, source.ended < lastBegun, let lost = told.first(where: { $0.started == lastBegun }) {
                v.append("acknowledged edit lost: \(code) \(field) = \"\(lost.value ?? "")\" at \(lost.deskName) (op \(lost.number)) was overwritten by \"\(now)\", which had ended before it began")
            }
        }
        return v
    }
}

/// The fields the soak edits, by their `foyer edit` option.
enum EditableField: String, CaseIterable {
    case notes, organisation, dietary

    func value(in r: Registrant) -> String {
        switch self {
        case .notes: return r.notes
        case .organisation: return r.organisation
        case .dietary: return r.dietaryNeeds
        }
    }
}
