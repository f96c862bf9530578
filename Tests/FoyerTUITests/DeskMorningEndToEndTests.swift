import Foundation
import XCTest
import FoyerCore

/// A morning at the door, for real: the built foyer in tmux at 80x24, 30 people found by surname, by a
/// typed code and by a scanner (the code and Enter in one burst), and among them what goes wrong at a
/// door: two people of one name, an unpaid person with the next name typed too early, an ID not shown,
/// a walk-in who is registered already, and a check-in of the wrong person undone straight away. Every
/// step waits for the band's answer, as a volunteer would; afterwards the journal must hold exactly the
/// check-ins and the one payment meant, and nothing else. DoorDeskTests drives the same through update.
final class DeskMorningEndToEndTests: XCTestCase {
    /// One person as `foyer registrants --format json` lists them.
    struct Person {
        let code, firstName, lastName, email, feeCategory, status: String
        let price, paid: Int
        let payments: [[String: Any]]
        let history: [String]
        let checkedIn: Bool
        var name: String { "\(firstName) \(lastName)" }
        var settled: Bool { paid >= price }
        /// The search's own folding, so the plan and the desk agree on who a surname finds.
        var surname: String { TextFolding.fold(lastName) }

        init(_ r: [String: Any]) {
            code = r["code"] as! String
            firstName = r["firstName"] as? String ?? ""; lastName = r["lastName"] as? String ?? ""
            email = r["email"] as? String ?? ""; feeCategory = r["feeCategory"] as? String ?? ""
            status = r["status"] as? String ?? ""
            price = r["price"] as? Int ?? 0
            payments = r["payments"] as? [[String: Any]] ?? []
            paid = payments.filter { $0["kind"] as? String == "payment" }.compactMap { $0["amount"] as? Int }.reduce(0, +)
            history = (r["checkInHistory"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
            checkedIn = r["checkIn"] != nil
        }
    }

    enum Arrival {
        case bySurname(Person), byCode(Person), scanned(Person)
        /// The shared name typed; the desk must be told which of the two it is.
        case namesake(Person, twin: Person)
        /// Asked for the money; the next name typed before answering; then Swish.
        case unpaid(Person, typedEarly: Person)
        case refusedID(Person)
        /// Registers at the walk-in form, and turns out to be registered already.
        case walkIn(Person)
        /// The surname and Enter take the first of its people; undone, then the right one by code.
        case mistake(wrong: Person, right: Person)
    }

    var tmux: Tmux!
    var binary: String!
    var dir: URL!

    override func tearDown() {
        tmux?.kill()
        if let dir { try? FileManager.default.removeItem(at: dir) }
    }

    func people() throws -> [Person] {
        let json = try Tmux.run([binary, "registrants", "--data", dir.path, "--event", "impasses-2009", "--format", "json"])
        return (try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [[String: Any]]).map(Person.init)
    }

    func testADeskMorning() throws {
        binary = try EndToEnd.binary()
        dir = try EndToEnd.dataDirectory()
        // 80 people at seed 4 give every case below, with paid people to spare for the rest of the morning.
        _ = try Tmux.run([binary, "generate", "--data", dir.path, "--event", "impasses-2009", "--registrants", "80", "--seed", "4"])

        // The plan, from the list, before the doors open.
        var everyone = try people()
        var used = Set<String>()
        func take(_ test: (Person) -> Bool) throws -> Person {
            let p = try XCTUnwrap(everyone.first { !used.contains($0.code) && $0.status == "registered" && !$0.checkedIn && test($0) }, "no one left for the plan")
            used.insert(p.code)
            return p
        }
        let paidStandard: (Person) -> Bool = { $0.feeCategory == "standard" && $0.price > 0 && $0.settled }
        // The next in the queue, whose first name starts with the pay-later key: typed over the question,
        // its first letter is an answer and the rest is not, so only Esc and an answer may take anything.
        let typedEarly = try take { $0.firstName.lowercased().hasPrefix("l") }
        let unpaid = try take { $0.feeCategory == "standard" && $0.price > 0 && $0.paid == 0 }
        let refused = try take { $0.feeCategory != "standard" && $0.settled }
        // The mistake: a surname whose first person (the search's tie order, folded "Last, First") is not
        // the one meant. Every one of that surname is left out of the rest of the morning.
        let surnames = Dictionary(grouping: everyone, by: \.surname).values
            .map { $0.sorted { (TextFolding.fold($0.firstName), $0.code) < (TextFolding.fold($1.firstName), $1.code) } }
        let group = try XCTUnwrap(surnames
            .filter { $0.allSatisfy { $0.status == "registered" && !$0.checkedIn && !used.contains($0.code) } }
            .filter { paidStandard($0[0]) && $0.dropFirst().contains(where: paidStandard) }
            .min { $0[0].code < $1[0].code }, "no surname of two paid people")
        let wrong = group[0], right = group.dropFirst().first(where: paidStandard)!
        used.formUnion(group.map(\.code))
        let walkIn = try take { paidStandard($0) && !$0.email.isEmpty }
        let namesake = try take { p in paidStandard(p) && everyone.filter { $0.name == p.name }.count == 1 }
        // The twin: the same name, another email and organisation, registered at the office before the desk opens.
        let twinCode = try Tmux.run([binary, "register", "--data", dir.path, "--event", "impasses-2009", "--first", namesake.firstName,
                                     "--last", namesake.lastName, "--category", "standard", "--email", "other.\(namesake.email)",
                                     "--organisation", "Ersta sjukhus", "--allow-duplicate"]).prefix { $0 != " " }
        everyone = try people()
        let twin = try XCTUnwrap(everyone.first { $0.code == twinCode })
        let regulars = everyone.filter { !used.contains($0.code) && $0.status == "registered" && !$0.checkedIn && $0.price > 0 && $0.settled }.prefix(25)
        XCTAssertEqual(regulars.count, 25)
        let surnameCounts = Dictionary(grouping: everyone, by: \.surname).mapValues(\.count)
        var surnamesTyped = 0, other = 0
        var morning: [Arrival] = regulars.map { p in
            if surnameCounts[p.surname] == 1 && surnamesTyped < 8 { surnamesTyped += 1; return .bySurname(p) }
            other += 1
            return other % 2 == 0 ? .byCode(p) : .scanned(p)
        }
        XCTAssertGreaterThanOrEqual(surnamesTyped, 6, "enough people found by surname alone")
        for (i, special) in [(3, Arrival.namesake(namesake, twin: twin)), (7, .unpaid(unpaid, typedEarly: typedEarly)), (11, .refusedID(refused)),
                             (15, .walkIn(walkIn)), (20, .mistake(wrong: wrong, right: right))] {
            morning.insert(special, at: i)
        }
        XCTAssertEqual(morning.count, 30)
        let arrivals = Set(regulars.map(\.code) + [namesake.code, unpaid.code, refused.code, walkIn.code, right.code])
        XCTAssertEqual(arrivals.count, 30)
        let meant = arrivals.subtracting([refused.code])
        let before = Dictionary(uniqueKeysWithValues: everyone.map { ($0.code, $0) })
        let journal = dir.appendingPathComponent("impasses-2009/journal.jsonl")
        let journalLines = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").count

        // The doors open.
        let started = Date()
        tmux = try Tmux(width: 80, height: 24)
        try tmux.type("\(binary!) --data \(dir.path) --event impasses-2009 --desk A --now '2009-03-19 08:40'; echo \"EXIT=$?\"")
        try tmux.press("Enter")
        try tmux.waitFor("Resolving Therapeutic Impasses")
        try tmux.press("F5")
        try tmux.waitFor("Type a few letters")
        for arrival in morning { try meet(arrival) }
        try tmux.waitFor("Arrived \(meant.count) of")
        try tmux.press("C-c")
        try tmux.waitFor("EXIT=0")
        print("the morning at the desk took \(String(format: "%.1f", Date().timeIntervalSince(started))) s")

        // Exactly the check-ins meant, each once; the wrong one in and undone; one payment, by Swish.
        let after = Dictionary(uniqueKeysWithValues: try people().map { ($0.code, $0) })
        XCTAssertEqual(after.count, before.count, "the walk-in was not registered again")
        XCTAssertEqual(Set(after.values.filter(\.checkedIn).map(\.code)), meant)
        for code in meant { XCTAssertEqual(after[code]!.history, ["checkedIn"], "\(code) checked in once") }
        XCTAssertEqual(after[wrong.code]!.history, ["checkedIn", "undone"])
        XCTAssertFalse(after[wrong.code]!.checkedIn)
        for p in [refused, typedEarly, twin] {
            XCTAssertEqual(after[p.code]!.history, [], "\(p.name) (\(p.code)): no check-in")
        }
        for (code, p) in after where code != unpaid.code {
            XCTAssertEqual(p.payments.count, before[code]?.payments.count ?? 0, "\(p.name) (\(code)): no new payment")
        }
        let swish = after[unpaid.code]!.payments
        XCTAssertEqual(swish.count, 1)
        XCTAssertEqual(swish.first?["method"] as? String, "swish")
        XCTAssertEqual(swish.first?["amount"] as? Int, unpaid.price)
        // And the journal, line by line: nothing written but these.
        let written = try String(contentsOf: journal, encoding: .utf8).split(separator: "\n").dropFirst(journalLines).map { line -> String in
            let change = (try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["change"] as? [String: Any]
            return "\(change?["type"] as? String ?? "?") \(change?["code"] as? String ?? "?")"
        }
        XCTAssertEqual(written.sorted(), (meant.map { "checkIn \($0)" } + ["checkIn \(wrong.code)", "undoCheckIn \(wrong.code)", "recordPayment \(unpaid.code)"]).sorted())
    }

    /// One person at the desk, the way the plan says, each step waiting for what the screen answers.
    func meet(_ arrival: Arrival) throws {
        switch arrival {
        case .bySurname(let p):
            try find(p.lastName.lowercased(), first: p)
            try enter(p)
        case .byCode(let p):
            try find(p.code, first: p)
            try enter(p)
        case .scanned(let p):
            // A scanner types the code and its Enter (a carriage return, as the Enter key reaches a terminal)
            // in one burst, without waiting for the matches.
            try tmux.type(p.code + "\r")
            try admitted(p)
        case .namesake(let p, let twin):
            try tmux.type(p.name.lowercased())
            try tmux.waitUntil("both \(p.name) listed") { $0.contains(p.code) && $0.contains(twin.code) }
            try tmux.press("Enter")
            try tmux.waitFor("WHICH ONE  2 people named \(p.name)")
            XCTAssertTrue(try tmux.screen().contains("Ersta sjukhus"), "the organisation tells them apart")
            // The first row is chosen already, but only a move says the desk chose: down and back up to it.
            let rows = try tmux.screen().split(separator: "\n").filter { $0.hasPrefix(" = SAF-") }
            let index = try XCTUnwrap(rows.firstIndex { $0.contains(p.code) })
            if index == 0 { try tmux.press("Down"); try tmux.press("Up") } else { for _ in 0..<index { try tmux.press("Down") } }
            try tmux.press("Enter")
            try tmux.waitFor("CHECKED IN  \(p.name) (\(p.code))")
        case .unpaid(let p, let early):
            try find(p.code, first: p)
            try tmux.press("Enter")
            try tmux.waitFor("UNPAID")
            try tmux.waitFor("\(p.name) (\(p.code))")
            // The next person's name, typed before answering: its first letter is an answer key, the rest is not.
            try tmux.type(early.firstName.lowercased())
            try tmux.press("Enter")
            try tmux.waitFor("not an answer, nothing taken")
            try tmux.press("Escape")
            try tmux.waitUntil("the question closed, nothing recorded") { !$0.contains("UNPAID") && $0.contains("Nothing recorded") }
            // The search still has them: Enter asks again, and this time they pay by Swish.
            try tmux.press("Enter")
            try tmux.waitFor("UNPAID")
            try tmux.press("s")
            try tmux.waitFor("by Swish from \(p.name)? Enter")
            try tmux.press("Enter")
            try tmux.waitFor("CHECKED IN  \(p.name) (\(p.code))")
            try tmux.waitFor("Paid ")
        case .refusedID(let p):
            try tmux.type(p.code + "\r")
            try tmux.waitFor("CHECK ID  \(p.name) (\(p.code))")
            try tmux.press("n")
            try tmux.waitFor("Not admit \(p.name)")
            try tmux.press("Enter")
            try tmux.waitFor("NOT ADMITTED  \(p.name) (\(p.code))")
        case .walkIn(let p):
            try tmux.press("Escape")
            try tmux.press("C-n")
            try tmux.waitFor("Walk-in: register")
            try tmux.type(p.firstName); try tmux.press("Tab")
            try tmux.type(p.lastName); try tmux.press("Tab")
            try tmux.type(p.email)
            try tmux.press("C-s")
            try tmux.waitFor("WALK-IN  \(p.name)")
            try tmux.press("Enter")
            try tmux.waitFor("REGISTERED  \(p.name) (\(p.code))")
            try tmux.press("t")
            try tmux.waitFor("not registered again? Enter")
            try tmux.press("Enter")
            try tmux.waitFor("CHECKED IN  \(p.name) (\(p.code))")
        case .mistake(let wrong, let right):
            try find(wrong.lastName.lowercased(), first: wrong)
            try tmux.press("Enter")
            try tmux.waitFor("CHECKED IN  \(wrong.name) (\(wrong.code))")
            try tmux.press("C-x")
            try tmux.waitFor("Undo the check-in of \(wrong.name)?")
            try tmux.type("wrong person, meant \(right.firstName)")
            try tmux.press("Enter")
            try tmux.waitFor("CHECK-IN UNDONE  \(wrong.name) (\(wrong.code))")
            try find(right.code, first: right)
            try tmux.press("Enter")
            try tmux.waitFor("CHECKED IN  \(right.name) (\(right.code))")
        }
    }

    /// Types into the search and waits until the first match (the one Enter takes) is this person.
    func find(_ text: String, first p: Person) throws {
        try tmux.type(text)
        try tmux.waitUntil("\(p.code) first among the matches for “\(text)”") { screen in
            let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
            return lines.count > 3 && lines[1].contains(text) && lines[3].contains(p.code)
        }
    }

    func enter(_ p: Person) throws {
        try tmux.press("Enter")
        try admitted(p)
    }

    /// CHECKED IN, after the ID where their category needs one (all of the plan's have paid).
    func admitted(_ p: Person) throws {
        if p.feeCategory != "standard" {
            try tmux.waitFor("CHECK ID  \(p.name) (\(p.code))")
            try tmux.press("y")
            try tmux.waitFor("showed proof for")
            try tmux.press("Enter")
        }
        try tmux.waitFor("CHECKED IN  \(p.name) (\(p.code))")
    }
}
