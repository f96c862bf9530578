import XCTest
@testable import FoyerCore

/// Search by words of a name, email, organisation or code; accents and case ignored; best first.
final class SearchTests: XCTestCase {
    let people: [Registrant] = [
        Fixtures.person("Åsa", "Öberg", email: "asa.oberg@ki.se", organisation: "Karolinska Institutet", code: "SAF-0042"),
        Fixtures.person("Lars", "Ängström", email: "lars@sll.se", organisation: "Psykiatri Södra Stockholm", code: "SAF-0007"),
        Fixtures.person("Eva", "Lindqvist", email: "eva.l@telia.com", organisation: "Öberg Consulting", code: "SAF-0420"),
        Fixtures.person("Björn", "Nyström", email: "bjorn.nystrom@uu.se", organisation: "Uppsala universitet", code: "SAF-0100"),
        Fixtures.person("Anna", "Lindqvist", email: "anna.lindqvist@gmail.com", organisation: "Privat praktik", code: "SAF-0101"),
        Fixtures.person("Søren", "Nørgaard", email: "soren@ku.dk", organisation: "", code: "SAF-0102"),
    ]
    var index: SearchIndex { SearchIndex(people) }

    func testFoldingRemovesDiacriticsAndCase() {
        XCTAssertEqual(TextFolding.fold("Åsa Öberg"), "asa oberg")
        XCTAssertEqual(TextFolding.fold("ÄNGSTRÖM"), "angstrom")
        XCTAssertEqual(TextFolding.fold("Søren Nørgaard"), "soren norgaard")
        XCTAssertEqual(TextFolding.fold("Straße"), "strasse")
        XCTAssertEqual(TextFolding.fold("Linnéa"), "linnea")
        XCTAssertEqual(TextFolding.words("Öberg-Lind, Åsa"), ["oberg", "lind", "asa"])
        XCTAssertEqual(TextFolding.words("  "), [])
    }

    func testDiacriticsAreIgnored() {
        XCTAssertEqual(index.search("ober").first, "SAF-0042")
        XCTAssertEqual(index.search("asa"), ["SAF-0042"])
        XCTAssertEqual(index.search("angst"), ["SAF-0007"])
        XCTAssertEqual(index.search("Ängström"), ["SAF-0007"])
        XCTAssertEqual(index.search("norga"), ["SAF-0102"])
        XCTAssertEqual(index.search("bjorn"), ["SAF-0100"])
    }

    func testCaseIsIgnored() {
        XCTAssertEqual(index.search("ÖBERG").first, "SAF-0042")
        XCTAssertEqual(index.search("oBeRg").first, "SAF-0042")
        XCTAssertEqual(index.search("LARS"), ["SAF-0007"])
    }

    func testEveryWordOfTheQueryMustMatch() {
        XCTAssertEqual(index.search("asa ober"), ["SAF-0042"])
        XCTAssertEqual(index.search("ober asa"), ["SAF-0042"])
        XCTAssertEqual(Set(index.search("lindqvist")), ["SAF-0420", "SAF-0101"])
        XCTAssertEqual(index.search("anna lindqvist"), ["SAF-0101"])
        XCTAssertEqual(index.search("asa lindqvist"), [])
        XCTAssertEqual(index.search("eva oberg"), ["SAF-0420"], "Eva's organisation is Öberg Consulting")
        XCTAssertEqual(index.search("zzz"), [])
        XCTAssertEqual(index.search("asa zzz"), [])
    }

    func testCodesAreFoundHoweverTheyAreTyped() {
        XCTAssertEqual(index.search("SAF-0042").first, "SAF-0042")
        XCTAssertEqual(index.search("saf-0042"), ["SAF-0042"])
        XCTAssertEqual(index.search("42").first, "SAF-0042")
        XCTAssertEqual(index.search("0042"), ["SAF-0042"])
        // "42" is the whole number of SAF-0042 but only the start of SAF-0420's: the exact one first.
        XCTAssertEqual(index.search("42"), ["SAF-0042", "SAF-0420"])
        XCTAssertEqual(Set(index.search("saf")), Set(people.map(\.code)))
    }

    func testEmailAndOrganisationPrefixesMatch() {
        XCTAssertEqual(index.search("asa.oberg@ki.se"), ["SAF-0042"])
        XCTAssertEqual(index.search("sll"), ["SAF-0007"])
        XCTAssertEqual(index.search("telia"), ["SAF-0420"])
        XCTAssertEqual(index.search("karol"), ["SAF-0042"])
        XCTAssertEqual(index.search("Karolinska Institutet"), ["SAF-0042"])
        XCTAssertEqual(index.search("uppsala univ"), ["SAF-0100"])
        XCTAssertEqual(index.search("sodra"), ["SAF-0007"])
        XCTAssertEqual(index.search("privat"), ["SAF-0101"])
    }

    func testBestMatchesComeFirst() {
        // Öberg is Åsa's last name and Eva's organisation: the name match ranks first.
        XCTAssertEqual(index.search("oberg"), ["SAF-0042", "SAF-0420"])
        XCTAssertEqual(index.search("öberg"), ["SAF-0042", "SAF-0420"])
        // Also when the organisation match would sort first by name.
        let reversed = SearchIndex([
            Fixtures.person("Adam", "Andersson", organisation: "Berg & Co", code: "SAF-0001"),
            Fixtures.person("Zoë", "Berg", code: "SAF-0002"),
            Fixtures.person("Yvonne", "Bergström", code: "SAF-0003"),
        ])
        XCTAssertEqual(reversed.search("berg"), ["SAF-0002", "SAF-0003", "SAF-0001"])
        // A whole last name beats a whole first name, which beats a prefix.
        let names = SearchIndex([
            Fixtures.person("Per", "Anders", code: "SAF-0001"),
            Fixtures.person("Anders", "Persson", code: "SAF-0002"),
            Fixtures.person("Andersine", "Ek", code: "SAF-0003"),
        ])
        XCTAssertEqual(names.search("anders"), ["SAF-0001", "SAF-0002", "SAF-0003"])
        // Ties are in name order.
        XCTAssertEqual(index.search("lindqvist"), ["SAF-0101", "SAF-0420"])
    }

    func testEmptyQueryFindsNothing() {
        XCTAssertEqual(index.search(""), [])
        XCTAssertEqual(index.search("   "), [])
        XCTAssertEqual(index.search("--,"), [])
    }

    func testLimit() {
        XCTAssertEqual(index.search("saf", limit: 2).count, 2)
    }

    func testTheIndexFollowsChanges() {
        var index = self.index
        var asa = people[0]
        asa.lastName = "Lindgren"
        asa.email = "asa.lindgren@ki.se"
        index.update(asa, code: asa.code)
        XCTAssertEqual(index.search("ober"), ["SAF-0420"])
        XCTAssertEqual(index.search("lindgren"), ["SAF-0042"])
        index.update(nil, code: "SAF-0007")
        XCTAssertEqual(index.search("angst"), [])
        XCTAssertEqual(index.search("bjorn"), ["SAF-0100"], "entries after the deleted one are still found")
        index.update(nil, code: "SAF-0100")
        XCTAssertEqual(index.search("soren"), ["SAF-0102"])
        index.update(Fixtures.person("Märta", "Åkesson", code: "SAF-0200"), code: "SAF-0200")
        XCTAssertEqual(index.search("akess"), ["SAF-0200"])
        XCTAssertEqual(index.count, people.count - 1)
    }

    // MARK: The check-in desk's lookup

    func testDeskFindsByLooselyTypedCode() {
        let registry = Registry(registrants: people)
        for text in ["saf42", "SAF 42", "saf-0042", "SAF-0042", " saf0042 "] {
            XCTAssertEqual(CheckInDesk.find(text, registry: registry, index: index, codePrefix: "SAF"), .one(people[0]), text)
        }
    }

    func testDeskReportsSeveralCandidatesAndPrefersAnExactFullName() {
        let registry = Registry(registrants: people)
        guard case .several(let candidates) = CheckInDesk.find("Lindqvist", registry: registry, index: index, codePrefix: "SAF") else {
            return XCTFail("two people are called Lindqvist")
        }
        XCTAssertEqual(Set(candidates.map(\.code)), ["SAF-0420", "SAF-0101"])
        XCTAssertEqual(CheckInDesk.find("anna lindqvist", registry: registry, index: index, codePrefix: "SAF"), .one(people[4]))
        XCTAssertEqual(CheckInDesk.find("nobody here", registry: registry, index: index, codePrefix: "SAF"), CheckInDesk.Lookup.none)
        XCTAssertEqual(CheckInDesk.find("  ", registry: registry, index: index, codePrefix: "SAF"), CheckInDesk.Lookup.none)
    }
}
