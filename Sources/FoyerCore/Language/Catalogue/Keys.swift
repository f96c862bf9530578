extension Catalogue {
    /// What the key table says of each key: help's descriptions, the status line's and footers' hints.
    /// One enum per key context; a binding's label is named after its command, its hint `…Hint`.
    /// The desk's keys are in `KeysDesk.swift`, the overlays' and the editors' in `KeysDialogs.swift`.
    public enum Keys {
        public static let switchLanguage = Phrase(en: "på svenska: switch the screen to Swedish (and back)",
                                                  sv: "in English: byt skärmens språk till engelska (och tillbaka)")

        /// Key names that differ by language (the rest are printed on the keys: Enter, Esc, Tab, F1).
        public static let space = Phrase(en: "Space", sv: "Mellanslag")

        // Words many contexts share.
        public static let pageUp = Phrase(en: "page up", sv: "en sida upp")
        public static let pageDown = Phrase(en: "page down", sv: "en sida ned")
        public static let scrollUp = Phrase(en: "scroll up", sv: "rulla upp")
        public static let scrollDown = Phrase(en: "scroll down", sv: "rulla ned")
        public static let scrollHint = Phrase(en: "scroll", sv: "rulla")
        public static let previousField = Phrase(en: "previous field", sv: "föregående fält")
        public static let nextField = Phrase(en: "next field", sv: "nästa fält")
        public static let help = Phrase(en: "help", sv: "hjälp")
        public static let back = Phrase(en: "back", sv: "tillbaka")
        public static let confirm = Phrase(en: "confirm", sv: "bekräfta")
        public static let edit = Phrase(en: "edit", sv: "redigera")
        public static let add = Phrase(en: "add", sv: "lägg till")
        public static let details = Phrase(en: "details", sv: "visa")
        public static let cancel = Phrase(en: "cancel", sv: "avbryt")
        public static let cancels = Phrase(en: "cancels", sv: "avbryter")
        public static let save = Phrase(en: "save", sv: "spara")
        public static let open = Phrase(en: "open", sv: "öppna")
        public static let close = Phrase(en: "close", sv: "stäng")
        public static let quit = Phrase(en: "quit", sv: "avsluta")
        public static let backToTheForm = Phrase(en: "back to the form", sv: "tillbaka till formuläret")
        public static let backToTheFormHint = Phrase(en: "back to the form", sv: "till formuläret")
        public static let importNothing = Phrase(en: "import nothing", sv: "importera ingenting")
        public static let doWhatTheSummarySays = Phrase(en: "do what the summary says", sv: "gör det som sammanfattningen säger")
        public static let backToSearchNothingSaved = Phrase(en: "back to the search (nothing is saved)", sv: "tillbaka till sökningen (inget sparas)")
        public static let editTheRegistration = Phrase(en: "edit the registration", sv: "redigera anmälan")
        public static let undoTheLastProgrammeEdit = Phrase(en: "undo the last programme edit (an import too)", sv: "ångra den senaste ändringen i programmet (även en import)")

        /// The panes' tabs and the headings of their sections in help.
        public enum Panes {
            public static let agenda = Phrase(en: "Agenda", sv: "Program")
            public static let registrants = Phrase(en: "Registrants", sv: "Anmälda")
            public static let fees = Phrase(en: "Fees", sv: "Avgifter")
            public static let checkIn = Phrase(en: "Check-in", sv: "Incheckning")
        }

        /// The headings of the key contexts in help.
        public enum Contexts {
            public static let global = Phrase(en: "Everywhere", sv: "Överallt")
            public static let registrantSearch = Phrase(en: "Searching registrants", sv: "Sök bland anmälda")
            public static let checkInPayment = Phrase(en: "Taking a payment at check-in", sv: "Betalning vid incheckning")
            public static let checkID = Phrase(en: "Checking an ID at check-in", sv: "Legitimation vid incheckning")
            public static let walkInSummary = Phrase(en: "A walk-in, to confirm", sv: "Anmälan på plats, att bekräfta")
            public static let walkInMatch = Phrase(en: "A walk-in who is registered already", sv: "På plats men redan anmäld")
            public static let walkInSecondLook = Phrase(en: "A second look at a walk-in", sv: "En andra titt på en anmälan på plats")
            public static let form = Phrase(en: "Forms", sv: "Formulär")
            public static let dialog = Phrase(en: "Questions", sv: "Frågor")
            public static let duplicate = Phrase(en: "Possible duplicate", sv: "Möjlig dubblett")
            public static let typedConfirm = Phrase(en: "Deleting for good", sv: "Ta bort för gott")
            public static let reason = Phrase(en: "Undoing a check-in", sv: "Ångra en incheckning")
            public static let importPath = Phrase(en: "Import: which file", sv: "Import: vilken fil")
            public static let help = Phrase(en: "Help", sv: "Hjälp")
            public static let prompt = Phrase(en: "Find", sv: "Sök")
            public static let switcher = Phrase(en: "Open an event", sv: "Öppna ett evenemang")
            public static let reprice = Phrase(en: "Repricing", sv: "Nytt pris")
            public static let preview = Phrase(en: "Import preview", sv: "Förhandsvisning av import")
            public static let conflict = Phrase(en: "Another desk changed it too", sv: "En annan disk ändrade också")
            public static let deletedConflict = Phrase(en: "Deleted at another desk", sv: "Borttagen vid en annan disk")
            public static let dateMove = Phrase(en: "A new first day", sv: "En ny första dag")
            public static let eventList = Phrase(en: "Contacts, speakers, objectives", sv: "Kontakter, talare, lärandemål")
            public static let lineEditing = Phrase(en: "In a field", sv: "I ett fält")
            public static let textEditing = Phrase(en: "In a text of several lines", sv: "I en text med flera rader")
            public static let choiceField = Phrase(en: "In a choice", sv: "I ett val")
            public static let welcome = Phrase(en: "Welcome", sv: "Välkommen")
        }

        public enum Global {
            public static let help = Phrase(en: "help: every key of this pane", sv: "hjälp: alla tangenter i den här vyn")
            public static let nextPane = Phrase(en: "next pane", sv: "nästa vy")
            public static let panesHint = Phrase(en: "panes", sv: "vyer")
            public static let previousPane = Phrase(en: "previous pane", sv: "föregående vy")
            public static let switchEvent = Phrase(en: "open another event", sv: "öppna ett annat evenemang")
            public static let quit = Phrase(en: "quit (asks only if an edit is unsaved)", sv: "avsluta (frågar bara om något inte är sparat)")
            public static let forceQuit = Phrase(en: "quit at once (everything saved is kept)", sv: "avsluta direkt (allt som är sparat finns kvar)")
            public static let redraw = Phrase(en: "redraw the screen", sv: "rita om skärmen")
        }

        public enum Agenda {
            public static let moveUp = Phrase(en: "previous item", sv: "föregående programpunkt")
            public static let moveDown = Phrase(en: "next item", sv: "nästa programpunkt")
            public static let first = Phrase(en: "first item", sv: "första programpunkten")
            public static let last = Phrase(en: "last item", sv: "sista programpunkten")
            public static let openDetail = Phrase(en: "open the item's details (topics, speakers, biography)", sv: "visa programpunktens detaljer (ämnen, talare, biografi)")
            public static let toggleTopics = Phrase(en: "show every item's topics, or only the selected one's", sv: "visa ämnena för alla programpunkter, eller bara för den valda")
            public static let topicsHint = Phrase(en: "topics", sv: "ämnen")
            public static let jumpToNow = Phrase(en: "go to what is on now", sv: "gå till det som pågår nu")
            public static let toggleInfo = Phrase(en: "event information: description, venue, contacts, fees", sv: "om evenemanget: beskrivning, lokal, kontakter, avgifter")
            public static let infoHint = Phrase(en: "info", sv: "info")
            public static let editEventDetails = Phrase(en: "edit the event's details: title, dates, venue, texts", sv: "redigera evenemangets uppgifter: titel, datum, lokal, texter")
            public static let contacts = Phrase(en: "the event's contacts: add, edit, delete, move", sv: "evenemangets kontakter: lägg till, redigera, ta bort, flytta")
            public static let speakers = Phrase(en: "the event's speakers, with their biographies", sv: "evenemangets talare, med deras biografier")
            public static let objectives = Phrase(en: "the learning objectives", sv: "lärandemålen")
            public static let find = Phrase(en: "find text in the programme", sv: "sök text i programmet")
            public static let findHint = Phrase(en: "find", sv: "sök")
            public static let findNext = Phrase(en: "next match", sv: "nästa träff")
            public static let findPrevious = Phrase(en: "previous match", sv: "föregående träff")
            public static let addItem = Phrase(en: "add a programme item", sv: "lägg till en programpunkt")
            public static let editItem = Phrase(en: "edit the item", sv: "redigera programpunkten")
            public static let deleteItem = Phrase(en: "delete the item (asks first)", sv: "ta bort programpunkten (frågar först)")
            public static let moveItemUp = Phrase(en: "move the item earlier (swaps with the one before)", sv: "flytta programpunkten tidigare (byter plats med den före)")
            public static let moveItemDown = Phrase(en: "move the item later (swaps with the one after)", sv: "flytta programpunkten senare (byter plats med den efter)")
            public static let importFile = Phrase(en: "import a programme from flyer text (a preview first)", sv: "importera ett program från flygbladets text (förhandsvisning först)")
            public static let back = Phrase(en: "close the details or information view", sv: "stäng detaljerna eller informationen")
            /// Reading an item's details or the event information.
            public static let backToProgramme = Phrase(en: "back to the programme", sv: "tillbaka till programmet")
        }

        public enum Registrants {
            public static let moveUp = Phrase(en: "previous registrant", sv: "föregående anmäld")
            public static let moveDown = Phrase(en: "next registrant", sv: "nästa anmäld")
            public static let first = Phrase(en: "first", sv: "första")
            public static let last = Phrase(en: "last", sv: "sista")
            public static let find = Phrase(en: "search as you type (name, email, organisation, code; accents ignored)", sv: "sök medan du skriver (namn, e-post, organisation, kod; accenter spelar ingen roll)")
            public static let searchHint = Phrase(en: "search", sv: "sök")
            public static let newRegistrant = Phrase(en: "new registration", sv: "ny anmälan")
            public static let newHint = Phrase(en: "new", sv: "ny")
            public static let openDetail = Phrase(en: "everything about the registrant, with the history of changes", sv: "allt om deltagaren, med ändringshistorik")
            public static let cycleSort = Phrase(en: "sort by name, code, registration date, category", sv: "sortera efter namn, kod, anmälningsdatum, kategori")
            public static let sortHint = Phrase(en: "sort", sv: "sortera")
            public static let cycleFilter = Phrase(en: "filter: all, unpaid, not arrived, checked in, cancelled, waiting list, late, category to choose, each category", sv: "filter: alla, obetalda, ej anlända, incheckade, avbokade, väntelista, sena, kategori att välja, varje kategori")
            public static let filterHint = Phrase(en: "filter", sv: "filter")
            public static let cycleFilterBack = Phrase(en: "filter, the other way round", sv: "filter, åt andra hållet")
            public static let recordPayment = Phrase(en: "record money: a payment (default: what is due), a refund or a waiver", sv: "pengar: en betalning (förvalt: det som är att betala), en återbetalning eller ett efterskänkt belopp")
            public static let moneyHint = Phrase(en: "money", sv: "pengar")
            public static let issueReceipt = Phrase(en: "issue a receipt (numbered; saved as text and HTML in the event's receipts folder)", sv: "skriv ett kvitto (numrerat; sparas som text och HTML i evenemangets kvittomapp)")
            public static let cancelRegistration = Phrase(en: "cancel the registration (asks first; kept, shown dimmed)", sv: "avboka anmälan (frågar först; finns kvar, visas nedtonad)")
            public static let restoreRegistration = Phrase(en: "restore a cancelled registration", sv: "återställ en avbokad anmälan")
            public static let promoteSelected = Phrase(en: "promote the selected person from the waiting list", sv: "flytta upp den valda personen från väntelistan")
            public static let promoteFirst = Phrase(en: "promote the first on the waiting list", sv: "flytta upp den första på väntelistan")
            public static let deleteRegistration = Phrase(en: "delete for good (type the code to confirm)", sv: "ta bort för gott (skriv koden för att bekräfta)")
            public static let undo = Phrase(en: "undo the last change of this session (up to 20)", sv: "ångra den senaste ändringen under den här körningen (upp till 20)")
            public static let importFile = Phrase(en: "import registrations from CSV (pretix, Indico, a spreadsheet; a dry run first)", sv: "importera anmälningar från CSV (pretix, Indico, ett kalkylark; en provkörning först)")
            public static let back = Phrase(en: "clear the search, or close the details", sv: "rensa sökningen eller stäng detaljerna")
            public static let toTheList = Phrase(en: "to the list, keeping the results", sv: "till listan, med träffarna kvar")
            public static let toTheListHint = Phrase(en: "to the list", sv: "till listan")
            public static let clearTheSearch = Phrase(en: "clear the search", sv: "rensa sökningen")
            public static let backToTheList = Phrase(en: "back to the list", sv: "tillbaka till listan")
        }

        public enum Fees {
            public static let moveUp = Phrase(en: "previous fee category", sv: "föregående avgiftskategori")
            public static let moveDown = Phrase(en: "next fee category", sv: "nästa avgiftskategori")
            public static let addCategory = Phrase(en: "add a fee category", sv: "lägg till en avgiftskategori")
            public static let editCategory = Phrase(en: "rename or reprice the category (asks about the unpaid)", sv: "byt namn eller pris på kategorin (frågar om de obetalda)")
            public static let retireCategory = Phrase(en: "retire the category (kept for those who have it, not offered), or offer it again", sv: "avveckla kategorin (finns kvar för dem som har den, erbjuds inte), eller erbjud den igen")
            public static let retireHint = Phrase(en: "retire", sv: "avveckla")
            public static let undo = Phrase(en: "undo the last change to the fees (or programme)", sv: "ångra den senaste ändringen av avgifterna (eller programmet)")
        }
    }
}
