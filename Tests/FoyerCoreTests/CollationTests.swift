import XCTest
@testable import FoyerCore

/// The order names sort in by the event's language: Swedish (ICU's Swedish collation: Å, Ä, Ö after Z,
/// accents and case ignored, then the code) and English (folded, as always).
final class CollationTests: XCTestCase {
    static let names = ["Åberg", "Ahlström", "Öberg", "Oskarsson", "Ängström", "Andersson", "Zetterberg", "Éric", "Wikström", "Vikström"]

    private func people(_ names: [String]) -> [Registrant] {
        names.enumerated().map { i, name in Fixtures.person("Kim", name, code: String(format: "SAF-%04d", i + 1)) }
    }

    func testSwedishOrderIsICUsSwedishCollation() {
        let sorted = Self.names.sorted { Collation.key($0, language: .sv) < Collation.key($1, language: .sv) }
        // ICU 72 (CLDR): V and W are distinct letters; Å, Ä, Ö come after Z; É sorts as E.
        XCTAssertEqual(sorted, ["Ahlström", "Andersson", "Éric", "Oskarsson", "Vikström", "Wikström", "Zetterberg", "Åberg", "Ängström", "Öberg"])
    }

    func testSwedishIgnoresCaseAndAccentsButNotTheSwedishLetters() {
        let key = { (s: String) in Collation.key(s, language: .sv) }
        XCTAssertEqual(key("eric"), key("Éric"))
        XCTAssertEqual(key("ÖBERG"), key("öberg"))
        XCTAssertEqual(key("Müller"), key("Myller"), "ü sorts as y in Swedish")
        XCTAssertNotEqual(key("Oberg"), key("Öberg"))
        XCTAssertLessThan(key("Zetterberg"), key("Åberg"))
        XCTAssertLessThan(key("Åberg"), key("Ängström"))
        XCTAssertLessThan(key("Ängström"), key("Öberg"))
        // Keys are ASCII, so the index's fast path (bytes as strings compare) applies.
        XCTAssertTrue(key("Öberg, Åsa").utf8.allSatisfy { $0 < 0x80 })
    }

    func testEnglishOrderIsUnchanged() {
        let sorted = Self.names.sorted { Collation.key($0, language: .en) < Collation.key($1, language: .en) }
        XCTAssertEqual(sorted, ["Åberg", "Ahlström", "Andersson", "Ängström", "Éric", "Öberg", "Oskarsson", "Vikström", "Wikström", "Zetterberg"])
        XCTAssertEqual(Collation.key("Öberg, Åsa", language: .en), TextFolding.fold("Öberg, Åsa"))
    }

    func testNamesakesAreOrderedByCode() {
        var list = people(["Éric", "eric", "Eric"])
        list.reverse()
        XCTAssertEqual(Collation.swedish.sorted(list).map(\.code), ["SAF-0001", "SAF-0002", "SAF-0003"])
    }

    func testTheSearchIndexRanksASwedishEventInSwedishOrder() throws {
        let list = people(Self.names).shuffled()
        let swedish = SearchIndex(list, language: .sv)
        let byCode = Dictionary(uniqueKeysWithValues: list.map { ($0.code, $0.lastName) })
        XCTAssertEqual(try XCTUnwrap(swedish.codesInNameOrder).map { byCode[$0]! },
                       ["Ahlström", "Andersson", "Éric", "Oskarsson", "Vikström", "Wikström", "Zetterberg", "Åberg", "Ängström", "Öberg"])
        let english = SearchIndex(list)
        XCTAssertEqual(try XCTUnwrap(english.codesInNameOrder).map { byCode[$0]! },
                       ["Åberg", "Ahlström", "Andersson", "Ängström", "Éric", "Öberg", "Oskarsson", "Vikström", "Wikström", "Zetterberg"])
        // Search still folds: "ober" finds Öberg in either.
        XCTAssertEqual(swedish.search("ober").map { byCode[$0]! }, ["Öberg"])
        // The cache records the order: read back, it is still Swedish and ranks the same.
        let (read, _) = try XCTUnwrap(SearchIndexFile.decode(SearchIndexFile.encode(swedish, stamp: .init(generation: 1, journalSeq: 0))))
        XCTAssertEqual(read.collation, .swedish)
        XCTAssertEqual(read.codesInNameOrder, swedish.codesInNameOrder)
        // A change goes into the overlay at its Swedish place.
        var index = swedish
        index.update(Fixtures.person("Kim", "Ödman", code: "SAF-0099"), code: "SAF-0099")
        index.rebuild()
        XCTAssertEqual(index.codesInNameOrder?.suffix(2).map { $0 == "SAF-0099" ? "Ödman" : byCode[$0]! }, ["Öberg", "Ödman"])
    }

    func testTheDoorListAndBadgesOfASwedishEventAreInSwedishOrder() throws {
        var event = try Fixtures.impasses()
        XCTAssertEqual(event.attendeeLanguage, .sv)
        let list = people(Self.names).shuffled()
        let door = DoorList(event: event, registrants: list, now: Fixtures.clock("2009-03-19 08:15").now())
        XCTAssertEqual(door.registered.map { String($0.name.prefix { $0 != "," }) },
                       ["Ahlström", "Andersson", "Éric", "Oskarsson", "Vikström", "Wikström", "Zetterberg", "Åberg", "Ängström", "Öberg"])
        let html = Badges.html(event, registrants: list)
        let order = Self.names.sorted { html.range(of: ">" + $0 + "<")!.lowerBound < html.range(of: ">" + $1 + "<")!.lowerBound }
        XCTAssertEqual(order, ["Ahlström", "Andersson", "Éric", "Oskarsson", "Vikström", "Wikström", "Zetterberg", "Åberg", "Ängström", "Öberg"])
        event.language = .en
        let english = DoorList(event: event, registrants: list, now: Fixtures.clock("2009-03-19 08:15").now())
        XCTAssertEqual(english.registered.first.map { String($0.name.prefix { $0 != "," }) }, "Åberg")
    }
}
