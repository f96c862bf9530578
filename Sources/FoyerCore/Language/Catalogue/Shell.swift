extension Catalogue {
    /// What frames every screen: the tab bar, the status line, help's box, a screen too small, the welcome.
    public enum Shell {
        // The tab bar's right end.
        public static let readOnly = Phrase(en: "READ-ONLY", sv: "SKRIVSKYDDAD")
        public static let deskOnlyStation = Phrase(en: "desk-only station", sv: "bara incheckning")
        public static let deskOnly = Phrase(en: "desk only", sv: "bara disk")

        // Starting the full-screen front end.
        public static let notATerminal = Phrase(en: "the full-screen front end needs a terminal; run foyer in one, or use a subcommand (foyer --help)",
                                                sv: "helskärmsläget behöver en terminal; kör foyer i en, eller använd ett underkommando (foyer --help)")
        public static func unusableTerm(_ term: String) -> Phrase {
            Phrase(en: "the terminal type \"\(term)\" cannot drive a full-screen program; set TERM (e.g. xterm-256color) or use a subcommand (foyer --help)",
                   sv: "terminaltypen \"\(term)\" klarar inte ett helskärmsprogram; sätt TERM (t.ex. xterm-256color) eller använd ett underkommando (foyer --help)")
        }
        public static let unset = Phrase(en: "(unset)", sv: "(inte satt)")

        // The status line.
        public static let find = Phrase(en: "Find:", sv: "Sök:")
        public static let agendaWorksMeanwhile = Phrase(en: "the agenda works meanwhile", sv: "programmet fungerar under tiden")

        // A pane that needs the registrations while they load.
        public static let loadingHint = Phrase(en: "The agenda works meanwhile; this pane fills in when they are in.",
                                               sv: "Programmet fungerar under tiden; den här vyn fylls i när anmälningarna är inlästa.")
        public static let loadFailedHint = Phrase(en: "The agenda still works. Fix the file named above, then open foyer again.",
                                                  sv: "Programmet fungerar fortfarande. Rätta filen som nämns ovan och öppna sedan foyer igen.")

        // A terminal too small: the longest wording that fits.
        public static func tooSmall(size: String) -> Phrase { Phrase(en: "terminal too small: \(size)", sv: "terminalen är för liten: \(size)") }
        public static func tooSmallShort(size: String) -> Phrase { Phrase(en: "too small: \(size)", sv: "för liten: \(size)") }
        public static func need(size: String) -> Phrase { Phrase(en: "need \(size)", sv: "behöver \(size)") }
        public static func quits(key: String) -> Phrase { Phrase(en: "\(key) quits", sv: "\(key) avslutar") }

        // Help's box.
        public static func helpTitle(context: Phrase) -> Phrase { Phrase(en: "Keys: \(context.en)", sv: "Tangenter: \(context.sv)") }
        public static func helpTitleDeskOnly(context: Phrase) -> Phrase {
            Phrase(en: "Keys: \(context.en) (desk-only station)", sv: "Tangenter: \(context.sv) (bara incheckning)")
        }
        public static func closes(keys: String) -> Phrase { Phrase(en: "\(keys) closes", sv: "\(keys) stänger") }

        // The welcome of an empty data directory.
        public static let welcomeTitle = Phrase(en: "Welcome to Foyer", sv: "Välkommen till Foyer")
        public static func noEventYet(folder: String) -> Phrase {
            Phrase(en: "There is no event in \(folder) yet. Foyer keeps each event (its programme, registrations, fees and check-ins) in a folder here.",
                   sv: "Det finns inget evenemang i \(folder) än. Foyer sparar varje evenemang (program, anmälningar, avgifter och incheckningar) i en egen mapp här.")
        }
        public static let createEvent = Phrase(en: "Create a new event", sv: "Skapa ett nytt evenemang")
        public static let loadSamples = Phrase(en: "Load the two sample events (a one-day workshop and a one-day seminar)",
                                               sv: "Läs in exempelevenemangen (en endagsworkshop och ett endagsseminarium)")
        public static let quit = Phrase(en: "Quit", sv: "Avsluta")
        public static let fromTheCommandLine = Phrase(en: "From the command line: foyer new ID --title TITLE --date YYYY-MM-DD",
                                                      sv: "Från kommandoraden: foyer new ID --title TITEL --date ÅÅÅÅ-MM-DD")
        /// The language key's hint where it is offered: the other language, in itself.
        public static let otherLanguage = Phrase(en: "på svenska", sv: "in English")
        public static func notCreated(why: Phrase) -> Phrase { Phrase(en: "Not created: \(why.en)", sv: "Inte skapat: \(why.sv)") }
        public static let noSamples = Phrase(en: "This foyer has no sample events with it", sv: "Den här installationen av Foyer har inga exempelevenemang")
        public static func samplesNotLoaded(why: Phrase) -> Phrase {
            Phrase(en: "The samples could not be loaded: \(why.en)", sv: "Exempelevenemangen kunde inte läsas in: \(why.sv)")
        }
    }
}
