/// Why a byte-level read failed, and where. A `syntax` error means the bytes are not JSON; a `content`
/// error means well-formed JSON that is not what a foyer file holds (a missing key, a wrong type). The
/// snapshot reader needs the difference: like the old two-pass JSONDecoder it reports broken JSON before
/// a newer schema version, and a newer schema version before fields it does not understand.
struct JSONError: Error, CustomStringConvertible {
    enum Kind { case syntax, content }
    var kind: Kind
    /// Byte offset into the buffer that was read; turned into a line number for people.
    var offset: Int
    var message: Phrase
    /// Where inside the value being decoded: "change.registrant.payments[2]". Empty at the top.
    var path: Phrase = .empty

    var description: String { phrase.en }
    /// "change.registrant: must be a string, found a number" in both languages.
    var phrase: Phrase { path.isEmpty ? message : path + Phrase(verbatim: ": ") + message }

    /// The same error one level further out: `payments` around `[2]`, `change` around `registrant`.
    func within(_ component: String) -> JSONError {
        var e = self
        if path.isEmpty { e.path = Phrase(verbatim: component) } else { e.path = Phrase(verbatim: component + (path.en.hasPrefix("[") ? "" : ".")) + path }
        return e
    }

    /// The 1-based line of `offset` in `bytes`.
    static func line(of offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var line = 1
        var i = 0
        let end = min(offset, bytes.count)
        while i < end { if bytes[i] == 10 { line += 1 }; i += 1 }
        return line
    }
}
