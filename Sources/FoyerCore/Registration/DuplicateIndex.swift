/// Who has which email, phone and name, for the duplicate check a registration makes under the lock.
/// The same rule as `Validation.duplicates` (`DuplicateRule`: the same email, else the same phone, else
/// the same folded name), but a lookup instead of a pass over everyone: at 100,000 registrants the pass
/// folds every name while the other desks wait for the lock.
struct DuplicateIndex {
    private var codesByKey: [String: [String]] = [:]
    private var keysByCode: [String: [String]] = [:]

    init(_ registry: Registry) {
        codesByKey.reserveCapacity(registry.count * DuplicateRule.Reason.allCases.count)
        keysByCode.reserveCapacity(registry.count)
        for r in registry.registrants { add(r) }
    }

    /// One dictionary for all reasons: the reason named in the key keeps an email from ever meeting a
    /// name or a phone's digits.
    private static func keys(_ r: Registrant) -> [(reason: DuplicateRule.Reason, key: String)] {
        DuplicateRule.keys(of: r).map { ($0.reason, $0.reason.rawValue + ":" + $0.key) }
    }

    private mutating func add(_ r: Registrant) {
        let keys = Self.keys(r).map(\.key)
        keysByCode[r.code] = keys
        for key in keys { codesByKey[key, default: []].append(r.code) }
    }

    /// Follows one registrant's change (registered, edited, deleted): its old keys go, its new ones come,
    /// so a changed email, phone or name is free at once and the new one taken.
    mutating func update(_ code: String, in registry: Registry) {
        if let old = keysByCode.removeValue(forKey: code) {
            for key in old { codesByKey[key]?.removeAll { $0 == code } }
        }
        if let r = registry[code] { add(r) }
    }

    /// The earliest registrant with the draft's email, else its phone, else its name, and why. A draft's
    /// code is only a guess made before the lock (another desk may have taken it), so it excludes nobody.
    func match(for draft: Registrant, in registry: Registry) -> (code: String, reason: Phrase)? {
        for (reason, key) in Self.keys(draft) {
            guard let codes = codesByKey[key], !codes.isEmpty else { continue }
            if let code = codes.min(by: { (registry.index(of: $0) ?? .max) < (registry.index(of: $1) ?? .max) }) {
                return (code, reason.name)
            }
        }
        return nil
    }
}
