extension Catalogue {
    /// `foyer --help` and every subcommand's: abstracts, discussions and the options' help.
    public enum CommandLineHelp {
        // MARK: foyer and the options every command takes

        public static let foyer = Phrase(
            en: "Run a workshop or conference from the terminal: programme, registrations, fees and check-in.",
            sv: "Sköt en workshop eller konferens från terminalen: program, anmälningar, avgifter och incheckning.")
        public static let foyerDiscussion = Phrase(
            en: "With no subcommand, foyer opens the full-screen event manager. The subcommands do the same work from scripts. Exit status: 0 done; 1 failed (the reason is printed); 2 an ambiguous query (the candidates are listed, nothing changed); 3 already checked in; 4 not saved because another desk changed the same field meanwhile (the field and the desk are named; --force overwrites); 5 already registered (the existing code is printed, nobody was registered).",
            sv: "Utan underkommando öppnar foyer evenemangshanteraren i helskärm. Underkommandona gör samma arbete från skript. Slutstatus: 0 klart; 1 misslyckades (orsaken skrivs ut); 2 en tvetydig sökning (kandidaterna listas, inget ändrades); 3 redan incheckad; 4 inte sparat eftersom en annan disk ändrade samma fält under tiden (fältet och disken anges; --force skriver över); 5 redan anmäld (den befintliga koden skrivs ut, ingen anmäldes).")
        public static let data = Phrase(
            en: "The data directory (default: $FOYER_DATA, else $XDG_DATA_HOME/foyer, else ~/.local/share/foyer).",
            sv: "Datakatalogen (standard: $FOYER_DATA, annars $XDG_DATA_HOME/foyer, annars ~/.local/share/foyer).")
        public static let event = Phrase(
            en: "The event's id (see `foyer events`). Default: $FOYER_EVENT, else the only or the next event.",
            sv: "Evenemangets id (se `foyer events`). Standard: $FOYER_EVENT, annars det enda eller nästa evenemang.")
        public static let desk = Phrase(
            en: "This desk's name in check-ins and histories (default: $FOYER_DESK, else host and terminal).",
            sv: "Den här diskens namn i incheckningar och historik (standard: $FOYER_DESK, annars dator och terminal).")
        public static let now = Phrase(
            en: "Fix the clock, e.g. \"2009-03-19 10:40\" in the event's time zone (also $FOYER_NOW).",
            sv: "Ställ klockan, t.ex. \"2009-03-19 10:40\" i evenemangets tidszon (även $FOYER_NOW).")
        /// Options' values in the usage lines: `--data <dir>`, `--data <katalog>`.
        public static let valueDir = Phrase(en: "dir", sv: "katalog")
        public static let valueName = Phrase(en: "name", sv: "namn")
        public static let valueTime = Phrase(en: "time", sv: "tid")
        public static let valueCode = Phrase(en: "code", sv: "kod")
        public static let valueFile = Phrase(en: "file", sv: "fil")
        public static let valueDirectory = Phrase(en: "directory", sv: "katalog")
        public static let valueField = Phrase(en: "field", sv: "fält")
        public static let valueValue = Phrase(en: "value", sv: "värde")
        public static let valueKind = Phrase(en: "kind", sv: "slag")
        public static let valueNumber = Phrase(en: "number", sv: "nummer")
        public static let valueQuery = Phrase(en: "query", sv: "sökning")
        public static let valueSearch = Phrase(en: "search", sv: "sökning")
        public static let valueFirst = Phrase(en: "first", sv: "förnamn")
        public static let valueLast = Phrase(en: "last", sv: "efternamn")
        public static let valueCategory = Phrase(en: "category", sv: "kategori")
        public static let eventID = Phrase(en: "The event's id.", sv: "Evenemangets id.")
        public static let output = Phrase(en: "Write to this file (atomically, mode 0600) instead of standard output.", sv: "Skriv till den här filen (atomiskt, läge 0600) i stället för till standard ut.")
        public static let textOrHTML = Phrase(en: "text or html.", sv: "text eller html.")
        public static let textOrJSON = Phrase(en: "text or json.", sv: "text eller json.")
        public static let csvOrJSON = Phrase(en: "csv or json.", sv: "csv eller json.")
        public static let firstName = Phrase(en: "First name.", sv: "Förnamn.")
        public static let lastName = Phrase(en: "Last name.", sv: "Efternamn.")
        public static let role = Phrase(en: "Role or profession.", sv: "Roll eller yrke.")
        public static let dietary = Phrase(en: "Dietary needs.", sv: "Kostönskemål.")
        public static let expect = Phrase(en: "The value FIELD has as far as this script knows (repeatable).", sv: "Värdet som FIELD har såvitt skriptet vet (kan upprepas).")
        public static let force = Phrase(en: "Save even over a field another desk changed meanwhile.", sv: "Spara även över ett fält som en annan disk har ändrat under tiden.")
        public static let fromFile = Phrase(en: "…read from a file.", sv: "…läst från en fil.")
        public static let inSwedish = Phrase(en: "…in Swedish.", sv: "…på svenska.")

        // MARK: The desk: open, registrants, register, edit, check-in, receipt, door list, stats

        public static let open = Phrase(en: "Open the full-screen event manager (the default).", sv: "Öppna evenemangshanteraren i helskärm (standard).")
        public static let mouse = Phrase(en: "Let mouse clicks choose tabs and rows (keys always work).", sv: "Låt musklick välja flikar och rader (tangenterna fungerar alltid).")
        public static let deskOnly = Phrase(
            en: "A desk-only station: check-in, walk-ins, registering and payments; no deleting, cancelling or editing registrations, no fee or programme edits, no imports, no other event.",
            sv: "En ren incheckningsdisk: incheckning, spontanbesökare, anmälan och betalningar; ingen borttagning, avbokning eller redigering av anmälningar, inga ändringar av avgifter eller program, ingen import, inget annat evenemang.")
        public static let maskEmails = Phrase(
            en: "Show emails masked at the check-in desk (a•••@sll.se): enough to tell two people apart.",
            sv: "Visa e-postadresser maskerade vid incheckningsdisken (a•••@sll.se): nog för att skilja två personer åt.")
        public static let noBell = Phrase(en: "No bell when the desk refuses someone (also FOYER_BELL=off).", sv: "Ingen ljudsignal när disken nekar någon (även FOYER_BELL=off).")
        public static let registrants = Phrase(en: "List the registrants, or those matching a search.", sv: "Lista deltagarna, eller dem som matchar en sökning.")
        public static let search = Phrase(
            en: "Only those matching this (name, email, organisation or code; accents and case ignored).",
            sv: "Bara de som matchar detta (namn, e-post, organisation eller kod; accenter och skiftläge spelar ingen roll).")
        public static let listFormat = Phrase(en: "table, csv or json.", sv: "table, csv eller json.")
        public static let register = Phrase(en: "Register a person; prints the new code.", sv: "Anmäl en person; skriver ut den nya koden.")
        public static let registerDiscussion = Phrase(
            en: "Someone with the same email (ignoring case), the same phone (its last 8 digits) or the same name (ignoring accents and case) who is registered already is not registered again: the existing code is printed and the exit status is 5, also when several desks register the same person at the same moment.",
            sv: "Den som redan är anmäld med samma e-post (oavsett versaler), samma telefon (de 8 sista siffrorna) eller samma namn (oavsett accenter och versaler) anmäls inte igen: den befintliga koden skrivs ut och slutstatus är 5, även när flera diskar anmäler samma person i samma ögonblick.")
        public static let registerCategory = Phrase(en: "Fee category: its id or the start of its name (see `foyer stats`).", sv: "Avgiftskategori: dess id eller början av namnet (se `foyer stats`).")
        public static let allowDuplicate = Phrase(
            en: "Register even when someone with the same email, phone or name is already registered.",
            sv: "Anmäl även om någon med samma e-post, telefon eller namn redan är anmäld.")
        public static let edit = Phrase(en: "Change some of a person's fields; prints which were saved.", sv: "Ändra några av en persons fält; skriver ut vilka som sparades.")
        public static func editDiscussion(fields: String) -> Phrase {
            Phrase(en: "Only the fields given are changed, each judged against the value it was based on: the value given with --expect FIELD=VALUE, else the value read when the command started. A field another desk changed since is not overwritten: nothing is saved, the field and the desk are named, and the exit status is 4 (--force overwrites). Fields nobody else touched are saved beside the other desk's changes. Field names for --expect: \(fields).",
                   sv: "Bara de angivna fälten ändras, vart och ett jämfört med värdet det byggde på: värdet som anges med --expect FIELD=VALUE, annars värdet som lästes när kommandot startade. Ett fält som en annan disk har ändrat sedan dess skrivs inte över: inget sparas, fältet och disken anges och slutstatus är 4 (--force skriver över). Fält som ingen annan har rört sparas bredvid den andra diskens ändringar. Fältnamn för --expect: \(fields).")
        }
        public static let personCode = Phrase(en: "The person's code (SAF-0064, saf64).", sv: "Personens kod (SAF-0064, saf64).")
        public static let editCategory = Phrase(
            en: "Fee category: its id or the start of its name; the price becomes the category's price.",
            sv: "Avgiftskategori: dess id eller början av namnet; priset blir kategorins pris.")
        public static let checkIn = Phrase(en: "Check a person in by code or by name, or undo a check-in.", sv: "Checka in en person med kod eller namn, eller ångra en incheckning.")
        public static let checkInDiscussion = Phrase(
            en: "An ambiguous query lists the candidates and changes nothing (exit 2); someone already checked in is reported with the time and desk (exit 3). `--undo CODE --reason TEXT` takes a check-in back (from any desk); the reason goes into the person's check-in history.",
            sv: "En tvetydig sökning listar kandidaterna och ändrar inget (slutstatus 2); den som redan är incheckad visas med tid och disk (slutstatus 3). `--undo CODE --reason TEXT` ångrar en incheckning (från vilken disk som helst); orsaken skrivs in i personens incheckningshistorik.")
        public static let checkInQuery = Phrase(
            en: "A code (SAF-0042, saf42) or words of a name, email or organisation.", sv: "En kod (SAF-0042, saf42) eller ord ur ett namn, en e-postadress eller en organisation.")
        public static let undo = Phrase(en: "Undo this person's check-in instead (needs --reason).", sv: "Ångra i stället den här personens incheckning (kräver --reason).")
        public static let reason = Phrase(en: "Why the check-in is undone (required with --undo).", sv: "Varför incheckningen ångras (krävs med --undo).")
        public static let receipt = Phrase(en: "Issue a receipt for a registrant, with the next receipt number.", sv: "Utfärda ett kvitto för en deltagare, med nästa kvittonummer.")
        public static let receiptDiscussion = Phrase(
            en: "Every call issues a new number (numbers never repeat, across desks); the receipt shows the price, its net and VAT, and the payments so far.",
            sv: "Varje anrop ger ett nytt nummer (numren upprepas aldrig, inte heller mellan diskar); kvittot visar priset, dess nettobelopp och moms samt betalningarna hittills.")
        public static let registrantCode = Phrase(en: "The registrant's code (SAF-0042, saf42).", sv: "Deltagarens kod (SAF-0042, saf42).")
        public static let receiptOutput = Phrase(
            en: "Write the receipt to this file (mode 0600, replaced atomically) instead of standard output.",
            sv: "Skriv kvittot till den här filen (läge 0600, ersätts atomiskt) i stället för till standard ut.")
        public static let doorList = Phrase(en: "Print the door list, the paper fallback for check-in.", sv: "Skriv ut dörrlistan, pappersreserven för incheckningen.")
        public static let doorListDiscussion = Phrase(
            en: "Everyone registered, alphabetical by last name, with code, organisation, category, amount due and a box to tick ([x] and the time for those already checked in); the waiting list follows; cancelled registrations are left out.",
            sv: "Alla anmälda i bokstavsordning efter efternamn, med kod, organisation, kategori, belopp att betala och en ruta att kryssa i ([x] och tiden för dem som redan är incheckade); väntelistan följer; avbokade anmälningar tas inte med.")
        public static let doorListFormat = Phrase(en: "text (fits 80 columns) or html (a printable table).", sv: "text (ryms på 80 kolumner) eller html (en utskrivbar tabell).")
        public static let doorListOutput = Phrase(
            en: "Write the list to this file (mode 0600, replaced atomically) instead of standard output.",
            sv: "Skriv listan till den här filen (läge 0600, ersätts atomiskt) i stället för till standard ut.")
        public static let stats = Phrase(
            en: "Counts and money: registered, arrived, paid, outstanding, per fee category.", sv: "Antal och pengar: anmälda, ankomna, betalt, utestående, per avgiftskategori.")

        // MARK: Housekeeping: validate, generate, compact, anonymise, events, archive, delete

        public static let validate = Phrase(
            en: "Check a data directory (every file readable, every registrant valid), or a backup archive without restoring it. Changes nothing.",
            sv: "Kontrollera en datakatalog (att alla filer går att läsa och alla deltagare är giltiga), eller ett säkerhetskopiearkiv utan att återställa det. Ändrar inget.")
        public static let validateDirectory = Phrase(
            en: "The data directory, or the backup archive (.zip), to check (default: --data, else the default directory).", sv: "Datakatalogen, eller säkerhetskopiearkivet (.zip), att kontrollera (standard: --data, annars standardkatalogen).")
        public static let generate = Phrase(
            en: "Make a deterministic set of synthetic registrants for demos, tests and benchmarks.",
            sv: "Skapa en förutsägbar uppsättning påhittade deltagare för demonstrationer, tester och prestandamätningar.")
        public static let generateCount = Phrase(en: "How many registrants.", sv: "Hur många deltagare.")
        public static let seed = Phrase(en: "The seed: the same seed makes the same people.", sv: "Fröet: samma frö ger samma personer.")
        public static let replace = Phrase(en: "Replace the event's registrants if it has some already.", sv: "Ersätt evenemangets deltagare om det redan har några.")
        public static let compact = Phrase(en: "Fold the journal into a new snapshot and start an empty journal.", sv: "För in journalen i en ny ögonblicksbild och börja på en tom journal.")
        public static let compactDiscussion = Phrase(
            en: "Safe while other desks run: they notice the new snapshot and carry on. Refuses when a journal line could not be understood, so nothing is dropped.",
            sv: "Säkert medan andra diskar arbetar: de märker den nya ögonblicksbilden och fortsätter. Vägrar när en rad i journalen inte gick att förstå, så att inget går förlorat.")
        public static let anonymise = Phrase(
            en: "After the event, replace every registrant's personal data with placeholders (cannot be undone).",
            sv: "Efter evenemanget: ersätt alla deltagares personuppgifter med platshållare (kan inte ångras).")
        public static let anonymiseDiscussion = Phrase(
            en: "First name \"Anonymous\", last name the code; email, phone, organisation, role, dietary needs, invoice address and reference and notes emptied; payment references blanked and the reasons of undone check-ins replaced by \"(removed)\". Codes, categories, statuses, prices, payments (amounts, kinds, methods, times) and check-in times and desks stay, so the fee totals and statistics do not change. The registrations are written as a new snapshot with an empty journal; the journal's history, receipts (receipts.jsonl and the receipts folder), the search index cache and any torn or leftover files are deleted. Refused until the event's last day is over. Asks for the event id to be typed; scripts pass it with --confirm.",
            sv: "Förnamnet blir \"Anonymous\", efternamnet koden; e-post, telefon, organisation, roll, kostönskemål, fakturaadress och -referens samt anteckningar töms; betalningsreferenser töms och orsakerna till ångrade incheckningar ersätts med \"(removed)\". Koder, kategorier, status, priser, betalningar (belopp, slag, sätt, tider) samt incheckningarnas tider och diskar finns kvar, så avgiftssummorna och statistiken ändras inte. Anmälningarna skrivs som en ny ögonblicksbild med en tom journal; journalens historik, kvitton (receipts.jsonl och mappen receipts), sökindexets cache och trasiga eller kvarlämnade filer tas bort. Vägras tills evenemangets sista dag är över. Ber om att evenemangets id skrivs in; skript anger det med --confirm.")
        public static let anonymiseConfirm = Phrase(
            en: "Confirm without the question: the event's id, which must match (for scripts).", sv: "Bekräfta utan frågan: evenemangets id, som måste stämma (för skript).")
        public static let events = Phrase(en: "List the events in the data directory.", sv: "Lista evenemangen i datakatalogen.")
        public static let eventsAll = Phrase(en: "Archived events too.", sv: "Även arkiverade evenemang.")
        public static let archive = Phrase(
            en: "Archive an event: kept whole, but no longer offered in the switcher or chosen by default (`foyer events --all` lists it). --restore brings it back.",
            sv: "Arkivera ett evenemang: det sparas helt men erbjuds inte längre i växlaren och väljs inte som standard (`foyer events --all` listar det). --restore tar tillbaka det.")
        public static let archiveRestore = Phrase(en: "Bring an archived event back.", sv: "Ta tillbaka ett arkiverat evenemang.")
        public static let delete = Phrase(
            en: "Delete an event for good: its folder, registrations, journal, receipts and history. Asks for the id to be typed (--confirm ID in scripts).",
            sv: "Ta bort ett evenemang för gott: dess mapp, anmälningar, journal, kvitton och historik. Ber om att id:t skrivs in (--confirm ID i skript).")
        public static let deleteConfirm = Phrase(en: "The event's id again, for scripts (instead of typing it).", sv: "Evenemangets id en gång till, för skript (i stället för att skriva in det).")
    }
}
