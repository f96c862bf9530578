extension JSONReader {
    /// An integer field. Fractions are refused; 1.0 and 1e2 are whole numbers and accepted, as JSONDecoder did.
    mutating func int(_ key: StaticString) throws -> Int {
        skipWhitespace()
        guard pos < end, bytes[pos] == UInt8(ascii: "-") || (bytes[pos] >= 48 && bytes[pos] <= 57) else {
            throw typeError(key, Catalogue.JSON.aWholeNumber)
        }
        let start = pos
        guard let value = try number() else {
            throw contentError(Catalogue.JSON.of(Catalogue.JSON.quotedKey(Catalogue.JSON.key("\(key)")), Catalogue.JSON.tooBig(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<pos]), as: UTF8.self))), at: start)
        }
        return value
    }

    /// Parses a JSON number at `pos` (RFC 8259 grammar). Returns its value when it is a whole number that
    /// fits in an Int, nil when it is well-formed but not one; throws when it is not a number at all.
    mutating func number() throws -> Int? {
        let start = pos
        var negative = false
        if bytes[pos] == UInt8(ascii: "-") { negative = true; pos += 1 }
        guard pos < end, bytes[pos] >= 48, bytes[pos] <= 57 else { throw syntaxError(Catalogue.JSON.needsDigits, at: start) }
        // Digits are accumulated as a negative number so that Int.min fits.
        var value = 0
        var overflow = false
        var significantDigits: [UInt8] = []
        if bytes[pos] == 48 {
            pos += 1
            if pos < end, bytes[pos] >= 48, bytes[pos] <= 57 { throw syntaxError(Catalogue.JSON.leadingZero, at: start) }
        } else {
            while pos < end, bytes[pos] >= 48, bytes[pos] <= 57 {
                let d = Int(bytes[pos] - 48)
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (s, o2) = m.subtractingReportingOverflow(d)
                if o1 || o2 { overflow = true } else { value = s }
                pos += 1
            }
        }
        let integerEnd = pos
        guard pos < end, bytes[pos] == UInt8(ascii: ".") || bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") else {
            try expectDelimiter()
            if overflow { return nil }
            if negative { return value }
            return value == Int.min ? nil : -value
        }
        // The rare slow path: a fraction or an exponent. Exact decimal arithmetic decides whether it is whole.
        var fractionDigits = 0
        significantDigits.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[(negative ? start + 1 : start)..<integerEnd]))
        if bytes[pos] == UInt8(ascii: ".") {
            pos += 1
            let fracStart = pos
            while pos < end, bytes[pos] >= 48, bytes[pos] <= 57 { significantDigits.append(bytes[pos]); pos += 1 }
            guard pos > fracStart else { throw syntaxError(Catalogue.JSON.digitsAfterPoint, at: start) }
            fractionDigits = pos - fracStart
        }
        var exponent = 0
        if pos < end, bytes[pos] == UInt8(ascii: "e") || bytes[pos] == UInt8(ascii: "E") {
            pos += 1
            var expNegative = false
            if pos < end, bytes[pos] == UInt8(ascii: "+") || bytes[pos] == UInt8(ascii: "-") { expNegative = bytes[pos] == UInt8(ascii: "-"); pos += 1 }
            let expStart = pos
            while pos < end, bytes[pos] >= 48, bytes[pos] <= 57 {
                exponent = min(exponent * 10 + Int(bytes[pos] - 48), 100_000)
                pos += 1
            }
            guard pos > expStart else { throw syntaxError(Catalogue.JSON.digitsInExponent, at: start) }
            if expNegative { exponent = -exponent }
        }
        try expectDelimiter()
        // value = digits × 10^(exponent − fractionDigits)
        var scale = exponent - fractionDigits
        while significantDigits.count > 1, significantDigits.last == 48, scale < 0 { significantDigits.removeLast(); scale += 1 }
        while significantDigits.count > 1, significantDigits.first == 48 { significantDigits.removeFirst() }
        if significantDigits == [48] { return 0 }
        guard scale >= 0, scale <= 19 else { return nil }
        var result = 0
        for d in significantDigits {
            let (m, o1) = result.multipliedReportingOverflow(by: 10)
            let (s, o2) = m.subtractingReportingOverflow(Int(d - 48))
            if o1 || o2 { return nil }
            result = s
        }
        for _ in 0..<scale {
            let (m, o) = result.multipliedReportingOverflow(by: 10)
            if o { return nil }
            result = m
        }
        if negative { return result }
        return result == Int.min ? nil : -result
    }
}
