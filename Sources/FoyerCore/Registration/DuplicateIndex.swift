/// Who has which email and which name, for the duplicate check a registration makes under the lock.
/// The same rule as `Validation.duplicates` (the same email ignoring case, else the same folded first
/// and last name), but a lookup instead of a pass over everyone: at 100,000 registrants the pass folds
/// every name while the other desks wait for the lock.
struct DuplicateIndex {
    private var codesByKey: [String: [String]] = [:]
    private var keysByCode: [String: [String]] = [:]

    init(_ registry: Registry) {
        codesByKey.reserveCapacity(registry.count * 2)
        keysByCode.reserveCapacity(registry.count)
        for r in registry.registrants { add(r) }
    }

    private static func emailKey(_ r: Registrant) -> String? {
        let email = r.email.trimmingCharacters(in: .whitespaces).lowercased()
        return email.isEmpty ? nil : "e:" + email
    }
    private static func nameKey(_ r: Registrant) -> String? {
        let words = TextFolding.words(r.fullName)
        return words.isEmpty ? nil : "n:" + words.joined(separator: " ")
    }

    private mutating func add(_ r: Registrant) {
        let keys = [Self.emailKey(r), Self.nameKey(r)].compactMap { $0 }
        keysByCode[r.code] = keys
        for key in keys { codesByKey[key, default: []].append(r.code) }
    }

    /// Follows one registrant's change (registered, edited, deleted).
    mutating func update(_ code: String, in registry: Registry) {
        if let old = keysByCode.removeValue(forKey: code) {
            for key in old { codesByKey[key]?.removeAll { $0 == code } }
        }
        if let r = registry[code] { add(r) }
    }

    /// The earliest registrant with the draft's email, else its name, and why. A draft's code is only
    /// a guess made before the lock (another desk may have taken it), so it excludes nobody.
    func match(for draft: Registrant, in registry: Registry) -> (code: String, reason: String)? {
        func first(_ key: String?) -> String? {
            guard let key, let codes = codesByKey[key] else { return nil }
            return codes.min { (registry.index(of: $0) ?? .max) < (registry.index(of: $1) ?? .max) }
        }
        if let code = first(Self.emailKey(draft)) { return (code, "the same email") }
        if let code = first(Self.nameKey(draft)) { return (code, "the same name") }
        return nil
    }
}
