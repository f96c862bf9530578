import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// The multi-line field and the event-details form, through `update` and a real store.
final class EventDetailsFormTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func testTheMultiLineFieldWrapsMovesAndTakesPastedLines() {
        var area = TextArea("")
        for c in "The workshop is about ruptures" { area.handle(.char(c), width: 12) }
        XCTAssertEqual(area.rows(width: 12).map { String(area.characters[$0]) }, ["The ", "workshop is ", "about ", "ruptures"])
        XCTAssertEqual(area.cursorPosition(width: 12).row, 3)
        area.handle(.up, width: 12)
        XCTAssertEqual(area.cursorPosition(width: 12).row, 2)
        area.handle(.home, width: 12)
        XCTAssertEqual(area.cursorPosition(width: 12).column, 0)
        area.handle(.ctrl("b"), width: 12)
        XCTAssertEqual(area.cursorPosition(width: 12).row, 1, "a word back")
        area.handle(.end, width: 12)
        area.insert("\r\nsecond line\nthird")
        XCTAssertEqual(area.lineCount, 3)
        XCTAssertTrue(area.text.contains("\nsecond line\nthird"), area.text)
        XCTAssertFalse(area.text.contains("\r"))
        area.handle(.pageDown, width: 12)
        XCTAssertEqual(area.cursorPosition(width: 12).row, area.rows(width: 12).count - 1, "PgDn near the end goes to the last row")
        area.handle(.end, width: 12)
        XCTAssertEqual(area.cursor, area.characters.count)
        area.handle(.enter, width: 12)
        XCTAssertEqual(area.lineCount, 4)
        XCTAssertFalse(area.handle(.tab, width: 12), "Tab leaves the field")
    }

    func testTheDetailsFormSavesChecksAndUndoes() throws {
        let a = try StoreDesk(count: 0)
        var s = Fixtures.press([.char("E")], a.state())
            .0
        guard case .form(let fs)? = s.overlay, fs.purpose == .eventDetails else { return XCTFail("no details form") }
        XCTAssertEqual(fs.form.value("title"), "Resolving Therapeutic Impasses")
        // A bad zone is refused beside the field, with the zones that match what was typed.
        s = focus("time-zone", s)
        s = Fixtures.press([.ctrl("u")], s).0
        s = Fixtures.type("stockholm", s)
        s = a.press([.ctrl("s")], s)
        guard case .form(let marked)? = s.overlay else { return XCTFail("saved a bad zone") }
        XCTAssertEqual(marked.form.fields.first { $0.id == "time-zone" }?.error?.en, "“stockholm” is not a time zone name such as Europe/Stockholm; did you mean Europe/Stockholm?")
        s = Fixtures.press([.ctrl("u")], s).0
        s = Fixtures.type("Europe/Stockholm", s)
        // A two-line description, typed.
        s = focus("description", s)
        s = Fixtures.press([.ctrl("k"), .ctrl("k"), .ctrl("k"), .ctrl("k"), .ctrl("k"), .ctrl("k")], s).0
        guard case .form(var cleared)? = s.overlay, let i = cleared.form.index(of: "description") else { return XCTFail() }
        cleared.form.fields[i].value = .area(TextArea(""))
        s.overlay = .form(cleared)
        s = Fixtures.type("First line.", s)
        s = Fixtures.press([.enter], s).0
        s = Fixtures.type("Second line.", s)
        let screen = RootView.render(s).grid.text
        XCTAssertTrue(screen.contains("2 lines"), screen)
        s = a.press([.ctrl("s")], s)
        XCTAssertNil(s.overlay, "\(String(describing: s.overlay)) \(s.status?.text.en ?? "")")
        XCTAssertEqual(s.status?.text.en, "Saved: the event's details (description)")
        XCTAssertEqual(try StoreDesk(sharing: a, desk: "C").store.event.description["en"], "First line.\nSecond line.")
        // u undoes it.
        let original = try Fixtures.sampleEvent().description["en"]
        s = a.press([.char("u")], s)
        XCTAssertEqual(try StoreDesk(sharing: a, desk: "C").store.event.description["en"], original)
    }

    func testTheTimeZoneIsOfferedFromTheSystemsListAsItIsTyped() throws {
        let a = try StoreDesk(count: 0)
        var s = focus("time-zone", Fixtures.press([.char("E")], a.state()).0)
        s = Fixtures.press([.ctrl("u")], s).0
        s = Fixtures.type("stockh", s)
        guard case .form(let fs)? = s.overlay, let zone = fs.form.fields.first(where: { $0.id == "time-zone" }) else { return XCTFail() }
        XCTAssertEqual(zone.note?.en, "matches: Europe/Stockholm")
        XCTAssertTrue(RootView.render(s).grid.text.contains("matches: Europe/Stockholm"))
        s = Fixtures.press([.ctrl("u")], s).0
        s = Fixtures.type("Europe/Stockholm", s)
        guard case .form(let done)? = s.overlay else { return XCTFail() }
        XCTAssertEqual(done.form.fields.first { $0.id == "time-zone" }?.note?.en, "an IANA name: Europe/Stockholm")
    }

    func testANewFirstDayAsksAboutTheProgramme() throws {
        let a = try StoreDesk(count: 0)
        var s = focus("date", Fixtures.press([.char("E")], a.state()).0)
        s = Fixtures.press([.ctrl("u")], s).0
        s = Fixtures.type("2009-03-26", s)
        s = a.press([.ctrl("s")], s)
        guard case .dateMove(let q)? = s.overlay else { return XCTFail("no question: \(String(describing: s.overlay))") }
        XCTAssertEqual(q.items, 11)
        XCTAssertTrue(RootView.render(s).grid.text.contains("Move the programme's 11 items"))
        s = a.press([.char("y")], s)
        XCTAssertNil(s.overlay, s.status?.text.en ?? "")
        let saved = a.store.event
        XCTAssertEqual(saved.date, LocalDate(year: 2009, month: 3, day: 26))
        XCTAssertTrue(saved.programmeItems.allSatisfy { $0.start.date == saved.date }, "the items moved along")
        XCTAssertEqual(saved.registrationDeadline, try Fixtures.sampleEvent().registrationDeadline!.adding(days: 7))
    }

    func testTwoDesksEditingDifferentDetailsMerge() throws {
        let a = try StoreDesk(count: 0)
        let b = try StoreDesk(sharing: a, desk: "B")
        var sa = focus("subtitle", Fixtures.press([.char("E")], a.state()).0)
        var sb = focus("capacity", Fixtures.press([.char("E")], b.state()).0)
        sa = Fixtures.type(" (spring)", Fixtures.press([.end], sa).0)
        sb = Fixtures.type("45", Fixtures.press([.ctrl("u")], sb).0)
        sa = a.press([.ctrl("s")], sa)
        sb = b.press([.ctrl("s")], sb)
        XCTAssertNil(sb.overlay, sb.status?.text.en ?? "")
        let final = try StoreDesk(sharing: a, desk: "C").store.event
        XCTAssertTrue(final.subtitle?.hasSuffix(" (spring)") == true)
        XCTAssertEqual(final.capacity, 45)
    }

    private func focus(_ id: String, _ state: AppState) -> AppState {
        var s = state
        guard case .form(var fs)? = s.overlay, let i = fs.form.index(of: id) else { return s }
        fs.form.focus = i
        s.overlay = .form(fs)
        return s
    }
}

/// The switcher's "new event" and "copy this event".
final class NewEventFromTheSwitcherTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func testCopyThisEventForNextYear() throws {
        let a = try StoreDesk(count: 0)
        var s = Fixtures.press([.char("o")], a.state()).0
        guard case .switcher? = s.overlay else { return XCTFail("no switcher") }
        let screen = RootView.render(s).grid.text
        XCTAssertTrue(screen.contains("+ New event…") && screen.contains("+ Copy this event"), screen)
        s = Fixtures.press([.down, .down, .enter], s).0
        guard case .form(let fs)? = s.overlay, fs.purpose == .newEvent(copying: "impasses-2009") else { return XCTFail("\(String(describing: s.overlay))") }
        s = Fixtures.press([.tab, .tab], s).0
        s = Fixtures.type("2010-03-15", s)
        let (next, effects) = Fixtures.press([.ctrl("s")], s)
        guard case .createEvent(let event)? = effects.first else { return XCTFail("\(effects) \(next.status?.text.en ?? "")") }
        XCTAssertEqual(event.id, "resolving-therapeutic-impasses-2010")
        XCTAssertEqual(event.date, LocalDate(year: 2010, month: 3, day: 18), "Thursday kept")
        XCTAssertEqual(event.codePrefix, "SAF10")
        let (opened, more) = Update.apply(Fixtures.perform(next, [], with: a.performer), .eventCreated(EventSummary(event)))
        XCTAssertEqual(more, [.openEvent(id: event.id)])
        XCTAssertTrue(opened.events.contains { $0.id == event.id })
        _ = a.performer.perform(.createEvent(event))
        let created = try DataDirectory(path: a.folder.path).event(event.id)
        XCTAssertEqual(created.programmeItems.count, 11)
        XCTAssertEqual(created.programmeItems.first?.start.date, LocalDate(year: 2010, month: 3, day: 18))
        // The same id again is refused with the reason, and the form stays.
        let again = Fixtures.perform(next, effects, with: a.performer)
        guard case .form(let kept)? = again.overlay else { return XCTFail("the form closed") }
        XCTAssertTrue(kept.form.problem?.en.contains("here already") == true, kept.form.problem?.en ?? "")
    }

    func testANewEventNeedsATitleAndADay() throws {
        let a = try StoreDesk(count: 0)
        var s = Fixtures.press([.char("o"), .down, .enter], a.state()).0
        s = Fixtures.press([.ctrl("s")], s).0
        guard case .form(let fs)? = s.overlay else { return XCTFail() }
        XCTAssertEqual(fs.form.fields.first { $0.id == "title" }?.error?.en, "a title is required")
        XCTAssertEqual(fs.form.fields.first { $0.id == "date" }?.error?.en, "write the first day as YYYY-MM-DD, e.g. 2027-04-15")
        s = Fixtures.type("Vårkurs 2027", s)
        s = Fixtures.press([.tab, .tab], s).0
        s = Fixtures.type("2027-04-15", s)
        let (_, effects) = Fixtures.press([.ctrl("s")], s)
        guard case .createEvent(let event)? = effects.first else { return XCTFail("\(effects)") }
        XCTAssertEqual(event.id, "varkurs-2027")
        XCTAssertEqual(event.codePrefix, "VAR")
        XCTAssertEqual(event.timeZoneID, "Europe/Stockholm", "the zone of the event it was made from, offered")
    }
}

/// Pasted text (bracketed paste) is text: lines kept in a text of several lines, spaces in a one-line
/// field, and at the door a paste searches but never checks anyone in.
final class PasteTests: XCTestCase {
    func testAPasteIsTextEverywhere() throws {
        var area = TextArea("")
        area.handle(.paste("First line\r\nSecond line\n"), width: 40)
        XCTAssertEqual(area.text, "First line\nSecond line\n")
        var line = LineEditor("", limit: 100)
        line.handle(.paste("Åsa\nÖberg"))
        XCTAssertEqual(line.text, "Åsa Öberg")

        let desk = try StoreDesk(count: 30, seed: 9)
        let someone = desk.store.registry.registrants.first { $0.status == .registered && $0.feeCategoryID == "standard" && $0.isSettled }!
        var s = desk.state(pane: "4")
        s = desk.press([.paste(someone.code + "\n")], s)
        XCTAssertNil(desk.store.registry[someone.code]?.checkIn, "the paste's line break did not check them in")
        XCTAssertEqual(s.checkIn.selectedCode, someone.code)
        s = desk.press([.enter], s)
        XCTAssertNotNil(desk.store.registry[someone.code]?.checkIn, "Enter does")
    }
}

/// The event's contacts, speakers and objectives: add, edit, delete (asks), move, through the store.
final class EventListsTests: XCTestCase {
    override func setUp() { Glyphs.current = .unicode }

    func testContactsAndSpeakersAreEditedAsLists() throws {
        let a = try StoreDesk(count: 0)
        let before = a.store.event.contacts
        var s = Fixtures.press([.char("C")], a.state()).0
        guard case .eventList? = s.overlay else { return XCTFail("no list") }
        XCTAssertTrue(RootView.render(s).grid.text.contains("1. " + before[0].name), RootView.render(s).grid.text)
        // Add one, with a malformed email first.
        s = Fixtures.press([.char("a")], s).0
        s = Fixtures.type("Per Lind", s)
        s = Fixtures.press([.tab], s).0; s = Fixtures.type("programme", s)
        s = Fixtures.press([.tab, .tab], s).0; s = Fixtures.type("per@", s)
        s = a.press([.ctrl("s")], s)
        guard case .form(let marked)? = s.overlay else { return XCTFail("saved a bad email") }
        XCTAssertNotNil(marked.form.fields.first { $0.id == "email" }?.error)
        s = Fixtures.type("example.se", s)
        s = a.press([.ctrl("s")], s)
        guard case .eventList(let list)? = s.overlay else { return XCTFail("\(String(describing: s.overlay)) \(s.status?.text.en ?? "")") }
        XCTAssertEqual(list.selected, before.count)
        XCTAssertEqual(a.store.event.contacts.last, ContactPerson(name: "Per Lind", role: "programme", email: "per@example.se"))
        // Move it up, then delete the first (asks).
        s = a.press([.char("K")], s)
        XCTAssertEqual(a.store.event.contacts[before.count - 1].name, "Per Lind")
        s = a.press([.char("g"), .up, .up, .up, .up, .char("d")], s)
        guard case .confirm? = s.overlay else { return XCTFail("no question") }
        s = a.press([.char("y")], s)
        XCTAssertEqual(a.store.event.contacts.count, before.count)
        XCTAssertFalse(a.store.event.contacts.contains(before[0]))
        // u undoes the delete.
        s = a.press([.escape, .char("u")], s)
        XCTAssertTrue(a.store.event.contacts.contains(before[0]))

        // A speaker with a biography of two lines.
        s = Fixtures.press([.char("S"), .char("a")], s).0
        s = Fixtures.type("Karin Ek", s)
        s = Fixtures.press([.tab, .tab, .tab], s).0
        s = Fixtures.type("Psychologist.", s); s = Fixtures.press([.enter], s).0; s = Fixtures.type("Researcher.", s)
        s = a.press([.ctrl("s")], s)
        let speaker = a.store.event.speakers.last!
        XCTAssertEqual(speaker.id, "karin-ek")
        XCTAssertEqual(speaker.biography["en"], "Psychologist.\nResearcher.")
        // An objective.
        s = Fixtures.press([.escape, .char("O"), .char("a")], s).0
        s = Fixtures.type("Recognise a rupture", s)
        s = a.press([.ctrl("s")], s)
        XCTAssertEqual(a.store.event.objectives.last, "Recognise a rupture")
    }
}
