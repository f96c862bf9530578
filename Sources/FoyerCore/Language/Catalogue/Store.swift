extension Catalogue {
    /// The store: files that cannot be read or written, events that are not there, other desks' changes.
    public enum Store {
        /// "events.json, line 12: …"
        public static func corrupt(file: String, line: Int, detail: Phrase) -> Phrase {
            Phrase(en: "\(file), line \(line): \(detail.en)", sv: "\(file), rad \(line): \(detail.sv)")
        }
        public static func corrupt(file: String, detail: Phrase) -> Phrase {
            Phrase(en: "\(file): \(detail.en)", sv: "\(file): \(detail.sv)")
        }
        /// After the start of a damaged value too long to quote whole.
        public static func characters(_ count: Int) -> Phrase {
            Phrase(en: "… (\(count) characters)", sv: "… (\(count) tecken)")
        }
        public static func newerSchema(file: String, found: Int, supported: Int) -> Phrase {
            Phrase(en: "\(file): schema version \(found) is newer than this foyer understands (\(supported)); update foyer, the file is left as it is",
                   sv: "\(file): schemaversion \(found) är nyare än vad denna foyer förstår (\(supported)); uppdatera foyer, filen lämnas som den är")
        }
        public static func io(file: String, operation: Phrase, detail: Phrase) -> Phrase {
            Phrase(en: "could not \(operation.en) (\(detail.en)): \(file)", sv: "kunde inte \(operation.sv) (\(detail.sv)): \(file)")
        }
        public static func notFound(_ what: Phrase) -> Phrase {
            Phrase(en: "\(what.en) does not exist", sv: "\(what.sv) finns inte")
        }
        public static func dataDirectory(_ path: String) -> Phrase {
            Phrase(en: "the data directory \(path)", sv: "datamappen \(path)")
        }
        public static func lockTimeout(file: String, seconds: Double) -> Phrase {
            Phrase(en: "\(file): another desk has held the lock for more than \(seconds) s; try again, or check that no foyer is stuck",
                   sv: "\(file): en annan disk har hållit låset i mer än \(seconds) s; försök igen, eller kontrollera att ingen foyer har hängt sig")
        }
        public static func noAccess(folder: String, account: String, owner: String, mode: String) -> Phrase {
            Phrase(en: "\(folder): permission denied; it belongs to the account \(owner) (mode \(mode)) and this account, \(account), may not open it. Desks that log in as different users share a data directory through a group: \(owner) runs foyer share --group NAME --data on it",
                   sv: "\(folder): åtkomst nekad; mappen tillhör kontot \(owner) (rättigheter \(mode)) och det här kontot, \(account), får inte öppna den. Diskar som loggar in som olika användare delar en datamapp genom en grupp: \(owner) kör foyer share --group NAMN --data på den")
        }
        public static func symbolicLink(file: String) -> Phrase {
            Phrase(en: "\(file) is a symbolic link; foyer does not read or write its data through a link (it could lead to any file this account can write): put the real file there, or remove the link",
                   sv: "\(file) är en symbolisk länk; foyer läser och skriver inte sina data genom en länk (den kan leda till vilken fil som helst som kontot kan skriva): lägg den riktiga filen där, eller ta bort länken")
        }
        public static func noSuchEvent(_ id: String) -> Phrase {
            Phrase(en: "no event \"\(id)\"", sv: "inget evenemang \"\(id)\"")
        }
        public static let noEventsHere = Phrase(en: " (the data directory has no events)", sv: " (datamappen har inga evenemang)")
        public static func eventsHere(_ list: String) -> Phrase {
            Phrase(en: "; events here: \(list)", sv: "; evenemang här: \(list)")
        }
        public static func changedElsewhere(file: String) -> Phrase {
            Phrase(en: "\(file) was changed at another desk since it was read; nothing was overwritten — the other version is now shown, make the change again",
                   sv: "\(file) ändrades vid en annan disk efter att den lästes; inget skrevs över — den andra versionen visas nu, gör ändringen igen")
        }
        public static func readOnly(folder: String) -> Phrase {
            Phrase(en: "\(folder) is read-only here: it can be looked at, but nothing can be changed or saved",
                   sv: "\(folder) är skrivskyddad här: den kan visas, men inget kan ändras eller sparas")
        }
        public static func ambiguousEvent(_ list: String) -> Phrase {
            Phrase(en: "several events are here; choose one with --event: \(list)", sv: "här finns flera evenemang; välj ett med --event: \(list)")
        }

        // What could not be done to a file ("could not … (No space left on device): path").
        public static let useAsFolder = Phrase(en: "use it as a folder", sv: "använda den som mapp")
        public static let isAFile = Phrase(en: "it is a file", sv: "det är en fil")
        public static let createFolder = Phrase(en: "create the folder", sv: "skapa mappen")
        public static let openForReading = Phrase(en: "open it for reading", sv: "öppna den för läsning")
        public static let openForAppending = Phrase(en: "open it for appending", sv: "öppna den för att skriva till")
        public static let openIt = Phrase(en: "open it", sv: "öppna den")
        public static let readSize = Phrase(en: "read its size", sv: "läsa dess storlek")
        public static let readIt = Phrase(en: "read it", sv: "läsa den")
        public static let writeIt = Phrase(en: "write it", sv: "skriva den")
        public static let openFolderToSync = Phrase(en: "open the folder to sync it", sv: "öppna mappen för att synka den")
        public static let syncFolder = Phrase(en: "sync the folder", sv: "synka mappen")
        public static let createTemporary = Phrase(en: "create a temporary file", sv: "skapa en tillfällig fil")
        public static let syncToDisk = Phrase(en: "sync it to disk", sv: "synka den till disken")
        public static let replaceIt = Phrase(en: "replace it", sv: "ersätta den")
        public static let openLockFile = Phrase(en: "open the lock file", sv: "öppna låsfilen")
        public static let lockIt = Phrase(en: "lock it", sv: "låsa den")
        public static let cutTornLine = Phrase(en: "cut the half-written last line", sv: "ta bort den halvskrivna sista raden")
        public static let finishCompaction = Phrase(en: "finish an interrupted compaction", sv: "slutföra en avbruten komprimering")
        public static let compactJournal = Phrase(en: "compact the journal", sv: "komprimera journalen")
        public static let compactedMeanwhile = Phrase(en: "another desk compacted or replaced the registrations meanwhile; nothing was changed",
                                                      sv: "en annan disk komprimerade eller ersatte anmälningarna under tiden; inget ändrades")
        public static let putSnapshotInPlace = Phrase(en: "put the compacted snapshot in place", sv: "lägga den komprimerade ögonblicksbilden på plats")
        public static let putJournalInPlace = Phrase(en: "put the new journal in place", sv: "lägga den nya journalen på plats")
        public static let findAnEvent = Phrase(en: "find an event", sv: "hitta ett evenemang")
        public static let noEventYet = Phrase(en: "it holds no event yet; ", sv: "den har inget evenemang än; ")
        public static let howToCreate = Phrase(en: "create one with: foyer new ID --title TITLE --date YYYY-MM-DD (or --copy-from EVENT)",
                                               sv: "skapa ett med: foyer new ID --title TITEL --date ÅÅÅÅ-MM-DD (eller --copy-from EVENEMANG)")

        // Files that are not what they should be.
        public static let notUTF8 = Phrase(en: "not UTF-8 text; save it as UTF-8 and try again", sv: "inte UTF-8-text; spara den som UTF-8 och försök igen")
        public static let utf16 = Phrase(en: "the file begins as UTF-16 or UTF-32 text does but is not; save it as UTF-8",
                                         sv: "filen börjar som UTF-16- eller UTF-32-text men är det inte; spara den som UTF-8")
        public static let noSchemaVersion = Phrase(en: "\"schemaVersion\" is missing; this is not a foyer file", sv: "\"schemaVersion\" saknas; detta är ingen foyer-fil")
        public static func notAVersion(_ version: Int) -> Phrase {
            Phrase(en: "schemaVersion \(version) is not a version", sv: "schemaVersion \(version) är ingen version")
        }
        public static func mustHoldObject(found: Phrase) -> Phrase {
            Phrase(en: "the file must hold an object, found \(found.en)", sv: "filen måste innehålla ett objekt, hittade \(found.sv)")
        }
        public static func notJournalHeader(_ error: Phrase) -> Phrase {
            Phrase(en: "the first line is not a journal header: \(error.en)", sv: "första raden är inget journalhuvud: \(error.sv)")
        }
        public static func snapshotNewer(generation: Int, file: String, snapshot: Int) -> Phrase {
            Phrase(en: "follows snapshot generation \(generation) but \(file) is generation \(snapshot); the snapshot is older than the journal",
                   sv: "följer ögonblicksbild nummer \(generation) men \(file) är nummer \(snapshot); ögonblicksbilden är äldre än journalen")
        }
        public static func unapplied(_ count: Int) -> Phrase {
            Phrase(en: "\(count) changes could not be applied; not compacting, so they stay on disk for someone to look at",
                   sv: "\(count) ändringar kunde inte genomföras; ingen komprimering, så de ligger kvar på disken för någon att titta på")
        }
        public static func folderExists(_ folder: String) -> Phrase {
            Phrase(en: "\(folder) exists already; choose another id", sv: "\(folder) finns redan; välj ett annat id")
        }
        public static func hasRegistrants(event: String, count: Int) -> Phrase {
            Phrase(en: "\(event) has \(count) registrants already", sv: "\(event) har redan \(count) anmälda")
        }
        public static func idNotFolderName(folder: String, id: String, name: String) -> Phrase {
            Phrase(en: "\(folder): its event.json has the id \(id), not the folder's name \(name)",
                   sv: "\(folder): dess event.json har id \(id), inte mappens namn \(name)")
        }
        public static func idInFolders(id: String, count: Int, folders: String) -> Phrase {
            Phrase(en: "the event id \(id) is in \(count) folders (\(folders)); give each copy an id of its own",
                   sv: "evenemangets id \(id) finns i \(count) mappar (\(folders)); ge varje kopia ett eget id")
        }

        // A file Foundation's decoder could not read.
        public static let topLevel = Phrase(en: "the top level", sv: "översta nivån")
        public static let notValidJSON = Phrase(en: "not valid JSON", sv: "inte giltig JSON")
        public static func at(_ path: Phrase, _ detail: Phrase) -> Phrase {
            Phrase(en: "at \(path.en): \(detail.en)", sv: "vid \(path.sv): \(detail.sv)")
        }
        public static func requiredField(_ key: String) -> Phrase {
            Phrase(en: "required field \"\(key)\" is missing", sv: "det obligatoriska fältet \"\(key)\" saknas")
        }
        public static func expected(_ type: String) -> Phrase { Phrase(en: "expected \(type)", sv: "väntade \(type)") }
        public static func expectedFoundNull(_ type: String) -> Phrase {
            Phrase(en: "expected \(type), found null", sv: "väntade \(type), hittade null")
        }

        // Warnings when an event is opened.
        public static func compactionToFinish(file: String, next: String, count: Int) -> Phrase {
            Phrase(en: "\(file): an interrupted compaction is finished at the next change (\(next) holds its last \(count) changes)",
                   sv: "\(file): en avbruten komprimering slutförs vid nästa ändring (\(next) har dess sista \(count) ändringar)")
        }
        public static func inSnapshotAlready(file: String) -> Phrase {
            Phrase(en: "\(file): already contained in the snapshot (an interrupted compaction); it is replaced at the next change",
                   sv: "\(file): finns redan i ögonblicksbilden (en avbruten komprimering); den ersätts vid nästa ändring")
        }
        public static func tornLineIgnored(file: String, line: Int) -> Phrase {
            Phrase(en: "\(file), line \(line): a half-written last line (a crash while saving?) was ignored",
                   sv: "\(file), rad \(line): en halvskriven sista rad (en krasch när det sparades?) hoppades över")
        }
        public static func changeNotApplied(file: String, seq: Int, summary: Phrase, error: Phrase) -> Phrase {
            Phrase(en: "\(file): change \(seq) (\(summary.en)) could not be applied: \(error.en)",
                   sv: "\(file): ändring \(seq) (\(summary.sv)) kunde inte genomföras: \(error.sv)")
        }
        public static func tornLineMoved(file: String, aside: String) -> Phrase {
            Phrase(en: "\(file): a half-written last line was moved to \(aside)", sv: "\(file): en halvskriven sista rad flyttades till \(aside)")
        }
        public static func folderReadable(folder: String, mode: String) -> Phrase {
            Phrase(en: "\(folder): the folder is readable by others (mode \(mode)); chmod 700 it",
                   sv: "\(folder): mappen kan läsas av andra (läge \(mode)); kör chmod 700 på den")
        }
        public static func fileReadable(path: String, mode: String) -> Phrase {
            Phrase(en: "\(path): readable by others (mode \(mode)); chmod 600 it", sv: "\(path): kan läsas av andra (läge \(mode)); kör chmod 600 på den")
        }
    }

    /// Another desk's change met this desk's: a conflict, a duplicate registration.
    public enum Conflicts {
        /// "desk B at 10:42", said after "at".
        public static func author(desk: String, time: String) -> Phrase {
            Phrase(en: "desk \(desk) at \(time)", sv: "disk \(desk) kl. \(time)")
        }
        public static func anotherDesk(time: String) -> Phrase {
            Phrase(en: "another desk at \(time)", sv: "en annan disk kl. \(time)")
        }
        public static func at(_ author: Phrase) -> Phrase { Phrase(en: "at \(author.en)", sv: "vid \(author.sv)") }
        public static let atAnotherDesk = Phrase(en: "at another desk", sv: "vid en annan disk")
        public static func deleted(subject: Phrase, at author: Phrase) -> Phrase {
            Phrase(en: "\(subject.en) was deleted \(author.en)", sv: "\(subject.sv) togs bort \(author.sv)")
        }
        public static func changed(field: Phrase, at author: Phrase, to value: Phrase) -> Phrase {
            Phrase(en: "\(field.en) was changed \(author.en) to “\(value.en)”", sv: "\(field.sv) ändrades \(author.sv) till ”\(value.sv)”")
        }
        public static func fields(subject: Phrase, _ list: Phrase) -> Phrase {
            Phrase(en: "\(subject.en): \(list.en)", sv: "\(subject.sv): \(list.sv)")
        }
        public static let leftAsItIs = Phrase(en: "; left as it is", sv: "; lämnad som den är")
        public static func duplicate(name: String, code: String, reason: Phrase, author: Phrase) -> Phrase {
            Phrase(en: "DUPLICATE: \(name) is already registered as \(code) (\(reason.en)\(author.en)); not registered again",
                   sv: "DUBBLETT: \(name) är redan anmäld som \(code) (\(reason.sv)\(author.sv)); inte anmäld igen")
        }
        /// ", at desk B at 10:42" inside a duplicate's parenthesis.
        public static func duplicateAuthor(_ author: Phrase) -> Phrase { Phrase(en: ", at \(author.en)", sv: ", vid \(author.sv)") }

        public static func programmeItem(_ title: Phrase) -> Phrase { Phrase(en: "the programme item \(title.en)", sv: "programpunkten \(title.sv)") }
        public static func quoted(_ title: String) -> Phrase { Phrase(en: "“\(title)”", sv: "”\(title)”") }
        /// A name the organiser gave in each language, quoted as each language quotes.
        public static func quoted(_ name: Phrase) -> Phrase { Phrase(en: "“\(name.en)”", sv: "”\(name.sv)”") }
        public static let theProgramme = Phrase(en: "The programme", sv: "Programmet")
        public static func category(_ name: Phrase) -> Phrase { Phrase(en: "the category \(name.en)", sv: "kategorin \(name.sv)") }
        public static let eventDetails = Phrase(en: "The event's details", sv: "Evenemangets uppgifter")
        public static func items(_ count: Int) -> Phrase { Phrase(en: "\(count) items", sv: "\(count) punkter") }
        public static let deletedValue = Phrase(en: "(deleted)", sv: "(borttagen)")
        public static let removedValue = Phrase(en: "(removed)", sv: "(borttagen)")
        public static func registeredAtIt(_ count: Int) -> Phrase { Phrase(en: "\(count) registered at it", sv: "\(count) anmälda till den") }
        public static let changedSince = Phrase(en: "changed since", sv: "ändrad sedan dess")
        public static let theRegistration = Phrase(en: "the registration", sv: "anmälan")
        /// Fields a conflict names that are not a form's fields.
        public static let registrantsField = Phrase(en: "registrants", sv: "anmälda")
        public static let categoryField = Phrase(en: "category", sv: "kategorin")
        public static let programmeField = Phrase(en: "programme", sv: "programmet")
    }

    /// Why a foyer file's JSON could not be read: said with the file and line (`StoreError.corrupt`).
    public enum JSON {
        /// A key the reader names that is not a field: "the value", "the file".
        public static func key(_ key: String) -> Phrase {
            switch key {
            case "the value": return Phrase(en: "the value", sv: "värdet")
            case "the file": return Phrase(en: "the file", sv: "filen")
            default: return Phrase(verbatim: key)
            }
        }
        public static let endOfFile = Phrase(en: "the end of the file", sv: "filens slut")
        public static let aString = Phrase(en: "a string", sv: "en sträng")
        public static let anObject = Phrase(en: "an object", sv: "ett objekt")
        public static let anArray = Phrase(en: "an array", sv: "en lista")
        public static let aBoolean = Phrase(en: "a boolean", sv: "ett sanningsvärde")
        public static let null = Phrase(en: "null", sv: "null")
        public static let aNumber = Phrase(en: "a number", sv: "ett tal")
        public static let notJSON = Phrase(en: "something that is not JSON", sv: "något som inte är JSON")
        public static let aWholeNumber = Phrase(en: "a whole number", sv: "ett heltal")
        public static func byte(_ hex: String) -> Phrase { Phrase(en: "byte 0x\(hex)", sv: "byte 0x\(hex)") }
        public static func unexpected(_ what: Phrase) -> Phrase { Phrase(en: "unexpected \(what.en)", sv: "oväntat \(what.sv)") }
        public static func unexpectedAfterEnd(_ what: Phrase) -> Phrase {
            Phrase(en: "unexpected \(what.en) after the end of the JSON value", sv: "oväntat \(what.sv) efter JSON-värdets slut")
        }
        public static func expected(_ word: String) -> Phrase { Phrase(en: "expected \(word)", sv: "väntade \(word)") }
        public static let endsTooEarly = Phrase(en: "the file ends too early", sv: "filen tar slut för tidigt")
        public static func mustBe(key: Phrase, expected: Phrase, found: Phrase) -> Phrase {
            Phrase(en: "\"\(key.en)\" must be \(expected.en), found \(found.en)", sv: "\"\(key.sv)\" måste vara \(expected.sv), hittade \(found.sv)")
        }
        public static func nestedTooDeep(_ levels: Int) -> Phrase {
            Phrase(en: "nested more than \(levels) levels deep", sv: "nästlat djupare än \(levels) nivåer")
        }
        public static let endsInObject = Phrase(en: "the file ends inside an object", sv: "filen tar slut inuti ett objekt")
        public static let endsInArray = Phrase(en: "the file ends inside an array", sv: "filen tar slut inuti en lista")
        public static let endsInString = Phrase(en: "the file ends inside a string", sv: "filen tar slut inuti en sträng")
        public static let endsInKey = Phrase(en: "the file ends inside a key", sv: "filen tar slut inuti en nyckel")
        public static let endsBeforeValue = Phrase(en: "the file ends where a value was expected", sv: "filen tar slut där ett värde väntades")
        public static func expectedCommaInObject(found: Phrase) -> Phrase {
            Phrase(en: "expected ',' or '}' in an object, found \(found.en)", sv: "väntade ',' eller '}' i ett objekt, hittade \(found.sv)")
        }
        public static func expectedCommaInArray(found: Phrase) -> Phrase {
            Phrase(en: "expected ',' or ']' in an array, found \(found.en)", sv: "väntade ',' eller ']' i en lista, hittade \(found.sv)")
        }
        public static func expectedKey(found: Phrase) -> Phrase {
            Phrase(en: "expected a key in quotes, found \(found.en)", sv: "väntade en nyckel inom citattecken, hittade \(found.sv)")
        }
        public static let expectedColon = Phrase(en: "expected ':' after a key", sv: "väntade ':' efter en nyckel")
        public static func controlCharacter(_ what: Phrase) -> Phrase {
            Phrase(en: "a control character (\(what.en)) inside a string must be escaped", sv: "ett styrtecken (\(what.sv)) inuti en sträng måste skrivas med escape")
        }
        public static let notUTF8 = Phrase(en: "a string is not valid UTF-8", sv: "en sträng är inte giltig UTF-8")
        public static func tooLongText(_ bytes: Int) -> Phrase {
            Phrase(en: "a text of \(bytes) bytes; a field holds at most 1 MB (a damaged file?)", sv: "en text på \(bytes) byte; ett fält rymmer högst 1 MB (en skadad fil?)")
        }
        public static let fourHexDigits = Phrase(en: "\\u needs four hex digits", sv: "\\u behöver fyra hexadecimala siffror")
        public static func halfSurrogate(_ hex: String) -> Phrase {
            Phrase(en: "\\u\(hex) is half of a surrogate pair, the other half is missing", sv: "\\u\(hex) är halva ett surrogatpar, andra halvan saknas")
        }
        public static func noSecondHalf(_ hex: String) -> Phrase {
            Phrase(en: "\\u\(hex) is not followed by the second half of a surrogate pair", sv: "\\u\(hex) följs inte av andra halvan av ett surrogatpar")
        }
        public static func secondHalfAlone(_ hex: String) -> Phrase {
            Phrase(en: "\\u\(hex) is the second half of a surrogate pair without the first", sv: "\\u\(hex) är andra halvan av ett surrogatpar utan den första")
        }
        public static func notAnEscape(_ character: String) -> Phrase {
            Phrase(en: "\\\(character) is not a JSON escape", sv: "\\\(character) är ingen JSON-escape")
        }
        public static let needsDigits = Phrase(en: "a number needs digits", sv: "ett tal behöver siffror")
        public static let leadingZero = Phrase(en: "a number must not start with 0", sv: "ett tal får inte börja med 0")
        public static let digitsAfterPoint = Phrase(en: "a number needs digits after the decimal point", sv: "ett tal behöver siffror efter decimaltecknet")
        public static let digitsInExponent = Phrase(en: "a number needs digits in its exponent", sv: "ett tal behöver siffror i exponenten")
        public static func tooBig(_ shown: String) -> Phrase {
            Phrase(en: "must be a whole number that fits in 64 bits, found \(shown)", sv: "måste vara ett heltal som ryms i 64 bitar, hittade \(shown)")
        }
        /// "\"seq\" must be …", "a number must be …": what is wrong, said of something.
        public static func of(_ subject: Phrase, _ message: Phrase) -> Phrase { subject + Phrase(verbatim: " ") + message }
        public static func quotedKey(_ key: Phrase) -> Phrase { Phrase(en: "\"\(key.en)\"", sv: "\"\(key.sv)\"") }
        public static func missing(_ key: Phrase) -> Phrase { Phrase(en: "\"\(key.en)\" is missing", sv: "\"\(key.sv)\" saknas") }
        public static func notATime(key: Phrase, text: String) -> Phrase {
            Phrase(en: "\"\(key.en)\": \"\(text)\" is not an ISO 8601 time with an offset, e.g. 2009-03-19T08:47:12+01:00",
                   sv: "\"\(key.sv)\": \"\(text)\" är ingen ISO 8601-tid med tidsskillnad, t.ex. 2009-03-19T08:47:12+01:00")
        }
        public static func notOneOf(key: Phrase, text: String, cases: String) -> Phrase {
            Phrase(en: "\"\(key.en)\": \"\(text)\" is not one of \(cases)", sv: "\"\(key.sv)\": \"\(text)\" är inte något av \(cases)")
        }
        /// "registrant 12 (SAF-0012)" in an error's path.
        public static func registrant(_ number: Int, code: String?) -> Phrase {
            guard let code else { return Phrase(en: "registrant \(number)", sv: "deltagare \(number)") }
            return Phrase(en: "registrant \(number) (\(code))", sv: "deltagare \(number) (\(code))")
        }
    }
}
