/// One thing the app says, in every language it speaks. Views keep phrases, not strings, until they draw,
/// so a status message or an open question is redrawn in the other language the moment the person
/// switches. Every phrase with words in it is made in the catalogue (`Catalogue`); elsewhere a phrase is
/// only data shown as it is (`Phrase(verbatim:)`: a name, a title, a code) or phrases put together.
public struct Phrase: Hashable, Sendable, CustomStringConvertible {
    public let en: String
    public let sv: String

    /// A catalogue entry: the same thing said in English and in Swedish.
    public init(en: String, sv: String) { self.en = en; self.sv = sv }

    /// Data that reads the same in every language: a person's name, an event's title, a code, a number.
    public init(verbatim text: String) { en = text; sv = text }

    public static let empty = Phrase(verbatim: "")

    public subscript(_ language: Language) -> String {
        switch language {
        case .en: return en
        case .sv: return sv
        }
    }

    /// English, for logs and `description` (never what a person at the screen is shown: that is `[language]`).
    public var description: String { en }

    public var isEmpty: Bool { en.isEmpty && sv.isEmpty }

    /// Each language's text transformed alike (upper-cased for a headline, truncated to a width).
    public func map(_ transform: (String) -> String) -> Phrase { Phrase(en: transform(en), sv: transform(sv)) }

    public static func + (a: Phrase, b: Phrase) -> Phrase { Phrase(en: a.en + b.en, sv: a.sv + b.sv) }
    public static func += (a: inout Phrase, b: Phrase) { a = a + b }
}

extension Sequence where Element == Phrase {
    /// The phrases one after another with a separator between (itself a phrase, or data such as " · ").
    public func joined(separator: Phrase = .empty) -> Phrase {
        var en: [String] = [], sv: [String] = []
        for p in self { en.append(p.en); sv.append(p.sv) }
        return Phrase(en: en.joined(separator: separator.en), sv: sv.joined(separator: separator.sv))
    }
}
