extension Catalogue {
    /// Backups of an event (`foyer backup`, `foyer restore`, `foyer validate FILE`) and the TUI's
    /// periodic backup to a folder (`foyer --backup-to`).
    public enum Backup {
        // MARK: Writing
        public static func written(path: String, event: String, files: Int, bytes: Int, time: String) -> Phrase {
            Phrase(en: "Backed up \(event) to \(path): \(files) files, \(bytes) bytes (registrations as of \(time) UTC)",
                   sv: "Säkerhetskopierade \(event) till \(path): \(files) filer, \(bytes) byte (anmälningarna per \(time) UTC)")
        }
        public static func linkNotBackedUp(_ path: String) -> Phrase {
            Phrase(en: "\(path) is a symbolic link: not in the backup (foyer does not follow links in its data)",
                   sv: "\(path) är en symbolisk länk: inte med i säkerhetskopian (foyer följer inte länkar i sina data)")
        }
        public static func noSuchFolder(_ path: String) -> Phrase {
            Phrase(en: "there is no folder \(path) to back up into (is the USB stick in?)",
                   sv: "det finns ingen mapp \(path) att säkerhetskopiera till (sitter USB-minnet i?)")
        }
        public static let deleteOldBackup = Phrase(en: "delete it (an older backup)", sv: "ta bort den (en äldre säkerhetskopia)")
        public static let archiveNotMade = Phrase(en: "the archive was not made in memory", sv: "arkivet skapades inte i minnet")
        public static func periodicFailed(folder: String, why: Phrase) -> Phrase {
            Phrase(en: "Backup to \(folder) failed: ", sv: "Säkerhetskopian till \(folder) misslyckades: ") + why
        }

        // MARK: Checking an archive
        public static func notAnArchive(_ path: String, detail: String) -> Phrase {
            Phrase(en: "\(path) is not a readable zip archive (\(detail))", sv: "\(path) är inget läsbart zip-arkiv (\(detail))")
        }
        public static func noManifest(_ path: String, name: String) -> Phrase {
            Phrase(en: "\(path) holds no \(name): it is not a foyer backup, or it is damaged",
                   sv: "\(path) innehåller ingen \(name): det är ingen säkerhetskopia från foyer, eller så är den skadad")
        }
        public static func badManifest(_ path: String, name: String, detail: String) -> Phrase {
            Phrase(en: "\(path): \(name) cannot be read (\(detail))", sv: "\(path): \(name) går inte att läsa (\(detail))")
        }
        public static func newerFormat(_ path: String, found: Int, supported: Int) -> Phrase {
            Phrase(en: "\(path) was made by a newer foyer (backup format \(found); this one reads up to \(supported)): update foyer to restore it",
                   sv: "\(path) gjordes av en nyare foyer (säkerhetskopieformat \(found); denna läser upp till \(supported)): uppdatera foyer för att återställa den")
        }
        public static func missingMember(_ path: String, member: String) -> Phrase {
            Phrase(en: "\(path): \(member) is listed in the manifest but missing from the archive",
                   sv: "\(path): \(member) står i innehållsförteckningen men saknas i arkivet")
        }
        public static func unlistedMember(_ path: String, member: String) -> Phrase {
            Phrase(en: "\(path): \(member) is in the archive but not in its manifest",
                   sv: "\(path): \(member) finns i arkivet men inte i dess innehållsförteckning")
        }
        public static func wrongSize(_ path: String, member: String, expected: Int, found: Int) -> Phrase {
            Phrase(en: "\(path): \(member) is \(found) bytes, the manifest says \(expected)",
                   sv: "\(path): \(member) är \(found) byte, innehållsförteckningen säger \(expected)")
        }
        public static func wrongChecksum(_ path: String, member: String) -> Phrase {
            Phrase(en: "\(path): \(member) has changed since the backup was made (its checksum differs from the manifest's)",
                   sv: "\(path): \(member) har ändrats sedan säkerhetskopian gjordes (kontrollsumman skiljer sig från innehållsförteckningens)")
        }
        public static func damagedMember(_ path: String, member: String, detail: String) -> Phrase {
            Phrase(en: "\(path): \(member) is damaged and cannot be unpacked (\(detail))",
                   sv: "\(path): \(member) är skadad och går inte att packa upp (\(detail))")
        }
        public static func unsafeMember(_ path: String, member: String) -> Phrase {
            Phrase(en: "\(path): \(member) is not a plain file inside the event's folder (a link, an absolute path or ..); refused",
                   sv: "\(path): \(member) är ingen vanlig fil i evenemangets mapp (en länk, en absolut sökväg eller ..); vägrad")
        }
        public static func memberTwice(_ path: String, member: String) -> Phrase {
            Phrase(en: "\(path): \(member) is in the archive twice", sv: "\(path): \(member) finns två gånger i arkivet")
        }
        public static func noEventFile(_ path: String, name: String) -> Phrase {
            Phrase(en: "\(path) holds no \(name): there is no event in it", sv: "\(path) innehåller ingen \(name): det finns inget evenemang i den")
        }
        public static func otherEvent(_ path: String, manifest: String, event: String) -> Phrase {
            Phrase(en: "\(path): the manifest is for the event \(manifest) but its event.json says \(event)",
                   sv: "\(path): innehållsförteckningen gäller evenemanget \(manifest) men dess event.json säger \(event)")
        }
        /// A problem the event's own checks found in an archive, said with the archive's name in front.
        public static func inArchive(_ path: String, _ problem: Phrase) -> Phrase {
            Phrase(en: "\(path): ", sv: "\(path): ") + problem
        }
        public static func archiveOK(_ path: String, event: String, files: Int, registrants: Int, created: String) -> Phrase {
            Phrase(en: "\(path): ok (the event \(event) as of \(created), \(files) files, \(registrants) registrants; every file as the manifest says)",
                   sv: "\(path): ok (evenemanget \(event) per \(created), \(files) filer, \(registrants) deltagare; varje fil som innehållsförteckningen säger)")
        }
        /// As `foyer validate` says a data directory's findings.
        public static func archiveError(_ problem: Phrase) -> Phrase { Phrase(en: "ERROR ", sv: "FEL ") + problem }
        public static func archiveWarning(_ problem: Phrase) -> Phrase { Phrase(en: "warning: ", sv: "varning: ") + problem }

        // MARK: Restoring
        public static func folderExists(id: String, folder: String) -> Phrase {
            Phrase(en: "there is an event \(id) already (\(folder)); nothing restored. Restore it beside it with --as ANOTHER-ID",
                   sv: "det finns redan ett evenemang \(id) (\(folder)); inget återställt. Återställ den bredvid med --as ANNAT-ID")
        }
        public static func restored(_ path: String, id: String, folder: String, registrants: Int) -> Phrase {
            Phrase(en: "Restored \(path) as the event \(id) in \(folder): \(registrants) registrants",
                   sv: "Återställde \(path) som evenemanget \(id) i \(folder): \(registrants) deltagare")
        }
        public static func notRestored(_ path: String) -> Phrase {
            Phrase(en: "\(path) was not restored: ", sv: "\(path) återställdes inte: ")
        }
        public static let problemsSeparator = Phrase(verbatim: "; ")

        // MARK: The commands' help
        public static let helpBackup = Phrase(en: "Write one archive (zip) of an event while desks go on working.",
                                              sv: "Skriv ett arkiv (zip) av ett evenemang medan diskarna arbetar vidare.")
        public static let helpBackupDiscussion = Phrase(
            en: "The registrations (snapshot and journal) are read as of one moment, under the event's lock for no longer than reading them takes; then the receipts and the rest of the folder. The archive holds a manifest with every file's size and checksum. Without --output it is ID-YYYYMMDD-HHMMSS.zip (UTC) in the current folder.",
            sv: "Anmälningarna (ögonblicksbilden och journalen) läses per ett ögonblick, under evenemangets lås bara så länge läsningen tar; sedan kvittona och resten av mappen. Arkivet har en innehållsförteckning med varje fils storlek och kontrollsumma. Utan --output blir det ID-ÅÅÅÅMMDD-TTMMSS.zip (UTC) i den aktuella mappen.")
        public static let helpOutput = Phrase(en: "The archive to write, or a folder to write it in.", sv: "Arkivet som ska skrivas, eller en mapp att skriva det i.")
        public static let helpRestore = Phrase(en: "Bring an event back from a backup archive, after checking it.",
                                               sv: "Återställ ett evenemang från ett säkerhetskopiearkiv, efter att ha kontrollerat det.")
        public static let helpRestoreDiscussion = Phrase(
            en: "The archive is checked (every file against the manifest, and the event must load) and unpacked beside the data directory's events, then put in place at once: a failed restore leaves nothing behind. An event that is there already is never replaced; --as restores it under another id.",
            sv: "Arkivet kontrolleras (varje fil mot innehållsförteckningen, och evenemanget måste gå att läsa) och packas upp bredvid datamappens evenemang, och flyttas sedan på plats i ett steg: en misslyckad återställning lämnar inget efter sig. Ett evenemang som redan finns ersätts aldrig; --as återställer det under ett annat id.")
        public static let helpArchive = Phrase(en: "The backup archive (.zip).", sv: "Säkerhetskopiearkivet (.zip).")
        public static let helpAs = Phrase(en: "Restore under this event id instead of the archive's.", sv: "Återställ under detta evenemangs-id i stället för arkivets.")
        public static let valueFile = Phrase(en: "file", sv: "fil")
        public static let valueMinutes = Phrase(en: "minutes", sv: "minuter")
        public static let valueFolder = Phrase(en: "folder", sv: "mapp")
        public static let helpBackupTo = Phrase(en: "Keep a backup of the open event in this folder (a USB stick), every --backup-every minutes.",
                                                sv: "Håll en säkerhetskopia av det öppna evenemanget i denna mapp (ett USB-minne), var --backup-every:e minut.")
        public static let helpBackupEvery = Phrase(en: "Minutes between backups (with --backup-to; 10 unless given).",
                                                   sv: "Minuter mellan säkerhetskopior (med --backup-to; 10 om inget anges).")
        public static let helpBackupKeep = Phrase(en: "How many of the event's backups to keep in the folder; older ones are deleted (12 unless given).",
                                                  sv: "Hur många av evenemangets säkerhetskopior som behålls i mappen; äldre tas bort (12 om inget anges).")
        public static let needsBackupTo = Phrase(en: "--backup-every and --backup-keep need --backup-to FOLDER",
                                                 sv: "--backup-every och --backup-keep behöver --backup-to MAPP")
        public static let atLeastOne = Phrase(en: "--backup-every and --backup-keep must be at least 1",
                                              sv: "--backup-every och --backup-keep måste vara minst 1")
    }
}
