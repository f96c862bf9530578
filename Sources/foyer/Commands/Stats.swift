import ArgumentParser
import FoyerCore

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: Interface.say(CLHelp.stats))
    @OptionGroup var options: StoreOptions

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        let money = event.moneyFormat
        let s = EventStats(event: event, registrants: store.registry.registrants)
        let say = Interface.say
        print(event.title + ", " + say(event.dateText))
        print(say(CL.statsCounts(registered: s.registered, capacity: event.capacity.map(CL.ofCapacity) ?? .empty,
                                 waitlisted: s.waitlisted, cancelled: s.cancelled, late: s.late)))
        print(say(CL.statsArrivals(checkedIn: s.checkedIn, registered: s.registered, unpaid: s.unpaid)))
        print(say(CL.statsMoney(expected: money.string(s.expectedRevenue), paid: money.string(s.paid), refunded: money.string(s.refunded),
                                waived: money.string(s.waived), outstanding: money.string(s.outstanding))))
        if s.refundOwed.minorUnits > 0 {
            let owedTo = store.registry.registrants.filter { $0.refundOwed.minorUnits > 0 }.count
            print(say(CL.statsRefundOwed(money.string(s.refundOwed), people: owedTo)))
        }
        print("")
        var table = TextTable(CL.statsHeaders.map(say), rightAligned: [2, 3, 4, 5, 6, 7])
        for line in s.categories {
            let split = line.category.vatSplit
            table.add([line.category.displayName(Interface.language), line.category.id, money.string(split.gross), money.string(split.net),
                       money.string(split.vat) + " (" + split.rate.percentText + ")", String(line.registered),
                       String(line.checkedIn), money.string(line.paid)])
        }
        print(table.render(), terminator: "")
    }
}
