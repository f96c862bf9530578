/// A language Foyer speaks: the interface's (chosen by the person at the screen) and an event's own (what
/// its attendees read on badges, receipts, door lists and exports).
public enum Language: String, CaseIterable, Codable, Hashable, Sendable {
    case en, sv

    /// The other one: where a text the organiser gave is missing in this language.
    public var other: Language { self == .en ? .sv : .en }

    /// The phrase in this language.
    public subscript(_ phrase: Phrase) -> String { phrase[self] }

    /// Reads "sv", "en", "svenska", "english", "sv_SE.UTF-8", "en-GB" (case ignored); nil for anything else.
    public init?(code: String) {
        let lowered = code.lowercased()
        let head = lowered.prefix { $0.isLetter }
        switch head {
        case "sv", "svenska", "swedish": self = .sv
        case "en", "english", "engelska": self = .en
        default: return nil
        }
    }

    /// Where the interface's language comes from, in this order: `--lang`, `FOYER_LANG`, then the locale
    /// variables as POSIX ranks them (`LC_ALL`, `LC_MESSAGES`, `LANG`: the first one set decides, and an
    /// `sv` locale gives Swedish), else English. The locale need not be installed: only its name is read,
    /// so `LANG=sv_SE.UTF-8` on a machine with only C.UTF-8 still speaks Swedish.
    /// Throws `LanguageChoiceError` when `--lang` or `FOYER_LANG` names a language Foyer does not speak.
    public static func choose(flag: String?, environment: [String: String]) throws -> Language {
        if let flag {
            guard let language = Language(code: flag) else { throw LanguageChoiceError(source: "--lang", value: flag) }
            return language
        }
        if let value = environment["FOYER_LANG"], !value.isEmpty {
            guard let language = Language(code: value) else { throw LanguageChoiceError(source: "FOYER_LANG", value: value) }
            return language
        }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("sv") ? .sv : .en
        }
        return .en
    }

    /// `--lang VALUE` or `--lang=VALUE` among a command line's arguments (read before the parser runs,
    /// so that even `--help` is in the chosen language); nil when absent.
    public static func flag(in arguments: [String]) -> String? {
        for (i, argument) in arguments.enumerated() {
            if argument == "--" { break }
            if argument == "--lang", i + 1 < arguments.count { return arguments[i + 1] }
            if argument.hasPrefix("--lang=") { return String(argument.dropFirst("--lang=".count)) }
        }
        return nil
    }
}

/// `--lang` or `FOYER_LANG` names a language Foyer does not speak.
public struct LanguageChoiceError: Error, Hashable, Sendable {
    public var source: String
    public var value: String
    public var phrase: Phrase { Catalogue.Common.unknownLanguage(source: source, value: value) }
}
