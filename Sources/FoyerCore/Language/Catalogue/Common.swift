extension Catalogue {
    /// Words used everywhere: yes and no, the languages' own names, choosing a language.
    public enum Common {
        public static let yes = Phrase(en: "yes", sv: "ja")
        public static let no = Phrase(en: "no", sv: "nej")
        /// A language's name in the interface's language.
        public static func name(of language: Language) -> Phrase {
            switch language {
            case .en: return Phrase(en: "English", sv: "engelska")
            case .sv: return Phrase(en: "Swedish", sv: "svenska")
            }
        }
        /// A language's name in itself, for the switch key's label ("Svenska", "English").
        public static func ownName(of language: Language) -> Phrase {
            switch language {
            case .en: return Phrase(verbatim: "English")
            case .sv: return Phrase(verbatim: "Svenska")
            }
        }
        /// After a text the organiser gave only in the other language: "(in Swedish)", "(på engelska)".
        public static func inOther(_ language: Language) -> Phrase {
            switch language {
            case .en: return Phrase(en: "(in English)", sv: "(på engelska)")
            case .sv: return Phrase(en: "(in Swedish)", sv: "(på svenska)")
            }
        }
        public static func unknownLanguage(source: String, value: String) -> Phrase {
            Phrase(en: "\(source) \"\(value)\" is not a language Foyer speaks: use sv (Swedish) or en (English)",
                   sv: "\(source) \"\(value)\" är inget språk som Foyer talar: använd sv (svenska) eller en (engelska)")
        }
        public static let languageNow = Phrase(en: "The screen is now in English", sv: "Skärmen är nu på svenska")
    }
}
