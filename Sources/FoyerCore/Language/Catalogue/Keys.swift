extension Catalogue {
    /// What the key table says of each key: help's descriptions, the status line's and footers' hints.
    public enum Keys {
        public static let switchLanguage = Phrase(en: "på svenska: switch the screen to Swedish (and back)",
                                                  sv: "in English: byt skärmens språk till engelska (och tillbaka)")
    }
}
