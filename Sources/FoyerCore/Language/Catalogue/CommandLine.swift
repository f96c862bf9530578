extension Catalogue {
    /// The command line's own words: options' help, notes and errors of `foyer` and its subcommands.
    public enum CommandLine {
        public static let langHelp = Phrase(
            en: "The language to speak: sv (Swedish) or en (English). Default: $FOYER_LANG, else the locale ($LC_ALL, $LC_MESSAGES, $LANG), else English.",
            sv: "Språket att tala: sv (svenska) eller en (engelska). Annars $FOYER_LANG, annars språkmiljön ($LC_ALL, $LC_MESSAGES, $LANG), annars engelska.")
    }
}
