/// Strings and numbers as JSONDecoder's scanner takes them (for `checkDocument`): their extent first, as
/// leniently as it finds it, then what JSONDecoder would say on reading them, from the reader's own
/// `string()` and `number()` run over just that extent.
extension JSONReader {
    /// At a string's opening quote: moves past its closing quote as JSONDecoder's scanner finds it (a
    /// backslash takes the next byte with it, `\u` four more that must not be a quote) and returns what
    /// is wrong inside, if anything: bytes that are not UTF-8, a raw control character, an escape that
    /// is not JSON, half a surrogate pair. Any length: JSONDecoder had no limit.
    mutating func scanString() throws -> JSONError? {
        let quote = pos
        var plain = true
        pos += 1
        while true {
            guard pos < end else { throw syntaxError(Catalogue.JSON.endsInString, at: quote) }
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") { break }
            if c == UInt8(ascii: "\\") {
                plain = false
                let escape = pos
                pos += 2
                guard pos <= end else { throw syntaxError(Catalogue.JSON.endsInString, at: quote) }
                if bytes[pos - 1] == UInt8(ascii: "u") {
                    guard pos + 4 <= end, !bytes[pos..<(pos + 4)].contains(UInt8(ascii: "\"")) else {
                        throw syntaxError(Catalogue.JSON.fourHexDigits, at: escape)
                    }
                    pos += 4
                }
                continue
            }
            if c < 0x20 || c >= 0x80 { plain = false }
            pos += 1
        }
        pos += 1
        if plain { return nil }
        do { _ = try stringAt(quote, to: pos - 1) } catch let error as JSONError { return error } catch { return nil }
        return nil
    }

    /// The text of the string whose quotes are at `quote` and `close`, nil when it is broken.
    func text(from quote: Int, to close: Int) -> String? {
        let inside = UnsafeBufferPointer(rebasing: bytes[(quote + 1)..<close])
        if !inside.contains(where: { $0 == UInt8(ascii: "\\") || $0 < 0x20 || $0 >= 0x80 }) { return String(decoding: inside, as: UTF8.self) }
        return try? stringAt(quote, to: close)
    }

    /// The reader's `string()` over just `quote...close`, errors at offsets in the whole buffer.
    private func stringAt(_ quote: Int, to close: Int) throws -> String {
        var strict = JSONReader(UnsafeBufferPointer(rebasing: bytes[quote...close]))
        strict.stringLimit = .max
        do { return try strict.string() } catch var error as JSONError {
            error.offset += quote
            throw error
        }
    }

    /// At a number: moves past the characters JSONDecoder's scanner takes for one (digits, `.`, `+`, `-`,
    /// `e`, `E`) and returns it as JSONDecoder reads an Int, or what it would say: the number is not
    /// JSON (a syntax error), or not a whole number that fits in 64 bits (a content error).
    mutating func scanNumber() -> Result<Int, JSONError> {
        let start = pos
        var plain = true
        pos += 1
        scan: while pos < end {
            switch bytes[pos] {
            case UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "+"): pos += 1
            case UInt8(ascii: "."), UInt8(ascii: "e"), UInt8(ascii: "E"): plain = false; pos += 1
            default: break scan
            }
        }
        let token = UnsafeBufferPointer(rebasing: bytes[start..<pos])
        var strict = JSONReader(token)
        let exact: Int?
        do { exact = try strict.number() } catch var error as JSONError {
            error.offset += start
            return .failure(error)
        } catch { exact = nil }
        // JSONDecoder reads 1.0, 1e2 and 0.1e1 as the Int 1, 100 and 1 through a Double that must be whole.
        if let value = plain ? exact : Double(String(decoding: token, as: UTF8.self)).flatMap({ Int(exactly: $0) }) {
            return .success(value)
        }
        let shown = String(decoding: token.prefix(40), as: UTF8.self) + (token.count > 40 ? "…" : "")
        return .failure(contentError(Catalogue.JSON.tooBig(shown), at: start))
    }
}
