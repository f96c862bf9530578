import ArgumentParser
import FoyerCore

struct Stats: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Counts and money: registered, arrived, paid, outstanding, per fee category.")
    @OptionGroup var options: StoreOptions

    func run() throws {
        let store = try options.openStore()
        let event = store.event
        let money = event.moneyFormat
        let s = EventStats(event: event, registrants: store.registry.registrants)
        print(event.title + ", " + event.dateText.en)
        print("registered \(s.registered)" + (event.capacity.map { " of \($0)" } ?? "") + " · waitlisted \(s.waitlisted) · cancelled \(s.cancelled) · late \(s.late)")
        print("checked in \(s.checkedIn) of \(s.registered) · unpaid \(s.unpaid)")
        print("expected \(money.string(s.expectedRevenue)) · paid \(money.string(s.paid)) · refunded \(money.string(s.refunded)) · waived \(money.string(s.waived)) · outstanding \(money.string(s.outstanding))")
        print("")
        var table = TextTable(["CATEGORY", "ID", "PRICE", "NET", "VAT", "REGISTERED", "CHECKED IN", "PAID"], rightAligned: [2, 3, 4, 5, 6, 7])
        for line in s.categories {
            let split = line.category.vatSplit
            table.add([line.category.displayName(), line.category.id, money.string(split.gross), money.string(split.net),
                       money.string(split.vat) + " (" + split.rate.percentText + ")", String(line.registered),
                       String(line.checkedIn), money.string(line.paid)])
        }
        print(table.render(), terminator: "")
    }
}
