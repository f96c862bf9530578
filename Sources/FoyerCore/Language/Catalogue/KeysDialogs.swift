extension Catalogue.Keys {
    /// The overlays' keys: previews, questions, conflicts, lists, forms, prompts, help, the welcome.
    public enum Dialogs {
        // Import preview
        public static let importWhatIsShown = Phrase(en: "import what the preview shows", sv: "importera det som förhandsvisningen visar")
        public static let importHint = Phrase(en: "import", sv: "importera")
        public static let nothingHint = Phrase(en: "nothing", sv: "ingenting")

        // Repricing
        public static let moveUnpaid = Phrase(en: "move the unpaid registrants to the new price", sv: "flytta de obetalda till det nya priset")
        public static let moveThemHint = Phrase(en: "move them", sv: "flytta dem")
        public static let keepPrice = Phrase(en: "they keep the price they registered at (the default)", sv: "de behåller priset de anmälde sig till (förvalt)")
        public static let keepPriceHint = Phrase(en: "keep their price", sv: "behåll priset")

        // A conflict with another desk
        public static let keepTheirs = Phrase(en: "keep theirs (the other desk's value)", sv: "behåll deras (den andra diskens värde)")
        public static let theirsHint = Phrase(en: "theirs", sv: "deras")
        public static let keepMine = Phrase(en: "keep mine (what you typed)", sv: "behåll mitt (det du skrev)")
        public static let mineHint = Phrase(en: "mine", sv: "mitt")
        public static let saveWhenDecided = Phrase(en: "save, once every field is decided", sv: "spara, när varje fält är avgjort")
        public static let backNothingSavedYet = Phrase(en: "back to the form (nothing saved yet)", sv: "tillbaka till formuläret (inget sparat än)")
        public static let addAgain = Phrase(en: "add it again as a new item, with your typing", sv: "lägg till den igen som en ny programpunkt, med det du skrev")
        public static let addAgainHint = Phrase(en: "add again", sv: "lägg till igen")
        public static let leaveDeleted = Phrase(en: "leave it deleted (your typing is discarded)", sv: "låt den vara borttagen (det du skrev kastas)")
        public static let leaveItHint = Phrase(en: "leave it", sv: "låt vara")

        // The event's lists
        public static let previousEntry = Phrase(en: "previous entry", sv: "föregående post")
        public static let nextEntry = Phrase(en: "next entry", sv: "nästa post")
        public static let addEntry = Phrase(en: "add an entry", sv: "lägg till en post")
        public static let editEntry = Phrase(en: "edit the entry", sv: "redigera posten")
        public static let deleteEntry = Phrase(en: "delete the entry (asks first)", sv: "ta bort posten (frågar först)")
        public static let deleteHint = Phrase(en: "delete", sv: "ta bort")
        public static let entryUp = Phrase(en: "move the entry up", sv: "flytta posten uppåt")
        public static let upHint = Phrase(en: "up", sv: "upp")
        public static let entryDown = Phrase(en: "move the entry down", sv: "flytta posten nedåt")
        public static let downHint = Phrase(en: "down", sv: "ned")
        public static let closeList = Phrase(en: "close the list", sv: "stäng listan")

        // A new first day
        public static let moveProgramme = Phrase(en: "move the programme (and the deadline) to the new day", sv: "flytta programmet (och sista anmälningsdag) till den nya dagen")
        public static let moveItHint = Phrase(en: "move it", sv: "flytta det")
        public static let leaveItems = Phrase(en: "leave the programme's items on their days", sv: "låt programpunkterna stå kvar på sina dagar")

        // Forms
        public static let submitOrSave = Phrase(en: "next field; on the last field, save", sv: "nästa fält; i det sista fältet: spara")
        public static let cancelForm = Phrase(en: "cancel (asks if something changed)", sv: "avbryt (frågar om något har ändrats)")
        public static let cycleChoice = Phrase(en: "change a choice (kind)", sv: "ändra ett val (typ)")

        // A possible duplicate
        public static let openExisting = Phrase(en: "open the existing registration", sv: "öppna den befintliga anmälan")
        public static let openItHint = Phrase(en: "open it", sv: "öppna den")
        public static let saveAnyway = Phrase(en: "save anyway: they are a different person", sv: "spara ändå: det är en annan person")
        public static let saveAnywayHint = Phrase(en: "save anyway", sv: "spara ändå")

        // Deleting for good
        public static let deleteIfCode = Phrase(en: "delete, if the code typed is the registration's", sv: "ta bort, om koden som skrivits är anmälans")
        public static let deletesHint = Phrase(en: "deletes", sv: "tar bort")
        public static let keepRegistration = Phrase(en: "keep the registration", sv: "behåll anmälan")
        public static let keepsItHint = Phrase(en: "keeps it", sv: "behåller den")

        // Why a check-in is undone
        public static let undoWithReason = Phrase(en: "undo the check-in with this reason (kept in the history)", sv: "ångra incheckningen med det här skälet (sparas i historiken)")
        public static let undoesItHint = Phrase(en: "undoes it (kept in the history)", sv: "ångrar den (sparas i historiken)")
        public static let keepCheckIn = Phrase(en: "keep the check-in", sv: "behåll incheckningen")
        public static let keepsCheckInHint = Phrase(en: "keeps the check-in", sv: "behåller incheckningen")

        // Which file to import
        public static let previewFile = Phrase(en: "show what importing the file would do (nothing is changed yet)", sv: "visa vad en import av filen skulle göra (inget ändras än)")
        public static let previewsHint = Phrase(en: "previews (nothing is changed yet)", sv: "förhandsvisar (inget ändras än)")

        // Find
        public static let find = Phrase(en: "find", sv: "sök")
        public static let findsHint = Phrase(en: "finds", sv: "söker")

        // The event switcher
        public static let previousEvent = Phrase(en: "previous event", sv: "föregående evenemang")
        public static let nextEvent = Phrase(en: "next event", sv: "nästa evenemang")
        public static let openEvent = Phrase(en: "open the event", sv: "öppna evenemanget")
        public static let keepEvent = Phrase(en: "keep the current event", sv: "behåll det nuvarande evenemanget")

        // Help
        public static let closeHelp = Phrase(en: "close help", sv: "stäng hjälpen")
        public static let toTheTop = Phrase(en: "to the top", sv: "till början")
        public static let toTheEnd = Phrase(en: "to the end", sv: "till slutet")

        // The welcome
        public static let previousChoice = Phrase(en: "previous choice", sv: "föregående val")
        public static let nextChoice = Phrase(en: "next choice", sv: "nästa val")
        public static let doWhatIsChosen = Phrase(en: "do what is chosen", sv: "gör det som är valt")
    }

    /// Editing text: a one-line field, a text of several lines, a choice.
    public enum Editing {
        public static let characterBack = Phrase(en: "a character back", sv: "ett tecken bakåt")
        public static let characterOn = Phrase(en: "a character on", sv: "ett tecken framåt")
        public static let toTheStart = Phrase(en: "to the start", sv: "till början")
        public static let toTheEnd = Phrase(en: "to the end", sv: "till slutet")
        public static let deleteBefore = Phrase(en: "delete the character before", sv: "radera tecknet före")
        public static let deleteAfter = Phrase(en: "delete the character after", sv: "radera tecknet efter")
        public static let cutToEnd = Phrase(en: "cut to the end", sv: "klipp ut till slutet")
        public static let cutToStart = Phrase(en: "cut to the start", sv: "klipp ut till början")
        public static let cutWord = Phrase(en: "cut the word before", sv: "klipp ut ordet före")
        public static let newLine = Phrase(en: "a new line", sv: "en ny rad")
        public static let wordBack = Phrase(en: "a word back", sv: "ett ord bakåt")
        public static let wordOn = Phrase(en: "a word on", sv: "ett ord framåt")
        public static let rowUp = Phrase(en: "a row up", sv: "en rad upp")
        public static let rowDown = Phrase(en: "a row down", sv: "en rad ned")
        public static let pageUp = Phrase(en: "a page up", sv: "en sida upp")
        public static let pageDown = Phrase(en: "a page down", sv: "en sida ned")
        public static let rowStart = Phrase(en: "to the row's start", sv: "till radens början")
        public static let rowEnd = Phrase(en: "to the row's end", sv: "till radens slut")
        public static let cutToLineEnd = Phrase(en: "cut to the line's end", sv: "klipp ut till radens slut")
        public static let cutToLineStart = Phrase(en: "cut to the line's start", sv: "klipp ut till radens början")
        public static let nextChoice = Phrase(en: "the next choice", sv: "nästa alternativ")
        public static let previousChoice = Phrase(en: "the previous choice", sv: "föregående alternativ")

        /// Help's closing lines: the editing keys of a field, by name.
        public static func lineSummary(left: String, right: String, home: String, end: String, backspace: String, delete: String,
                                       startEnd: String, cut: String, cutWord: String) -> Phrase {
            Phrase(en: "In a field: \(left)/\(right) \(home)/\(end) \(backspace)/\(delete), \(startEnd) start/end, \(cut) cut to end/start, \(cutWord) cut word",
                   sv: "I ett fält: \(left)/\(right) \(home)/\(end) \(backspace)/\(delete), \(startEnd) början/slutet, \(cut) klipp ut till slutet/början, \(cutWord) klipp ut ord")
        }
        public static func textSummary(newline: String, rows: String, pages: String, words: String, cut: String, nextField: String) -> Phrase {
            Phrase(en: "In a text of several lines: \(newline) a new line, \(rows) and \(pages) by row, \(words) a word back/on, \(cut) cut to the line's start/end, \(nextField) the next field",
                   sv: "I en text med flera rader: \(newline) ny rad, \(rows) och \(pages) per rad, \(words) ett ord bakåt/framåt, \(cut) klipp ut till radens början/slut, \(nextField) nästa fält")
        }
        /// "Space or ←/→": how a choice is changed.
        public static func choiceKeys(next: Phrase, previous: String, nextOther: String) -> Phrase {
            Phrase(en: "\(next.en) or \(previous)/\(nextOther)", sv: "\(next.sv) eller \(previous)/\(nextOther)")
        }
    }
}
