import XCTest
@testable import FoyerCore
@testable import FoyerTUI

/// `update` is pure: keys in, state and effects out. These follow what a person does.
final class UpdateTests: XCTestCase {
    func testNavigationMovesTheSelectionAndKeepsItVisible() throws {
        var s = try Fixtures.state(width: 80, height: 16, now: Fixtures.dayBefore)
        XCTAssertEqual(s.agenda.selected, 0)
        s = Fixtures.press([.down, .char("j")], s).0
        XCTAssertEqual(s.agenda.selected, 2)
        s = Fixtures.press([.up], s).0
        XCTAssertEqual(s.agenda.selected, 1)
        s = Fixtures.press([.char("G")], s).0
        XCTAssertEqual(s.agenda.selected, 10)
        let lines = AgendaLayout.lines(event: s.event, agenda: s.agenda)
        let row = lines.firstIndex(of: .item(10))!
        let height = ScreenLayout(width: 80, height: 16).bodyHeight
        XCTAssertTrue((s.agenda.scroll..<(s.agenda.scroll + height)).contains(row), "selection scrolled out of view")
        XCTAssertTrue(RootView.render(s).grid.text.contains("Panel discussion"))
        s = Fixtures.press([.down], s).0
        XCTAssertEqual(s.agenda.selected, 10, "stops at the last item")
        s = Fixtures.press([.home], s).0
        XCTAssertEqual(s.agenda.selected, 0)
        XCTAssertEqual(s.agenda.scroll, 0)
        s = Fixtures.press([.pageDown], s).0
        XCTAssertGreaterThan(s.agenda.selected, 3)
        s = Fixtures.press([.pageUp, .pageUp], s).0
        XCTAssertEqual(s.agenda.selected, 0)
    }

    func testScrollingRevealsMetacommunicationTopics() throws {
        var s = try Fixtures.state(width: 80, height: 16, now: Fixtures.dayBefore)
        XCTAssertFalse(RootView.render(s).grid.text.contains("General principles of metacommunication"))
        s = Fixtures.press(Array(repeating: .down, count: 5), s).0
        let text = RootView.render(s).grid.text
        XCTAssertTrue(text.contains("Therapeutic metacommunication"))
        XCTAssertTrue(text.contains("Task analysis research on resolution processes"))
    }

    func testTabSwitchingReachesEveryPane() throws {
        var s = try Fixtures.state()
        var seen: [Pane] = [s.pane]
        for _ in 0..<4 { s = Fixtures.press([.tab], s).0; seen.append(s.pane) }
        XCTAssertEqual(seen, [.agenda, .registrants, .fees, .checkIn, .agenda])
        s = Fixtures.press([.backTab], s).0
        XCTAssertEqual(s.pane, .checkIn)
        // In the check-in pane digits are part of a search (a code); F-keys and Tab switch panes.
        s = Fixtures.press([.char("1")], s).0
        XCTAssertEqual(s.pane, .checkIn)
        XCTAssertEqual(s.checkIn.query.text, "1")
        for (key, pane) in [(Key.function(2), Pane.agenda), (.char("1"), .agenda), (.char("3"), .fees), (.function(5), .checkIn), (.function(3), .registrants), (.function(2), .agenda)] {
            s = Fixtures.press([key], s).0
            XCTAssertEqual(s.pane, pane, "\(key.label)")
        }
        s = Fixtures.press([.click(x: 14, y: 0)], s).0
        XCTAssertEqual(s.pane, .registrants, "a click on a tab opens it")
    }

    func testHelpOpensAndCloses() throws {
        var s = try Fixtures.state()
        s = Fixtures.press([.char("?")], s).0
        XCTAssertEqual(s.overlay, .help(scroll: 0))
        s = Fixtures.press([.char("j")], s).0
        XCTAssertEqual(s.overlay, .help(scroll: 1))
        XCTAssertEqual(s.agenda.selected, 3, "keys under help do not move the agenda")
        s = Fixtures.press([.escape], s).0
        XCTAssertNil(s.overlay)
        s = Fixtures.press([.function(1), .char("?")], s).0
        XCTAssertNil(s.overlay)
    }

    func testQuitAndCtrlC() throws {
        let (quit, effects) = Fixtures.press([.char("q")], try Fixtures.state())
        XCTAssertFalse(quit.isRunning)
        XCTAssertEqual(effects, [.quit])
        var s = Fixtures.press([.char("e"), .tab, .tab, .tab, .char("x")], try Fixtures.state()).0
        XCTAssertTrue(s.hasUnsavedEdit)
        // Ctrl-C with a changed form asks once; a second Ctrl-C quits.
        let (asked, none) = Fixtures.press([.ctrl("c")], s)
        XCTAssertTrue(asked.isRunning)
        XCTAssertTrue(none.isEmpty)
        guard case .confirm(let question)? = asked.overlay else { return XCTFail("Ctrl-C did not ask") }
        XCTAssertTrue(question.question.en.contains("not saved"))
        let (c, ce) = Fixtures.press([.ctrl("c")], asked)
        XCTAssertFalse(c.isRunning)
        XCTAssertEqual(ce, [.quit])
        // q inside a field is a letter, not quit.
        s = Fixtures.press([.char("q")], s).0
        XCTAssertTrue(s.isRunning)
    }

    func testEditingAnItemSavesThroughAnEffectAndCanBeUndone() throws {
        var s = try Fixtures.state(now: Fixtures.dayBefore)
        s = Fixtures.press([.down], s).0 // Introduction
        s = Fixtures.press([.char("e")], s).0
        guard case .form(let fs) = s.overlay else { return XCTFail("no form") }
        XCTAssertEqual(fs.form.value("title"), "Introduction")
        XCTAssertEqual(fs.form.value("start"), "09:00")
        s = Fixtures.press([.tab, .tab, .tab], s).0 // to the title
        s = Fixtures.type(": the framework", s)
        var (saved, effects) = Fixtures.press([.ctrl("s")], s)
        guard case .form? = saved.overlay else { return XCTFail("the form closed before the store said it was saved") }
        guard case .applyEvent(let operations, _, _, .edit)? = effects.first,
              case .editItem(let id, let set, let base)? = operations.first else { return XCTFail("no save effect: \(effects)") }
        XCTAssertEqual(id, saved.event.programmeItems[1].id)
        XCTAssertEqual(set.fields, ["title"], "only what the person changed is sent")
        XCTAssertEqual(set["title"], "\"Introduction: the framework\"")
        XCTAssertEqual(base["title"], "\"Introduction\"")
        XCTAssertEqual(saved.event.programmeItems[1].title, "Introduction", "not shown as changed before the store reports it saved")
        saved = Fixtures.settle(saved, effects)
        XCTAssertNil(saved.overlay)
        XCTAssertEqual(saved.event.programmeItems[1].title, "Introduction: the framework")
        XCTAssertEqual(saved.status?.kind, .success)
        XCTAssertEqual(saved.agenda.selected, 1)
        (saved, effects) = Fixtures.press([.char("u")], saved)
        guard case .applyEvent(let inverse, _, _, .undo)? = effects.first, case .editItem(_, let back, let expected)? = inverse.first else { return XCTFail("no undo effect") }
        XCTAssertEqual(back["title"], "\"Introduction\"")
        XCTAssertEqual(expected["title"], "\"Introduction: the framework\"", "undo expects the value this desk set")
        saved = Fixtures.settle(saved, effects)
        XCTAssertEqual(saved.event, try Fixtures.sampleEvent())
        XCTAssertTrue(saved.undoStack.isEmpty)
        XCTAssertEqual(Fixtures.press([.char("u")], saved).0.status?.text.en, "Nothing to undo")
    }

    func testAddingAnItemValidatesTimes() throws {
        var s = try Fixtures.state(now: Fixtures.dayBefore)
        s = Fixtures.press([.char("G"), .char("a")], s).0
        guard case .form(let fs) = s.overlay else { return XCTFail("no form") }
        XCTAssertEqual(fs.form.value("start"), "16:45", "a new item starts when the selected one ends")
        s = Fixtures.press([.tab], s).0
        s = Fixtures.type("16:30", s)
        s = Fixtures.press([.tab], s).0
        guard case .form(let marked) = s.overlay else { return XCTFail() }
        XCTAssertEqual(marked.form.fields[1].error?.en, "the end must be after the start")
        s = Fixtures.press([.backTab, .ctrl("u")], s).0
        s = Fixtures.type("17:15", s)
        s = Fixtures.press([.tab, .char(" "), .char(" "), .char(" "), .char(" "), .tab], s).0 // kind: Panel
        var (next, effects) = Fixtures.press([.ctrl("s")], s)
        guard case .form(let noTitle) = next.overlay else { return XCTFail("saved without a title") }
        XCTAssertEqual(noTitle.form.fields[3].error?.en, "a title is required")
        XCTAssertTrue(effects.isEmpty)
        next = Fixtures.type("Closing drinks", next)
        (next, effects) = Fixtures.press([.ctrl("s")], next)
        next = Fixtures.settle(next, effects)
        let programme = next.event.programme
        XCTAssertEqual(programme.items.count, 12)
        XCTAssertEqual(programme.items.last?.title, "Closing drinks")
        XCTAssertEqual(programme.items.last?.kind, .panel)
        XCTAssertEqual(programme.timeRange(of: 11), "16:45–17:15")
        XCTAssertEqual(next.agenda.selected, 11)
    }

    func testOverlapIsWarnedButSaved() throws {
        var s = try Fixtures.state(now: Fixtures.dayBefore)
        s = Fixtures.press([.char("e"), .tab, .ctrl("u")], s).0
        s = Fixtures.type("09:15", s)
        let (next, effects) = Fixtures.press([.ctrl("s")], s)
        guard case .applyEvent(_, _, let warning, _)? = effects.first else { return XCTFail() }
        XCTAssertNotNil(warning)
        XCTAssertEqual(Fixtures.settle(next, effects).status?.kind, .warning)
    }

    func testCancellingAFormAsksOnlyWhenChanged() throws {
        var s = Fixtures.press([.char("e"), .escape], try Fixtures.state()).0
        XCTAssertNil(s.overlay, "unchanged form closes without a question")
        s = Fixtures.press([.char("e"), .tab, .tab, .tab, .char("x"), .escape], try Fixtures.state()).0
        guard case .confirm(let c)? = s.overlay else { return XCTFail("no question") }
        XCTAssertEqual(c.question.en, "Discard your changes?")
        let back = Fixtures.press([.char("n")], s).0
        guard case .form(let fs)? = back.overlay else { return XCTFail("no way back to the form") }
        XCTAssertTrue(fs.form.isChanged)
        let gone = Fixtures.press([.char("y")], s).0
        XCTAssertNil(gone.overlay)
        XCTAssertEqual(gone.event, try Fixtures.sampleEvent())
    }

    func testDeleteAsksFirstAndMoveKeepsSlots() throws {
        var s = try Fixtures.state(now: Fixtures.dayBefore)
        s = Fixtures.press([.char("d")], s).0
        guard case .confirm? = s.overlay else { return XCTFail("delete did not ask") }
        var (next, effects) = Fixtures.press([.char("n")], s)
        XCTAssertTrue(effects.isEmpty)
        (next, effects) = Fixtures.press([.char("d"), .char("y")], next)
        next = Fixtures.settle(next, effects)
        XCTAssertEqual(next.event.programmeItems.count, 10)
        XCTAssertEqual(next.event.programmeItems.first?.title, "Introduction")

        var m = try Fixtures.state(now: Fixtures.dayBefore)
        m = Fixtures.press([.down, .down], m).0 // Coffee break 10:00–10:30
        (m, effects) = Fixtures.press([.char("K")], m)
        m = Fixtures.settle(m, effects)
        let p = m.event.programme
        XCTAssertEqual(p.items[1].title, "Coffee break")
        XCTAssertEqual(p.timeRange(of: 1), "09:00–09:30")
        XCTAssertEqual(p.timeRange(of: 2), "09:30–10:30")
        XCTAssertEqual(m.agenda.selected, 1, "the moved item stays selected")
    }

    func testFindAndNext() throws {
        var s = try Fixtures.state(now: Fixtures.dayBefore)
        s = Fixtures.press([.char("/")], s).0
        s = Fixtures.type("coffee", s)
        s = Fixtures.press([.enter], s).0
        XCTAssertEqual(s.agenda.selected, 2)
        s = Fixtures.press([.char("n")], s).0
        XCTAssertEqual(s.agenda.selected, 8)
        s = Fixtures.press([.char("n")], s).0
        XCTAssertEqual(s.agenda.selected, 2, "wraps around")
        s = Fixtures.press([.char("N")], s).0
        XCTAssertEqual(s.agenda.selected, 8)
        s = Fixtures.press([.char("/"), .ctrl("u")], s).0
        s = Fixtures.type("mindfulness", s)
        s = Fixtures.press([.enter], s).0
        XCTAssertEqual(s.agenda.selected, 3, "topics are searched too")
        s = Fixtures.press([.char("/"), .ctrl("u")], s).0
        s = Fixtures.type("nothing like this", s)
        s = Fixtures.press([.enter], s).0
        XCTAssertEqual(s.status?.kind, .warning)
    }

    func testStatusMessagesFade() throws {
        var s = Fixtures.press([.char("t")], try Fixtures.state()).0
        XCTAssertNotNil(s.status)
        s = Update.apply(s, .tick(Fixtures.duringWorkshop.addingTimeInterval(1))).0
        XCTAssertNotNil(s.status)
        s = Update.apply(s, .tick(Fixtures.duringWorkshop.addingTimeInterval(5))).0
        XCTAssertNil(s.status)
    }

    func testSaveFailureIsShownAndNothingChanges() throws {
        var s = try Fixtures.state()
        s = Fixtures.press([.char("e"), .tab, .tab, .tab], s).0
        s = Fixtures.type("!", s)
        let (next, effects) = Fixtures.press([.ctrl("s")], s)
        XCTAssertEqual(effects.count, 1)
        let failed = Update.apply(next, .saveFailed("event.json: could not write it: No space left on device")).0
        XCTAssertEqual(failed.status?.kind, .error)
        XCTAssertTrue(failed.status!.text.en.contains("No space left"))
        XCTAssertEqual(failed.event, try Fixtures.sampleEvent())
        XCTAssertTrue(failed.undoStack.isEmpty)
    }

    func testEventSwitcher() throws {
        let a = try Fixtures.sampleEvent(), b = try Fixtures.sampleEvent("alliance-ruptures-2024")
        var s = AppState(event: a, events: [EventSummary(a), EventSummary(b)], now: Fixtures.dayBefore)
        s = Fixtures.press([.char("o")], s).0
        XCTAssertEqual(s.overlay, .switcher(selected: 0))
        let (next, effects) = Fixtures.press([.down, .enter], s)
        XCTAssertEqual(effects, [.openEvent(id: "alliance-ruptures-2024")])
        let opened = Update.apply(next, .eventOpened(b, registeredCount: 0)).0
        XCTAssertEqual(opened.event.id, "alliance-ruptures-2024")
        XCTAssertEqual(opened.agenda.selected, 0)
    }
}

/// A new item lists the speakers the person picks, nobody by default: a copied event's speaker is
/// never added to an item unasked.
final class ItemSpeakersTests: XCTestCase {
    func testANewItemHasNoSpeakerUntilOneIsChosen() throws {
        var s = try Fixtures.state(now: Fixtures.dayBefore)
        s = Fixtures.press([.char("G"), .char("a"), .tab, .ctrl("u")], s).0
        s = Fixtures.type("17:30", s)
        s = Fixtures.press([.tab, .tab], s).0
        s = Fixtures.type("Closing words", s)
        var (saved, effects) = Fixtures.press([.ctrl("s")], s)
        saved = Fixtures.settle(saved, effects)
        XCTAssertEqual(saved.event.programmeItems.first { $0.title == "Closing words" }?.speakerIDs, [])
        // The same with the speaker chosen in the form's last field.
        s = Fixtures.press([.char("G"), .char("a"), .tab, .ctrl("u")], saved).0
        s = Fixtures.type("17:45", s)
        s = Fixtures.press([.tab, .tab], s).0
        s = Fixtures.type("Questions", s)
        guard case .form(var fs)? = s.overlay, let i = fs.form.index(of: "speakers") else { return XCTFail("no speakers field") }
        fs.form.focus = i
        s.overlay = .form(fs)
        s = Fixtures.press([.char(" ")], s).0
        (saved, effects) = Fixtures.press([.ctrl("s")], s)
        saved = Fixtures.settle(saved, effects)
        XCTAssertEqual(saved.event.programmeItems.first { $0.title == "Questions" }?.speakerIDs, [saved.event.speakers[0].id])
        // Editing an item keeps its speakers as they were.
        let safran = saved.event.programmeItems.first { !$0.speakerIDs.isEmpty }!
        let form = ProgrammeItemForm.make(for: safran, event: saved.event, suggestedStart: nil, language: .en)
        XCTAssertEqual(ProgrammeItemForm.chosenSpeakers(form, item: safran, event: saved.event), safran.speakerIDs)
    }
}
