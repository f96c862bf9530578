import CICU
import Foundation

/// The order names sort in, by the event's own language (the one its attendees read): the registrants
/// list by name, the door list, badges and exports.
///
/// - `folded` (English): the folded text compared as strings (`TextFolding.fold`: Öberg with the O's,
///   case and accents ignored), Foyer's order from the start.
/// - `swedish`: ICU's Swedish collation at primary strength: Å, Ä, Ö after Z, other accents ignored (é as
///   e, ü as y), case ignored; V and W are distinct letters, as in CLDR since 2006.
///
/// Either way the key is a `String` compared with `<` (the ICU sort key's bytes written as ASCII, order
/// kept), and equal keys are then ordered by the registrant's code.
public enum Collation: UInt8, Sendable, Hashable, CaseIterable {
    case folded = 0
    case swedish = 1

    public init(_ language: Language) {
        switch language {
        case .en: self = .folded
        case .sv: self = .swedish
        }
    }

    /// The key a name sorts by in this collation.
    public func key(_ name: String) -> String {
        switch self {
        case .folded: return TextFolding.fold(name)
        case .swedish: return ICUCollator.swedish.key(name)
        }
    }

    /// What the search index cache records: the collation, and for ICU its version (another ICU may
    /// make other keys, so a cache made with it is built again).
    public var stamp: Int {
        switch self {
        case .folded: return 0
        case .swedish: return 1 | ICUCollator.version << 8
        }
    }

    /// The key of a name for an event in `language`.
    public static func key(_ name: String, language: Language) -> String { Collation(language).key(name) }

    /// Registrants in name order ("Lastname, Firstname") for this collation, then by code.
    public func sorted(_ people: some Sequence<Registrant>) -> [Registrant] {
        people.map { (key: key($0.sortName), person: $0) }
            .sorted { $0.key != $1.key ? $0.key < $1.key : $0.person.code < $1.person.code }
            .map(\.person)
    }
}

/// One ICU collator opened once and shared: sort keys are made under a lock (ICU's C collator is not
/// promised to be safe from several threads at once).
final class ICUCollator: @unchecked Sendable {
    static let swedish = ICUCollator(locale: "sv")
    /// ICU's major and minor version (72.1: 0x4801).
    static let version: Int = {
        var v: (UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0)
        withUnsafeMutableBytes(of: &v) { foyer_u_getVersion($0.baseAddress!.assumingMemoryBound(to: UInt8.self)) }
        return Int(v.0) << 8 | Int(v.1)
    }()

    private let collator: UnsafeMutableRawPointer?
    private let lock = NSLock()
    private var buffer = [UInt8](repeating: 0, count: 256)
    private var utf16: [UInt16] = []

    init(locale: String) {
        collator = foyer_ucol_open_primary(locale)
    }

    /// The ICU sort key (without its closing NUL) written six bits to an ASCII character from "0" up, so
    /// that comparing the strings compares the keys byte by byte. Without ICU (it failed to open): the
    /// folded name.
    func key(_ name: String) -> String {
        guard let collator else { return TextFolding.fold(name) }
        return lock.withLock {
            utf16.removeAll(keepingCapacity: true)
            utf16.append(contentsOf: name.utf16)
            var needed = utf16.withUnsafeBufferPointer { text in
                buffer.withUnsafeMutableBufferPointer { out in
                    foyer_ucol_getSortKey(collator, text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count))
                }
            }
            if Int(needed) > buffer.count {
                buffer = [UInt8](repeating: 0, count: Int(needed) * 2)
                needed = utf16.withUnsafeBufferPointer { text in
                    buffer.withUnsafeMutableBufferPointer { out in
                        foyer_ucol_getSortKey(collator, text.baseAddress, Int32(text.count), out.baseAddress, Int32(out.count))
                    }
                }
            }
            let length = max(0, Int(needed) - 1)
            var out = [UInt8]()
            out.reserveCapacity((length * 8 + 5) / 6)
            var bits: UInt32 = 0, count = 0
            for i in 0..<length {
                bits = bits << 8 | UInt32(buffer[i])
                count += 8
                while count >= 6 {
                    count -= 6
                    out.append(0x30 + UInt8((bits >> UInt32(count)) & 0x3F))
                }
            }
            if count > 0 { out.append(0x30 + UInt8((bits << UInt32(6 - count)) & 0x3F)) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    deinit { foyer_ucol_close(collator) }
}
