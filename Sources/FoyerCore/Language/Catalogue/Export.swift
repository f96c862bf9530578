extension Catalogue {
    /// The exports' own options, as the command line's help lists them.
    public enum Export {
        public static let excelHelp = Phrase(
            en: "CSV for Excel in this language: sv gives semicolons, a decimal comma (2000,00), dates as Swedish Excel reads them and a BOM; en the standard CSV. Default: the event's language.",
            sv: "CSV för Excel på det här språket: sv ger semikolon, decimalkomma (2000,00), datum som svenska Excel läser dem och BOM; en vanlig CSV. Förval: evenemangets språk.")
    }
}
