import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// Every result at the check-in desk as a whole screen, at 80×24 and 120×40 (golden files), and as the
/// terminal is told it, with colour and without: its word in large letters right under the search, in
/// its outcome's look, no two outcomes alike.
final class CheckInBandTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    /// What the band shows: a result, or a question asked before anything is recorded.
    enum Shown { case result(CheckInBanner), question(DeskQuestion) }

    /// Each result and question, the golden file's name for it, and its outcome.
    static let results: [(name: String, shown: Shown, outcome: Outcome)] = [
        ("checked-in", .result(.checkedIn(name: "Åsa Öberg", code: "SAF-0001", category: "Standard", paid: nil, owed: nil)), .checkedIn),
        ("still-owed", .result(.checkedIn(name: "Åsa Öberg", code: "SAF-0001", category: "Standard", paid: nil, owed: .major(2000))), .owed),
        ("already-in", .result(.alreadyCheckedIn(name: "Åsa Öberg", code: "SAF-0001", time: "08:40", desk: "A")), .again),
        ("check-id", .question(DeskQuestion(.checkID(code: "SAF-0007", name: "Émile Ünal", category: "Pensioner", due: .major(1000)))), .checkID),
        ("unpaid", .question(DeskQuestion(.payment(code: "SAF-0008", name: "Ödön Ågren", due: .major(2000)))), .owed),
        ("not-admitted", .result(.notAdmitted(name: "Émile Ünal", code: "SAF-0007", category: "Pensioner")), .refused),
        ("cancelled", .result(.cancelled(name: "Lars Ek", code: "SAF-0009")), .refused),
        ("waitlisted", .result(.waitlisted(name: "Lars Ek", code: "SAF-0009")), .refused),
        ("not-found", .result(.notFound(query: "zzqx")), .refused),
        ("which-one", .result(.whichOne(name: "Annika Lind", count: 2)), .refused),
        ("undone", .result(.undone(name: "Åsa Öberg", code: "SAF-0001")), .undone),
        ("not-done", .result(.failed("the journal could not be written: disk full")), .refused),
    ]

    func state(_ shown: Shown, width: Int, height: Int) throws -> AppState {
        var s = Fixtures.press([.char("4")], try Fixtures.state(width: width, height: height)).0
        switch shown {
        case .result(let banner): s.checkIn.banner = banner
        case .question(let q): s.checkIn.question = q
        }
        return s
    }

    func testEveryResultAt80x24And120x40() throws {
        for (width, height) in [(80, 24), (120, 40)] {
            var looks: [Outcome: TerminalAttributes] = [:]
            for (name, shown, outcome) in Self.results {
                let s = try state(shown, width: width, height: height)
                let band = try XCTUnwrap(CheckInBand.content(s), name)
                XCTAssertEqual(band.outcome, outcome, name)
                let grid = RootView.render(s).grid
                try assertGolden(grid, "checkin-band-\(name)-\(width)x\(height)")
                // Right under the search: the word in block letters from row 3, then the headline.
                let letters = try XCTUnwrap(BlockLetters.render(band.word.en), name)
                for (i, line) in letters.enumerated() {
                    XCTAssertTrue(grid.text(row: 3 + i).contains(line.trimmingCharacters(in: .whitespaces)), "\(name) row \(3 + i)")
                }
                let colour = Fixtures.drawn(s, colour: true), plain = Fixtures.drawn(s, colour: false)
                for y in 3...6 {
                    XCTAssertEqual(colour[width - 1, y].attributes, TerminalAttributes(style: outcome.style, colour: true), "\(name) row \(y)")
                    XCTAssertEqual(plain[width - 1, y].attributes, TerminalAttributes(style: outcome.style, colour: false), "\(name) row \(y)")
                }
                XCTAssertEqual(plain[0, 3].attributes.reverse, outcome == .checkedIn, "\(name): reverse is success's alone")
                XCTAssertTrue(plain[0, 3].attributes.bold, name)
                if let previous = looks[outcome] { XCTAssertEqual(previous, colour[0, 3].attributes, name) }
                looks[outcome] = colour[0, 3].attributes
                // The row of what to do next, in the band's colour.
                XCTAssertEqual(colour[width - 1, 7].attributes, TerminalAttributes(style: outcome.style, colour: true), name)
            }
            XCTAssertEqual(Set(looks.values).count, looks.count, "no two outcomes alike at \(width)x\(height)")
        }
    }

    func testTheHeadlineSaysItInWordsToo() throws {
        let s = try state(.result(.checkedIn(name: "Åsa Öberg", code: "SAF-0001", category: "Standard", paid: nil, owed: nil)), width: 80, height: 24)
        let screen = Fixtures.drawn(s, colour: true)
        XCTAssertEqual(screen.row(containing: "CHECKED IN  Åsa Öberg (SAF-0001) · Standard"), 6, "under the letters")
        XCTAssertEqual(screen.attributes(of: "CHECKED IN")?.pair?.background, .green)
        let unpaid = Fixtures.drawn(try state(.question(DeskQuestion(.payment(code: "SAF-0008", name: "Ödön Ågren", due: .major(2000)))), width: 80, height: 24), colour: false)
        XCTAssertEqual(unpaid.row(containing: "How do they pay?"), 7, "the payment keys right under the band")
        XCTAssertEqual(unpaid.attributes(of: "UNPAID"), TerminalAttributes(bold: true), "money is bold, not underlined like a refusal")
    }

    /// Below 24 rows there is no room for the letters: the word as text, the headline, what to do next.
    func testASmallScreenShowsTheWordAsText() throws {
        let s = try state(.result(.notFound(query: "zzqx")), width: 80, height: 20)
        let grid = RootView.render(s).grid
        XCTAssertEqual(grid.text(row: 3), " NOT FOUND")
        XCTAssertEqual(grid.text(row: 4), " NOT FOUND  “zzqx”")
        XCTAssertTrue(grid.text(row: 5).hasPrefix(" Check the spelling"))
        XCTAssertEqual(grid[0, 3].style, .outcomeRefused)
    }
}
