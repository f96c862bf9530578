import ArgumentParser
import FoyerCore
import Foundation

struct ImportRegistrations: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "registrations",
        abstract: Interface.say(CLHelp.importRegistrations))
    @OptionGroup var options: StoreOptions
    @Argument(help: .say(CLHelp.csvFile, valueName: Interface.say(CLHelp.valueFile))) var file: String
    @Option(name: .customLong("category"), help: .say(CLHelp.categoryMapping, valueName: "NAME=ID"))
    var categoryMappings: [String] = []
    @Flag(help: .say(CLHelp.writeDryRun)) var yes = false

    func run() throws {
        let store = try options.openStore()
        let text = try SafeFile.readText(file)
        var map: [String: String] = [:]
        for m in categoryMappings {
            let parts = m.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, store.event.feeCategory(id: parts[1]) != nil else {
                throw ValidationError(CL.badMapping(m, ids: store.event.feeCategories.map(\.id).joined(separator: ", ")))
            }
            map[parts[0]] = parts[1]
        }
        let plan = try RegistrationImport.plan(text, event: store.event, registry: store.registry, now: store.clock.now(), categoryMap: map)
        plan.reportPhrases(event: store.event).forEach { print(Interface.say($0)) }
        guard yes else { print(Interface.say(CL.dryRunOnly)); return }
        let result = try plan.apply(to: store)
        print(Interface.say(CL.addedUpdated(added: result.added.count, updated: result.updated.count)))
    }
}

enum RegistrantsFormat: String, ExpressibleByArgument, CaseIterable { case csv, json }

struct ExportRegistrants: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "registrants", abstract: Interface.say(CLHelp.exportRegistrants))
    @OptionGroup var options: StoreOptions
    @Option(help: .say(CLHelp.csvOrJSON)) var format: RegistrantsFormat = .csv
    @Flag(help: .say(CLHelp.bom)) var bom = false
    @Flag(help: .say(CLHelp.raw)) var raw = false
    @Option(help: ArgumentHelp(Interface.language[Catalogue.Export.excelHelp], valueName: "sv|en")) var excel: String?
    @Option(help: .say(CLHelp.output)) var output: String?

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
    static let configuration = CommandConfiguration(commandName: "badges", abstract: Interface.say(CLHelp.badges))
    @OptionGroup var options: StoreOptions
    @Option(help: .say(CLHelp.output)) var output: String?

    func run() throws {
        let store = try options.openStore()
        try Output.write(Badges.html(store.event, registrants: store.registry.registrants, language: options.documentLanguage), to: output)
    }
}
