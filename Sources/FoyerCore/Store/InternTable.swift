/// The strings a file reader made recently, found again by their bytes. Most field values of a
/// registration repeat (a fee category, an organisation, a role, a desk, a first name): making a String
/// costs several hundred instructions of UTF-8 validation, finding one here a few dozen, and the
/// registrants then share one heap buffer per organisation instead of holding 100,000 copies.
///
/// Direct-mapped: one entry per slot, a new string replaces whatever was there, so a run of unique
/// values costs a hash and a store each and never grows the table.
struct InternTable {
    static let slots = 4096
    /// Strings longer than this are not worth it (addresses, notes): they are rarely the same.
    static let maxLength = 48

    private var strings: [String]
    private var lengths: [Int]
    /// The bytes of each slot's string, `maxLength` per slot, to compare without touching the String.
    private var arena: [UInt8]

    init() {
        strings = []
        lengths = []
        arena = []
    }

    /// The string with these bytes: from the table when it is there, else made by `make` and kept.
    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, make: () throws -> String) rethrows -> String {
        let n = bytes.count
        guard n <= Self.maxLength else { return try make() }
        if strings.isEmpty {
            // Allocated on first use only: a journal line with a couple of strings does not pay for it.
            strings = Array(repeating: "", count: Self.slots)
            lengths = Array(repeating: -1, count: Self.slots)
            arena = Array(repeating: 0, count: Self.slots * Self.maxLength)
        }
        // A multiplicative hash over eight bytes at a time (the last chunk overlapping when it is short).
        let raw = UnsafeRawPointer(bytes.baseAddress!)
        var hash = UInt64(n) &* 0x9E37_79B9_7F4A_7C15
        if n >= 8 {
            var i = 0
            while i + 8 <= n { hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15; hash ^= hash >> 29; i += 8 }
            if i < n { hash = (hash ^ raw.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* 0x9E37_79B9_7F4A_7C15; hash ^= hash >> 29 }
        } else {
            var tail: UInt64 = 0
            for b in bytes { tail = tail << 8 | UInt64(b) }
            hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
            hash ^= hash >> 29
        }
        let slot = Int(truncatingIfNeeded: (hash ^ (hash >> 32)) & UInt64(Self.slots - 1))
        let found = arena.withUnsafeBufferPointer { a in
            lengths[slot] == n && JSONReader.same(a.baseAddress! + slot * Self.maxLength, bytes.baseAddress!, n)
        }
        if found { return strings[slot] }
        let text = try make()
        strings[slot] = text
        lengths[slot] = n
        arena.withUnsafeMutableBufferPointer { a in
            (a.baseAddress! + slot * Self.maxLength).update(from: bytes.baseAddress!, count: n)
        }
        return text
    }
}
