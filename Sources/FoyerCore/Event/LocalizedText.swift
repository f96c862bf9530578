/// Text in several languages, keyed by language code ("en", "sv"). Empty entries count as missing.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var values: [String: String]

    public init(_ values: [String: String] = [:]) { self.values = values }
    public init(en: String? = nil, sv: String? = nil) {
        var v: [String: String] = [:]
        if let en { v["en"] = en }
        if let sv { v["sv"] = sv }
        values = v
    }

    public init(from decoder: Decoder) throws {
        values = try decoder.singleValueContainer().decode([String: String].self)
    }
    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }

    public subscript(language: String) -> String? {
        get { values[language].flatMap { $0.isEmpty ? nil : $0 } }
        set { values[language] = newValue }
    }

    public var isEmpty: Bool { values.values.allSatisfy { $0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } }

    /// The text in the preferred language, else English, else Swedish, else any; nil when there is none.
    public func text(preferring language: String = "en") -> String? {
        if let t = self[language] { return t }
        for fallback in ["en", "sv"] { if let t = self[fallback] { return t } }
        return values.keys.sorted().lazy.compactMap { self[$0] }.first
    }

    /// The languages that have text, in a stable order.
    public var languages: [String] { values.keys.filter { self[$0] != nil }.sorted() }
}

import Foundation

extension LocalizedText {
    /// The text for a reader of `language`: theirs when the organiser gave it, else the other language's
    /// with a quiet note of which ("(in Swedish)", "(på engelska)") for the view to show beside it; nil
    /// when there is neither.
    public func shown(in language: Language) -> (text: String, note: Phrase?)? {
        if let own = self[language.rawValue] { return (own, nil) }
        if let other = self[language.other.rawValue] { return (other, Catalogue.Common.inOther(language.other)) }
        return text().map { ($0, nil) }
    }
}
