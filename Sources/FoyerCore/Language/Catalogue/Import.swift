extension Catalogue {
    /// Importing a programme from a flyer's text, registrations from a spreadsheet: the preview and refusals.
    public enum Import {
        public static func readItems(_ count: Int, from source: String) -> Phrase {
            Phrase(en: "Read \(count) programme items from \(source):", sv: "Läste \(count) programpunkter från \(source):")
        }
        /// "  [break]" after a title that is not a session.
        public static func kindMark(_ kind: Phrase) -> Phrase { Phrase(en: "  [\(kind.en)]", sv: "  [\(kind.sv)]") }
        public static func skippedLine(_ line: Int, reason: Phrase, text: String) -> Phrase {
            Phrase(en: "skipped: line \(line): \(reason.en): \(text)", sv: "hoppade över: rad \(line): \(reason.sv): \(text)")
        }
        public static func skippedBlank(_ count: Int) -> Phrase {
            Phrase(en: "skipped: \(count) blank lines", sv: "hoppade över: \(count) tomma rader")
        }
        public static let blankLine = Phrase(en: "blank line", sv: "tom rad")
        public static func takenAsEnd(_ time: String, of title: String) -> Phrase {
            Phrase(en: "taken as the end (\(time)) of “\(title)”", sv: "tolkad som sluttiden (\(time)) för ”\(title)”")
        }
        public static let timeWithoutTitle = Phrase(en: "a time with no title", sv: "en tid utan titel")
        public static let beforeFirstTime = Phrase(en: "before the first time: not programme", sv: "före första tiden: inte program")
        public static let aPrice = Phrase(en: "a price, not programme", sv: "ett pris, inte program")
        public static let neitherTimeNorTopic = Phrase(en: "neither a time nor a topic (topics start with -, •, * or are indented)",
                                                       sv: "varken en tid eller ett ämne (ämnen börjar med -, •, * eller är indragna)")

        // Registrations from a CSV file.
        public static let add = Phrase(en: "add     ", sv: "lägg till ")
        public static func update(_ code: String) -> Phrase { Phrase(en: "update  \(code) ", sv: "uppdatera \(code) ") }
        public static func reject(_ why: Phrase) -> Phrase { Phrase(en: "reject  (\(why.en)) ", sv: "avvisa  (\(why.sv)) ") }
        public static let noName = Phrase(en: "(no name)", sv: "(inget namn)")
        public static func paid(_ amount: String) -> Phrase { Phrase(en: ", paid \(amount)", sv: ", betalt \(amount)") }
        public static func checkedIn(_ time: String) -> Phrase { Phrase(en: ", checked in \(time)", sv: ", incheckad \(time)") }
        public static func row(line: Int, what: Phrase, name: Phrase, email: String, category: Phrase, extra: Phrase) -> Phrase {
            Phrase(en: "line \(line): \(what.en)\(name.en) <\(email)>, \(category.en)\(extra.en)",
                   sv: "rad \(line): \(what.sv)\(name.sv) <\(email)>, \(category.sv)\(extra.sv)")
        }
        public static func columnsInNotes(_ columns: String) -> Phrase {
            Phrase(en: "columns kept in notes: \(columns)", sv: "kolumner sparade i anteckningar: \(columns)")
        }
        public static func summary(adds: Int, updates: Int, rejects: Int) -> Phrase {
            Phrase(en: "\(adds) to add, \(updates) to update, \(rejects) rejected", sv: "\(adds) att lägga till, \(updates) att uppdatera, \(rejects) avvisade")
        }
        public static func withCategoryToChoose(_ count: Int) -> Phrase {
            Phrase(en: ", \(count) with the category to choose", sv: ", \(count) med avgiftskategori att välja")
        }
        public static func delimiter(_ delimiter: String) -> Phrase {
            Phrase(en: " (delimiter \"\(delimiter)\")", sv: " (avgränsare \"\(delimiter)\")")
        }
        public static let categoryToChooseHint = Phrase(
            en: "A category to choose is added at the price given: choose it in the registrants pane (f to “category to choose”, e), or map the name with --category NAME=ID.",
            sv: "En avgiftskategori att välja läggs till med det angivna priset: välj den i deltagarlistan (f till ”avgiftskategori att välja”, e), eller koppla namnet med --category NAMN=ID.")
        public static let emptyFile = Phrase(en: "the file is empty: a CSV import needs a first line naming the columns, such as Name,Email,Category",
                                             sv: "filen är tom: en CSV-import behöver en första rad som namnger kolumnerna, till exempel Name,Email,Category")
        public static let rowWithoutName = Phrase(en: "no name: a row needs the person's name (First name and Last name, or Name)",
                                                  sv: "inget namn: en rad behöver personens namn (First name och Last name, eller Name)")
        public static func sameEmailAsLine(_ line: Int) -> Phrase {
            Phrase(en: "the same email as line \(line) of this file", sv: "samma e-post som rad \(line) i filen")
        }
        public static let theCSVFile = Phrase(en: "the CSV file", sv: "CSV-filen")

        // A category the file names that fits none, or several.
        public static let noCategoryGiven = Phrase(en: "no category or price given", sv: "ingen kategori eller inget pris angivet")
        public static let noCategoryHasPrice = Phrase(en: "no category has this price", sv: "ingen kategori har det här priset")
        public static let noCategoryHasName = Phrase(en: "no category has this name", sv: "ingen kategori har det här namnet")
        public static let noCategoryHasEither = Phrase(en: "no category has this name or price", sv: "ingen kategori har det här namnet eller priset")
        public static let or = Phrase(en: " or ", sv: " eller ")
        public static func because(_ what: Phrase, _ why: Phrase) -> Phrase {
            Phrase(en: "\(what.en): \(why.en)", sv: "\(what.sv): \(why.sv)")
        }
    }
}
