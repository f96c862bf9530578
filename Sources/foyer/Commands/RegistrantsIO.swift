import ArgumentParser
import FoyerCore
import Foundation

struct ImportRegistrations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registrations",
        abstract: "Read registrations from CSV (Foyer's own, pretix, Indico, any sheet); a dry run first, written only with --yes.")
    @OptionGroup var options: StoreOptions
    @Argument(help: "The CSV file (comma or semicolon, UTF-8 with or without BOM).") var file: String
    @Option(name: .customLong("category"), help: ArgumentHelp("Map a category name in the file to a category id: --category \"Early bird=standard\".", valueName: "NAME=ID"))
    var categoryMappings: [String] = []
    @Flag(help: "Write what the dry run shows.") var yes = false

    func run() throws {
        let store = try options.openStore()
        let text = try SafeFile.readText(file)
        var map: [String: String] = [:]
        for m in categoryMappings {
            let parts = m.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, store.event.feeCategory(id: parts[1]) != nil else {
                throw ValidationError("--category \(m): write NAME=ID with one of: " + store.event.feeCategories.map(\.id).joined(separator: ", "))
            }
            map[parts[0]] = parts[1]
        }
        let plan = try RegistrationImport.plan(text, event: store.event, registry: store.registry, now: store.clock.now(), categoryMap: map)
        plan.reportLines(event: store.event).forEach { print($0) }
        guard yes else { print("Nothing changed; run again with --yes to write this."); return }
        let result = try plan.apply(to: store)
        print("Added \(result.added.count), updated \(result.updated.count).")
    }
}

enum RegistrantsFormat: String, ExpressibleByArgument, CaseIterable { case csv, json }

struct ExportRegistrants: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "registrants", abstract: "Every registrant, every field, as CSV (spreadsheet-safe) or JSON.")
    @OptionGroup var options: StoreOptions
    @Option(help: "csv or json.") var format: RegistrantsFormat = .csv
    @Flag(help: "Start the CSV with a byte-order mark (for Excel).") var bom = false
    @Flag(help: "Do not neutralise cells that a spreadsheet would run as formulas (= + - @).") var raw = false
    @Option(help: ArgumentHelp(Interface.language[Catalogue.Export.excelHelp], valueName: "sv|en")) var excel: String?
    @Option(help: "Write to this file (atomically, mode 0600) instead of standard output.") var output: String?

    func run() throws {
        let store = try options.openStore()
        if let excel, Language(code: excel) == nil { throw ValidationError(Interface.say(Catalogue.Common.unknownLanguage(source: "--excel", value: excel))) }
        let list = Array(store.registry.registrants)
        switch format {
        case .csv: try Output.write(RegistrantCSV.render(list, event: store.event, bom: bom, neutralise: !raw, dialect: RegistrantCSV.Dialect(excel.flatMap(Language.init(code:)) ?? store.event.attendeeLanguage)), to: output)
        case .json: try Output.write(String(decoding: try JSONEncoder.foyer(zone: store.event.timeZone).encode(list), as: UTF8.self) + "\n", to: output)
        }
    }
}

struct ExportBadges: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "badges", abstract: "Name badges as a printable HTML page.")
    @OptionGroup var options: StoreOptions
    @Option(help: "Write to this file (atomically, mode 0600) instead of standard output.") var output: String?

    func run() throws {
        let store = try options.openStore()
        try Output.write(Badges.html(store.event, registrants: store.registry.registrants, language: options.documentLanguage), to: output)
    }
}
