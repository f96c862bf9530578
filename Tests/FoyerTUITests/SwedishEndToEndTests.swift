import Foundation
import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The built foyer in tmux at 80x24 as a Swedish volunteer starts it: `LANG=sv_SE.UTF-8`, no `--lang`,
/// the Stockholm workshop with generated registrants. The panes speak Swedish, a check-in says INCHECKAD,
/// and F8 turns the screen English at once (CHECKED IN for the next one). And a Swedish locale that is
/// not installed on the machine still gives Swedish, drawn in UTF-8.
///
/// The words are the issue's own (INCHECKAD), written out, so that a catalogue entry changed by mistake fails.
final class SwedishEndToEndTests: XCTestCase {
    var tmux: Tmux?
    var dir: URL?

    override func setUpWithError() throws {
        try XCTSkipUnless(Self.hasTmux, "tmux is not installed: the Swedish end-to-end tests run foyer inside it (Scripts/setup installs it)")
    }

    override func tearDown() {
        tmux?.kill()
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    static var hasTmux: Bool {
        (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
            .contains { FileManager.default.isExecutableFile(atPath: "\($0)/tmux") }
    }

    /// Only LANG decides: whatever the test process has in LC_ALL, LC_MESSAGES or FOYER_LANG is removed.
    static func command(_ binary: String, locale: String, _ arguments: String) -> String {
        "env -u LC_ALL -u LC_MESSAGES -u LC_CTYPE -u FOYER_LANG LANG=\(locale) \(binary) \(arguments); echo \"EXIT=$?\""
    }

    /// A locale name that says Swedish and is not installed here (`locale -a`).
    static func missingSwedishLocale() throws -> String {
        let installed = Set(try Tmux.run(["locale", "-a"]).lowercased().split(separator: "\n").map(String.init))
        return ["sv_FI.UTF-8", "sv_AX.UTF-8", "sv_XX.UTF-8"].first { !installed.contains($0.lowercased().replacingOccurrences(of: "utf-8", with: "utf8")) }!
    }

    /// Paid people of the standard category (no ID asked), registered and not in, as the CLI lists them.
    func paidPeople(_ binary: String, _ dir: URL) throws -> [(code: String, name: String)] {
        let json = try Tmux.run([binary, "registrants", "--data", dir.path, "--event", "impasses-2009", "--format", "json"])
        let all = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        return all.compactMap { r in
            guard r["status"] as? String == "registered", r["feeCategory"] as? String == "standard", r["checkIn"] == nil,
                  let price = r["price"] as? Int, price > 0 else { return nil }
            let paid = (r["payments"] as? [[String: Any]] ?? []).filter { $0["kind"] as? String == "payment" }.compactMap { $0["amount"] as? Int }.reduce(0, +)
            guard paid >= price, let code = r["code"] as? String else { return nil }
            return (code, "\(r["firstName"] as? String ?? "") \(r["lastName"] as? String ?? "")")
        }
    }

    /// A pane's first hint in the status line, in Swedish, as the key table says it.
    func waitForHint(_ command: Command, _ context: KeyContext, in tmux: Tmux, file: StaticString = #filePath, line: UInt = #line) throws {
        let binding = try XCTUnwrap(KeyTable.standard.binding(command, in: context), file: file, line: line)
        let hint = try XCTUnwrap(binding.hint, file: file, line: line)
        XCTAssertNotEqual(hint.sv, hint.en, "the \(context) hint “\(hint.en)” is not in Swedish yet", file: file, line: line)
        try tmux.waitFor(hint.sv, file: file, line: line)
    }

    func testASwedishDeskMorning() throws {
        let binary = try EndToEnd.binary()
        let dir = try EndToEnd.dataDirectory()
        self.dir = dir
        _ = try Tmux.run([binary, "generate", "--data", dir.path, "--event", "impasses-2009", "--registrants", "60", "--seed", "4"])
        let people = try paidPeople(binary, dir)
        XCTAssertGreaterThanOrEqual(people.count, 2, "two paid people to check in")
        let tmux = try Tmux(width: 80, height: 24)
        self.tmux = tmux
        try tmux.type(Self.command(binary, locale: "sv_SE.UTF-8", "--data \(dir.path) --event impasses-2009 --desk A --now '2009-03-19 08:40'"))
        try tmux.press("Enter")

        // The agenda: the day in Swedish, as DateText writes it, and the hints in Swedish.
        let day = try Fixtures.sampleEvent().date
        try tmux.waitFor(DateText.long(day).sv) // "torsdag 19 mars 2009"
        try waitForHint(.openDetail, .agenda, in: tmux)
        XCTAssertFalse(try tmux.screen().contains("Thursday"), "no English date on a Swedish screen")
        // The registrants: registered people.
        try tmux.press("F3")
        try waitForHint(.find, .registrants, in: tmux)
        try tmux.waitUntil("the registrants pane in Swedish") { $0.contains("sortering: namn") && $0.contains("obetalda") }
        // The fees: what has been paid.
        try tmux.press("F4")
        try waitForHint(.addCategory, .fees, in: tmux)
        try tmux.waitUntil("the fees pane in Swedish") { $0.contains("priser inkl. moms") && $0.contains("Förväntat") }
        // The check-in desk: someone checked in.
        try tmux.press("F5")
        try waitForHint(.checkInSelected, .checkIn, in: tmux)
        let first = people[0], second = people[1]
        try tmux.type(first.code + "\r")
        try tmux.waitFor("INCHECKAD  \(first.name) (\(first.code))")
        XCTAssertFalse(try tmux.screen().contains("CHECKED IN"))

        // F8 at the desk: the band already shown turns English at once, then the next one is English too.
        try tmux.press("F8")
        try tmux.waitFor("CHECKED IN  \(first.name) (\(first.code))")
        try tmux.type(second.code + "\r")
        try tmux.waitFor("CHECKED IN  \(second.name) (\(second.code))")
        try tmux.press("F2")
        try tmux.waitFor(DateText.long(day).en) // "Thursday 19 March 2009"
        try tmux.press("C-c")
        try tmux.waitFor("EXIT=0")
    }

    /// LANG names a Swedish locale this machine does not have: Foyer speaks Swedish (from the name) and
    /// still draws UTF-8 (the character type falls back to C.UTF-8): "ö" as "ö", box lines as lines, never
    /// "?" or the ASCII fallbacks of a non-UTF-8 terminal. The command line prints UTF-8 too.
    func testAMissingSwedishLocaleStillSpeaksSwedishInUTF8() throws {
        let binary = try EndToEnd.binary()
        let dir = try EndToEnd.dataDirectory()
        self.dir = dir
        let locale = try Self.missingSwedishLocale()
        _ = try Tmux.run([binary, "generate", "--data", dir.path, "--event", "impasses-2009", "--registrants", "60", "--seed", "4"])
        let tmux = try Tmux(width: 80, height: 24)
        self.tmux = tmux
        try tmux.type(Self.command(binary, locale: locale, "--data \(dir.path) --event impasses-2009 --desk A --now '2009-03-19 08:40'"))
        try tmux.press("Enter")
        try tmux.waitFor("Ingenjörshuset Citykonferensen")
        // Swedish from the locale's name: F8 turns it English, and says so in English.
        try tmux.press("F8")
        try tmux.waitFor(Catalogue.Common.languageNow.en)
        // And back: "Skärmen är nu på svenska", its ä and å drawn as they are.
        try tmux.press("F8")
        try tmux.waitFor(Catalogue.Common.languageNow.sv)
        let agenda = try tmux.screen()
        XCTAssertTrue(agenda.contains("08:30–09:00"), "the en dash drawn:\n\(agenda)")
        XCTAssertTrue(agenda.contains("────"), "box lines, not the ASCII fallback:\n\(agenda)")
        XCTAssertFalse(agenda.contains("--------"), "no ASCII rules:\n\(agenda)")
        XCTAssertFalse(agenda.contains("Ingenj?rshuset"), agenda)
        // Typed in UTF-8 and found: ö in, Ö out.
        try tmux.press("F3")
        try tmux.press("/")
        try tmux.type("ö")
        try tmux.waitUntil("a name with Ö or ö found") { $0.contains("Ö") || $0.split(separator: "\n").dropFirst(3).contains { $0.contains("ö") } }
        try tmux.press("C-c")
        try tmux.waitFor("EXIT=0")

        // The command line under the same locale: UTF-8 bytes, the names whole.
        let listed = try Tmux.run(["env", "-u", "LC_ALL", "-u", "LC_MESSAGES", "-u", "LC_CTYPE", "-u", "FOYER_LANG", "LANG=\(locale)",
                                   binary, "registrants", "--data", dir.path, "--event", "impasses-2009"])
        XCTAssertTrue(listed.contains { "åäöÅÄÖéü".contains($0) }, "names with diacritics, in UTF-8:\n\(listed.prefix(400))")
        XCTAssertFalse(listed.contains("\u{FFFD}"), "no broken bytes")
    }
}
