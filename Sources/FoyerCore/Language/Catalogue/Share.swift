extension Catalogue {
    /// Sharing a data directory with a group of Unix accounts (`foyer share`), and what the store says
    /// about files that are not shared as they should be.
    public enum Share {
        public static func unknownGroup(_ name: String) -> Phrase {
            Phrase(en: "there is no Unix group \"\(name)\"; make it first (as root: groupadd \(name), then usermod -aG \(name) for each desk's account)",
                   sv: "det finns ingen Unix-grupp \"\(name)\"; skapa den först (som root: groupadd \(name), sedan usermod -aG \(name) för varje disks konto)")
        }
        public static func notAFolder(_ path: String) -> Phrase {
            Phrase(en: "\(path) is not a folder (the data directory to share)", sv: "\(path) är ingen mapp (datamappen som ska delas)")
        }
        public static func cannotChange(path: String, detail: String) -> Phrase {
            Phrase(en: "could not change the group or mode of \(path) (\(detail)); only its owner, in that group, or root can",
                   sv: "kunde inte ändra grupp eller rättigheter för \(path) (\(detail)); bara ägaren, medlem i gruppen, eller root kan det")
        }
        public static func shared(path: String, group: String, folders: Int, files: Int) -> Phrase {
            Phrase(en: "Shared \(path) with the group \(group): \(folders) folders 2770, \(files) files 0660. Every account in \(group) can now run foyer --data \(path); what any desk writes stays shared.",
                   sv: "Delade \(path) med gruppen \(group): \(folders) mappar 2770, \(files) filer 0660. Varje konto i \(group) kan nu köra foyer --data \(path); det som någon disk skriver förblir delat.")
        }
        public static func madePrivate(path: String, folders: Int, files: Int) -> Phrase {
            Phrase(en: "\(path) is private again: \(folders) folders 0700, \(files) files 0600; only this account can open it.",
                   sv: "\(path) är privat igen: \(folders) mappar 0700, \(files) filer 0600; bara detta konto kan öppna den.")
        }
        public static func linkSkipped(_ path: String) -> Phrase {
            Phrase(en: "\(path) is a symbolic link: left as it is (foyer does not follow links in its data)",
                   sv: "\(path) är en symbolisk länk: lämnad som den är (foyer följer inte länkar i sina data)")
        }
        public static func ancestorKeepsOut(path: String, mode: String, group: String) -> Phrase {
            Phrase(en: "\(path) is \(mode): the accounts of \(group) cannot reach the data directory through it; put the data directory where they can (such as /srv/foyer, with --data), or open that folder to them",
                   sv: "\(path) har \(mode): kontona i \(group) når inte datamappen genom den; lägg datamappen där de kommer åt den (till exempel /srv/foyer, med --data), eller öppna den mappen för dem")
        }
        /// The permission check of a shared event: a file another desk's account cannot write.
        public static func notShared(path: String, mode: String, group: String) -> Phrase {
            Phrase(en: "\(path) is \(mode), not shared with the group \(group): a desk of another account in it cannot write it; run foyer share --group \(group) again",
                   sv: "\(path) har \(mode) och delas inte med gruppen \(group): en disk med ett annat konto i gruppen kan inte skriva den; kör foyer share --group \(group) igen")
        }
        public static func wrongGroup(path: String, group: String, expected: String) -> Phrase {
            Phrase(en: "\(path) belongs to the group \(group), not \(expected) like its folder; run foyer share --group \(expected) again",
                   sv: "\(path) tillhör gruppen \(group), inte \(expected) som mappen; kör foyer share --group \(expected) igen")
        }
    
        // MARK: The command's help
        public static let help = Phrase(en: "Share the data directory with a Unix group, for desks that log in as different users.",
                                        sv: "Dela datamappen med en Unix-grupp, för diskar som loggar in som olika användare.")
        public static let helpDiscussion = Phrase(
            en: "Folders become 2770 and files 0660, given to the group; every later write keeps them so. The accounts must be in the group and able to reach the data directory. --private makes it 0700 and 0600 again.",
            sv: "Mappar får 2770 och filer 0660 och ges till gruppen; varje senare skrivning behåller det. Kontona måste vara med i gruppen och nå datamappen. --private gör den 0700 och 0600 igen.")
        public static let helpGroup = Phrase(en: "The Unix group whose accounts run the desks.", sv: "Unix-gruppen vars konton kör diskarna.")
        public static let helpPrivate = Phrase(en: "Make the data directory private to its owner again.", sv: "Gör datamappen privat för ägaren igen.")
        public static let giveGroupOrPrivate = Phrase(en: "say which group to share with (--group NAME), or --private", sv: "ange vilken grupp som ska dela (--group NAMN), eller --private")
        public static let valueGroup = Phrase(en: "group", sv: "grupp")
    }
}
