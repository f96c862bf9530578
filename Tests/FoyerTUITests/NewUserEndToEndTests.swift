import Foundation
import XCTest

/// An organiser's first morning with Foyer, in tmux as a new user would: an empty data directory, the
/// welcome, a new event "Vårkurs 2027", its details with a two-line description, two fee categories, a
/// programme item, one person registered and checked in.
final class NewUserEndToEndTests: XCTestCase {
    func testFromAnEmptyDirectoryToTheFirstCheckIn() throws {
        let binary = try EndToEnd.binary()
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("foyer-new-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let tmux = try Tmux(width: 80, height: 24)
        defer { tmux.kill() }
        try tmux.type("\(binary) --data \(dir.path) --desk Vera --now '2027-04-15 08:50'; echo \"EXIT=$?\""); try tmux.press("Enter")
        try tmux.waitFor("Welcome to Foyer")
        try tmux.waitFor("Create a new event")
        try tmux.press("Enter"); try tmux.waitFor("New event")
        try tmux.type("Vårkurs 2027"); try tmux.press("Tab"); try tmux.press("Tab")
        try tmux.type("2027-04-15"); try tmux.press("Tab"); try tmux.press("C-u"); try tmux.type("Europe/Stockholm")
        try tmux.press("C-s")
        try tmux.waitFor("No programme yet")
        try tmux.waitFor("Thursday 15 April 2027")

        // The details: a two-line description.
        try tmux.press("E"); try tmux.waitFor("Event details: varkurs-2027")
        for _ in 0..<18 { try tmux.press("Tab") }
        try tmux.waitFor("English; Enter starts a new line")
        try tmux.type("A spring course on ruptures."); try tmux.press("Enter"); try tmux.type("Bring your own cases.")
        try tmux.waitFor("2 lines")
        try tmux.press("C-s"); try tmux.waitFor("Saved: the event's details (description)")

        // Two contacts and a speaker with a biography, from the lists.
        try tmux.press("C"); try tmux.waitFor("Contacts of varkurs-2027")
        for (name, role, email) in [("Anna Berg", "registration", "anna.berg@example.se"), ("Per Lind", "programme", "per.lind@example.se")] {
            try tmux.press("a"); try tmux.waitFor("New contact")
            try tmux.type(name); try tmux.press("Tab"); try tmux.type(role); try tmux.press("Tab"); try tmux.press("Tab"); try tmux.type(email)
            try tmux.press("C-s"); try tmux.waitFor("Saved: added a contact")
        }
        try tmux.waitFor("2. Per Lind")
        try tmux.press("Escape"); try tmux.press("S"); try tmux.waitFor("Speakers of varkurs-2027")
        try tmux.press("a"); try tmux.waitFor("New speaker")
        try tmux.type("Karin Ek"); try tmux.press("Tab"); try tmux.type("Ph.D."); try tmux.press("Tab"); try tmux.type("Karolinska Institutet")
        try tmux.press("Tab"); try tmux.type("Psychologist and researcher."); try tmux.press("Enter"); try tmux.type("She studies the alliance.")
        try tmux.press("C-s"); try tmux.waitFor("Saved: added a speaker")
        try tmux.press("Escape")

        // Two fee categories, from nothing.
        try tmux.press("3"); try tmux.waitFor("No fee categories yet")
        for (name, price) in [("Standard", "2 400"), ("Student", "600")] {
            try tmux.press("a"); try tmux.waitFor("Price")
            try tmux.type(name); for _ in 0..<3 { try tmux.press("Tab") }
            try tmux.type(price); try tmux.press("C-s")
            try tmux.waitFor("Saved: added “\(name)”")
        }
        // A programme item.
        try tmux.press("1"); try tmux.press("a"); try tmux.waitFor("New programme item")
        try tmux.press("C-u"); try tmux.type("09:00"); try tmux.press("Tab"); try tmux.type("12:00")
        try tmux.press("Tab"); try tmux.press("Tab"); try tmux.type("Ruptures and repair")
        try tmux.press("C-s"); try tmux.waitFor("09:00–12:00  Ruptures and repair")
        // One person registered, then checked in at the door, paying by card.
        try tmux.press("2"); try tmux.press("n"); try tmux.waitFor("New registration")
        try tmux.type("Åsa"); try tmux.press("Tab"); try tmux.type("Öberg")
        for _ in 0..<5 { try tmux.press("Tab") }
        try tmux.press("Space"); try tmux.press("C-s")
        try tmux.waitFor("Registered VAR-0001 Åsa Öberg")
        try tmux.press("4"); try tmux.waitFor("Type a few letters")
        try tmux.type("öberg"); try tmux.press("Enter")
        try tmux.waitFor("UNPAID")
        try tmux.press("c"); try tmux.press("Enter")
        try tmux.waitFor("CHECKED IN")
        try tmux.press("C-c"); try tmux.waitFor("EXIT=0")

        let json = try Tmux.run([binary, "registrants", "--data", dir.path, "--event", "varkurs-2027", "--format", "json"])
        let people = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]
        XCTAssertEqual(people.count, 1)
        XCTAssertNotNil(people.first?["checkIn"])
        let show = try Tmux.run([binary, "event", "show", "--data", dir.path, "--event", "varkurs-2027"])
        XCTAssertTrue(show.contains("  A spring course on ruptures.\n  Bring your own cases."), show)
        XCTAssertTrue(show.contains("contact 1: Anna Berg, registration, anna.berg@example.se"), show)
        XCTAssertTrue(show.contains("contact 2: Per Lind, programme, per.lind@example.se"), show)
        XCTAssertTrue(show.contains("speaker 1: Karin Ek, Ph.D., Karolinska Institutet (biography: en)"), show)
    }
}
