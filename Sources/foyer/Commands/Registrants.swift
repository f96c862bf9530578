import ArgumentParser
import FoyerCore
import Foundation

enum ListFormat: String, ExpressibleByArgument, CaseIterable { case table, csv, json }

struct Registrants: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Interface.say(CLHelp.registrants))
    @OptionGroup var options: StoreOptions
    @Option(name: .long, help: .say(CLHelp.search, valueName: Interface.say(CLHelp.valueSearch)))
    var search: String?
    @Option(name: .long, help: .say(CLHelp.listFormat))
    var format: ListFormat = .table

    func run() throws {
        let store = try options.openStore()
        var list = Array(store.registry.registrants)
        if let search {
            let index = SearchIndex(list)
            list = index.search(search).compactMap { store.registry[$0] }
        } else {
            list.sort { ($0.sortName.lowercased(), $0.code) < ($1.sortName.lowercased(), $1.code) }
        }
        let money = store.event.moneyFormat
        switch format {
        case .json:
            let data = try JSONEncoder.foyer(zone: store.event.timeZone).encode(list)
            print(String(decoding: data, as: UTF8.self))
        case .csv:
            print(RegistrantCSV.render(list, event: store.event), terminator: "")
        case .table:
            var table = TextTable(CL.registrantsHeaders.map(Interface.say), rightAligned: [4, 5])
            for r in list {
                let category = store.event.categoryName(of: r, in: Interface.language)
                let checked = r.checkIn.map { LocalDateTime($0.time, in: store.event.timeZone).timeText + " " + $0.desk } ?? ""
                table.add([r.code, r.sortName, r.organisation, category, money.string(r.price),
                           r.due.minorUnits > 0 ? money.string(r.due) : Interface.say(CL.paid), Interface.say(CL.status(r.status)), checked])
            }
            print(table.render(), terminator: "")
            print(Interface.say(CL.listed(list.count, of: store.registry.count)))
        }
    }
}

