import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The registrants pane sorts a Swedish event's names in Swedish order (Å, Ä, Ö after Z), both from the
/// search index's ranks and when it sorts by itself; an English event's stay in the folded order.
final class SwedishOrderTests: XCTestCase {
    static let names = ["Åberg", "Ahlström", "Öberg", "Oskarsson", "Ängström", "Andersson", "Zetterberg", "Éric", "Wikström", "Vikström"]
    static let swedish = ["Ahlström", "Andersson", "Éric", "Oskarsson", "Vikström", "Wikström", "Zetterberg", "Åberg", "Ängström", "Öberg"]
    static let english = ["Åberg", "Ahlström", "Andersson", "Ängström", "Éric", "Öberg", "Oskarsson", "Vikström", "Wikström", "Zetterberg"]

    private func registry() -> Registry {
        let t = Date(timeIntervalSince1970: 1_234_000_000)
        return Registry(registrants: Self.names.enumerated().map { i, name in
            Registrant(code: String(format: "SAF-%04d", i + 1), firstName: "Kim", lastName: name, email: "", organisation: "",
                       feeCategoryID: "standard", price: .major(2000), registeredAt: t)
        })
    }

    func testTheRegistrantsListOfASwedishEventIsInSwedishOrder() throws {
        let event = try Fixtures.sampleEvent()
        XCTAssertEqual(event.attendeeLanguage, .sv)
        let registry = registry()
        let positions = RegistrantList.sortedPositions(registry: registry, by: .name, event: event)
        XCTAssertEqual(positions.map { registry.registrants[Int($0)].lastName }, Self.swedish)
        // The state's index ranks the same way, so the list needs no sort at launch.
        let s = AppState(event: event, now: Fixtures.duringWorkshop, registry: registry)
        XCTAssertEqual(try XCTUnwrap(s.searchIndex.codesInNameOrder).map { registry[$0]!.lastName }, Self.swedish)

        var english = event
        english.language = .en
        XCTAssertEqual(RegistrantList.sortedPositions(registry: registry, by: .name, event: english).map { registry.registrants[Int($0)].lastName }, Self.english)
        let e = AppState(event: english, now: Fixtures.duringWorkshop, registry: registry)
        XCTAssertEqual(try XCTUnwrap(e.searchIndex.codesInNameOrder).map { registry[$0]!.lastName }, Self.english)
    }
}
