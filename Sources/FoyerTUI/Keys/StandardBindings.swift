import FoyerCore

/// The app's rows of the key table (calcurse's one table of actions): every key the app reads, in
/// every context, with the words help and the status line use. The tabs' keys (1–4, F2–F5) are made
/// from the registered panes (`Screens`); nothing else anywhere names a key.
private typealias K = Catalogue.Keys
private typealias D = Catalogue.Keys.Desk
private typealias G = Catalogue.Keys.Dialogs
private typealias E = Catalogue.Keys.Editing

extension KeyTable {
    static let appBindings: [KeyBinding] = [
        // Everywhere
        .init(.help, [.char("?"), .function(1)], K.Global.help, .global, hint: K.help),
        .init(.nextPane, [.tab], K.Global.nextPane, .global, hint: K.Global.panesHint),
        .init(.previousPane, [.backTab], K.Global.previousPane, .global),
        .init(.switchEvent, [.char("o")], K.Global.switchEvent, .global),
        .init(.quit, [.char("q")], K.Global.quit, .global, hint: K.quit),
        .init(.forceQuit, [.ctrl("c")], K.Global.forceQuit, .global),
        .init(.redraw, [.ctrl("l")], K.Global.redraw, .global),
        .init(.switchLanguage, [.function(8)], Catalogue.Keys.switchLanguage, .global),

        // Agenda
        .init(.moveUp, [.up, .char("k")], K.Agenda.moveUp, .agenda),
        .init(.moveDown, [.down, .char("j")], K.Agenda.moveDown, .agenda),
        .init(.pageUp, [.pageUp], K.pageUp, .agenda),
        .init(.pageDown, [.pageDown, .char(" ")], K.pageDown, .agenda),
        .init(.first, [.home, .char("g")], K.Agenda.first, .agenda),
        .init(.last, [.end, .char("G")], K.Agenda.last, .agenda),
        .init(.openDetail, [.enter], K.Agenda.openDetail, .agenda, hint: K.details),
        .init(.toggleTopics, [.char("t")], K.Agenda.toggleTopics, .agenda, hint: K.Agenda.topicsHint),
        .init(.jumpToNow, [.char(".")], K.Agenda.jumpToNow, .agenda),
        .init(.toggleInfo, [.char("i")], K.Agenda.toggleInfo, .agenda, hint: K.Agenda.infoHint),
        .init(.editEventDetails, [.char("E")], K.Agenda.editEventDetails, .agenda),
        .init(.showEventList(.contacts), [.char("C")], K.Agenda.contacts, .agenda),
        .init(.showEventList(.speakers), [.char("S")], K.Agenda.speakers, .agenda),
        .init(.showEventList(.objectives), [.char("O")], K.Agenda.objectives, .agenda),
        .init(.find, [.char("/")], K.Agenda.find, .agenda, hint: K.Agenda.findHint),
        .init(.findNext, [.char("n")], K.Agenda.findNext, .agenda),
        .init(.findPrevious, [.char("N")], K.Agenda.findPrevious, .agenda),
        .init(.addItem, [.char("a")], K.Agenda.addItem, .agenda),
        .init(.editItem, [.char("e")], K.Agenda.editItem, .agenda, hint: K.edit),
        .init(.deleteItem, [.char("d"), .delete], K.Agenda.deleteItem, .agenda),
        .init(.moveItemUp, [.char("K")], K.Agenda.moveItemUp, .agenda),
        .init(.moveItemDown, [.char("J")], K.Agenda.moveItemDown, .agenda),
        .init(.undo, [.char("u"), .ctrl("z")], K.undoTheLastProgrammeEdit, .agenda),
        .init(.importFile, [.char("I")], K.Agenda.importFile, .agenda),
        .init(.back, [.escape], K.Agenda.back, .agenda),

        // Registrants
        .init(.moveUp, [.up, .char("k")], K.Registrants.moveUp, .registrants),
        .init(.moveDown, [.down, .char("j")], K.Registrants.moveDown, .registrants),
        .init(.pageUp, [.pageUp], K.pageUp, .registrants),
        .init(.pageDown, [.pageDown], K.pageDown, .registrants),
        .init(.first, [.home, .char("g")], K.Registrants.first, .registrants),
        .init(.last, [.end, .char("G")], K.Registrants.last, .registrants),
        .init(.find, [.char("/")], K.Registrants.find, .registrants, hint: K.Registrants.searchHint),
        .init(.newRegistrant, [.char("a"), .char("n")], K.Registrants.newRegistrant, .registrants, hint: K.Registrants.newHint),
        .init(.editRegistrant, [.char("e")], K.editTheRegistration, .registrants, hint: K.edit),
        .init(.openDetail, [.enter], K.Registrants.openDetail, .registrants, hint: K.details),
        .init(.cycleSort, [.char("s")], K.Registrants.cycleSort, .registrants, hint: K.Registrants.sortHint),
        .init(.cycleFilter, [.char("f")], K.Registrants.cycleFilter, .registrants, hint: K.Registrants.filterHint),
        .init(.cycleFilterBack, [.char("F")], K.Registrants.cycleFilterBack, .registrants),
        .init(.recordPayment, [.char("m"), .char("$")], K.Registrants.recordPayment, .registrants, hint: K.Registrants.moneyHint),
        .init(.issueReceipt, [.char("R")], K.Registrants.issueReceipt, .registrants),
        .init(.cancelRegistration, [.char("c")], K.Registrants.cancelRegistration, .registrants),
        .init(.restoreRegistration, [.char("r")], K.Registrants.restoreRegistration, .registrants),
        .init(.promoteSelected, [.char("p")], K.Registrants.promoteSelected, .registrants),
        .init(.promoteFirst, [.char("P")], K.Registrants.promoteFirst, .registrants),
        .init(.deleteRegistration, [.char("D")], K.Registrants.deleteRegistration, .registrants),
        .init(.undo, [.char("u"), .ctrl("z")], K.Registrants.undo, .registrants),
        .init(.importFile, [.char("I")], K.Registrants.importFile, .registrants),
        .init(.back, [.escape], K.Registrants.back, .registrants),

        // Fees
        .init(.moveUp, [.up, .char("k")], K.Fees.moveUp, .fees),
        .init(.moveDown, [.down, .char("j")], K.Fees.moveDown, .fees),
        .init(.pageUp, [.pageUp], K.scrollUp, .fees),
        .init(.pageDown, [.pageDown, .char(" ")], K.scrollDown, .fees),
        .init(.addCategory, [.char("a")], K.Fees.addCategory, .fees, hint: K.add),
        .init(.editCategory, [.char("e"), .enter], K.Fees.editCategory, .fees, hint: K.edit),
        .init(.retireCategory, [.char("x")], K.Fees.retireCategory, .fees, hint: K.Fees.retireHint),
        .init(.undo, [.char("u"), .ctrl("z")], K.Fees.undo, .fees),

        // Check-in: the search field always has the letters; these are the other keys.
        .init(.checkInSelected, [.enter], D.checkIn, .checkIn, hint: D.checkInHint),
        .init(.moveUp, [.up], D.moveUp, .checkIn),
        .init(.moveDown, [.down], D.moveDown, .checkIn),
        .init(.back, [.escape], D.back, .checkIn, hint: D.clearHint),
        .init(.walkIn, [.ctrl("n"), .function(6)], D.walkIn, .checkIn, hint: D.walkInHint),
        .init(.undoCheckIn, [.ctrl("x"), .function(9)], D.undoCheckIn, .checkIn, hint: D.undoCheckInHint),

        // Taking a payment at check-in: a method's key shows what will be taken, Enter takes it. A key
        // that is no answer (the next name typed too early) is never taken for one.
        .init(.chooseMethod(.card), [.char("c")], D.card, .checkInPayment, hint: D.card),
        .init(.chooseMethod(.swish), [.char("s")], D.swish, .checkInPayment, hint: D.swish),
        .init(.chooseMethod(.cash), [.char("k")], D.cash, .checkInPayment, hint: D.cashHint),
        .init(.payLater, [.char("l")], D.payLater, .checkInPayment, hint: D.laterHint),
        .init(.checkInSelected, [.enter], D.takeAndCheckIn, .checkInPayment, hint: K.confirm),
        .init(.back, [.escape], D.notCheckedIn, .checkInPayment, hint: K.back),
        .init(.help, [.function(1)], K.help, .checkInPayment),

        // Checking the proof a reduced category needs, before anything is recorded
        .init(.confirm, [.char("y")], D.idSeen, .checkID, hint: D.idSeenHint),
        .init(.refuse, [.char("n")], D.noID, .checkID, hint: D.noIDHint),
        .init(.checkInSelected, [.enter], K.doWhatTheSummarySays, .checkID, hint: K.confirm),
        .init(.back, [.escape], D.backNothingRecorded, .checkID, hint: K.back),
        .init(.help, [.function(1)], K.help, .checkID),

        // A walk-in's summary: nothing is saved or taken before Enter
        .init(.checkInSelected, [.enter], D.registerAndCheckIn, .walkInSummary, hint: K.confirm),
        .init(.back, [.escape], D.backToWalkInForm, .walkInSummary, hint: K.backToTheFormHint),
        .init(.help, [.function(1)], K.help, .walkInSummary),

        // A walk-in the store found registered already
        .init(.thisIsThem, [.char("t")], D.thisIsThem, .walkInMatch, hint: D.thisIsThemHint),
        .init(.differentPerson, [.char("d")], D.differentPerson, .walkInMatch, hint: D.differentPersonHint),
        .init(.checkInSelected, [.enter], K.doWhatTheSummarySays, .walkInMatch, hint: K.confirm),
        .init(.back, [.escape], K.backToSearchNothingSaved, .walkInMatch, hint: K.back),
        .init(.help, [.function(1)], K.help, .walkInMatch),
        .init(.confirm, [.char("y")], D.anotherPerson, .walkInSecondLook, hint: D.anotherPersonHint),
        .init(.checkInSelected, [.enter], K.doWhatTheSummarySays, .walkInSecondLook, hint: K.confirm),
        .init(.back, [.escape], K.backToSearchNothingSaved, .walkInSecondLook, hint: K.back),
        .init(.help, [.function(1)], K.help, .walkInSecondLook),

        // Import preview
        .init(.apply, [.char("y")], G.importWhatIsShown, .preview, hint: G.importHint),
        .init(.cancel, [.char("n"), .escape], K.importNothing, .preview, hint: G.nothingHint),
        .init(.moveUp, [.up, .char("k")], K.scrollUp, .preview),
        .init(.moveDown, [.down, .char("j")], K.scrollDown, .preview),
        .init(.pageUp, [.pageUp], K.pageUp, .preview),
        .init(.pageDown, [.pageDown, .char(" ")], K.pageDown, .preview),

        // Repricing
        .init(.confirm, [.char("y")], G.moveUnpaid, .reprice, hint: G.moveThemHint),
        .init(.keepPrice, [.char("n"), .enter], G.keepPrice, .reprice, hint: G.keepPriceHint),
        .init(.cancel, [.escape], K.backToTheForm, .reprice, hint: K.back),

        // A save that met another desk's change to the same fields
        .init(.moveUp, [.up, .char("k")], K.previousField, .conflict),
        .init(.moveDown, [.down, .char("j")], K.nextField, .conflict),
        .init(.keepTheirs, [.char("t"), .left], G.keepTheirs, .conflict, hint: G.theirsHint),
        .init(.keepMine, [.char("m"), .right], G.keepMine, .conflict, hint: G.mineHint),
        .init(.submitField, [.enter, .ctrl("s")], G.saveWhenDecided, .conflict, hint: K.save),
        .init(.cancel, [.escape], G.backNothingSavedYet, .conflict, hint: K.back),
        .init(.addAgain, [.char("a")], G.addAgain, .deletedConflict, hint: G.addAgainHint),
        .init(.cancel, [.escape], G.leaveDeleted, .deletedConflict, hint: G.leaveItHint),

        // The event's lists
        .init(.moveUp, [.up, .char("k")], G.previousEntry, .eventList),
        .init(.moveDown, [.down, .char("j")], G.nextEntry, .eventList),
        .init(.addItem, [.char("a")], G.addEntry, .eventList, hint: K.add),
        .init(.editItem, [.char("e"), .enter], G.editEntry, .eventList, hint: K.edit),
        .init(.deleteItem, [.char("d"), .delete], G.deleteEntry, .eventList, hint: G.deleteHint),
        .init(.moveItemUp, [.char("K")], G.entryUp, .eventList, hint: G.upHint),
        .init(.moveItemDown, [.char("J")], G.entryDown, .eventList, hint: G.downHint),
        .init(.back, [.escape], G.closeList, .eventList, hint: K.close),

        // A new first day with a programme
        .init(.confirm, [.char("y"), .enter], G.moveProgramme, .dateMove, hint: G.moveItHint),
        .init(.keepPrice, [.char("n")], G.leaveItems, .dateMove, hint: G.leaveItHint),
        .init(.cancel, [.escape], K.backToTheForm, .dateMove, hint: K.back),

        // Forms
        .init(.nextField, [.tab, .down], K.nextField, .form, hint: K.nextField),
        .init(.previousField, [.backTab, .up], K.previousField, .form),
        .init(.save, [.ctrl("s")], K.save, .form, hint: K.save),
        .init(.submitField, [.enter], G.submitOrSave, .form),
        .init(.cancel, [.escape], G.cancelForm, .form, hint: K.cancel),
        .init(.cycleChoice, [.char(" ")], G.cycleChoice, .form),

        // Questions
        .init(.confirm, [.char("y"), .char("Y")], Catalogue.Common.yes, .dialog, hint: Catalogue.Common.yes),
        .init(.cancel, [.char("n"), .char("N"), .escape], Catalogue.Common.no, .dialog, hint: Catalogue.Common.no),

        // A possible duplicate, found on saving a registration
        .init(.openExisting, [.char("o")], G.openExisting, .duplicate, hint: G.openItHint),
        .init(.saveAnyway, [.char("s")], G.saveAnyway, .duplicate, hint: G.saveAnywayHint),
        .init(.cancel, [.escape, .char("n"), .char("N")], K.backToTheFormHint, .duplicate, hint: K.backToTheFormHint),

        // Deleting for good: the code is typed, Enter deletes
        .init(.submitField, [.enter], G.deleteIfCode, .typedConfirm, hint: G.deletesHint),
        .init(.cancel, [.escape], G.keepRegistration, .typedConfirm, hint: G.keepsItHint),

        // Why a check-in is undone
        .init(.submitField, [.enter], G.undoWithReason, .reason, hint: G.undoesItHint),
        .init(.cancel, [.escape], G.keepCheckIn, .reason, hint: G.keepsCheckInHint),

        // Which file to import
        .init(.submitField, [.enter], G.previewFile, .importPath, hint: G.previewsHint),
        .init(.cancel, [.escape], K.importNothing, .importPath, hint: K.cancels),

        // The registrants' search field
        .init(.submitField, [.enter, .down, .tab], K.Registrants.toTheList, .registrantSearch, hint: K.Registrants.toTheListHint),
        .init(.cancel, [.escape], K.Registrants.clearTheSearch, .registrantSearch, hint: K.Registrants.clearTheSearch),

        // One registrant shown in full (the registrants pane's keys work on them too)
        .init(.back, [.escape], K.Registrants.backToTheList, .registrantDetail, hint: K.back),
        .init(.editRegistrant, [.char("e")], K.editTheRegistration, .registrantDetail, hint: K.edit),
        .init(.moveDown, [.down, .char("j")], K.scrollDown, .registrantDetail, hint: K.scrollHint),
        .init(.moveUp, [.up, .char("k")], K.scrollUp, .registrantDetail),
        .init(.openDetail, [.enter], K.Registrants.backToTheList, .registrantDetail),

        // Reading an item's details or the event information in the agenda
        .init(.back, [.escape], K.Agenda.backToProgramme, .agendaReading, hint: K.back),
        .init(.moveDown, [.down, .char("j")], K.scrollDown, .agendaReading, hint: K.scrollHint),

        // Find prompt
        .init(.submitField, [.enter], G.find, .prompt, hint: G.findsHint),
        .init(.cancel, [.escape], K.cancel, .prompt, hint: K.cancels),

        // The event switcher
        .init(.moveUp, [.up, .char("k")], G.previousEvent, .switcher),
        .init(.moveDown, [.down, .char("j")], G.nextEvent, .switcher),
        .init(.submitField, [.enter], G.openEvent, .switcher, hint: K.open),
        .init(.cancel, [.escape, .char("q"), .char("o")], G.keepEvent, .switcher, hint: K.cancel),

        // Help
        .init(.closeHelp, [.escape, .char("?"), .char("q"), .function(1)], G.closeHelp, .help, hint: K.close),
        .init(.moveUp, [.up, .char("k")], K.scrollUp, .help),
        .init(.moveDown, [.down, .char("j")], K.scrollDown, .help),
        .init(.pageUp, [.pageUp], K.pageUp, .help),
        .init(.pageDown, [.pageDown, .char(" ")], K.pageDown, .help),
        .init(.first, [.home, .char("g")], G.toTheTop, .help),
        .init(.last, [.end, .char("G")], G.toTheEnd, .help),

        // The welcome of an empty data directory
        .init(.moveUp, [.up, .char("k")], G.previousChoice, .welcome),
        .init(.moveDown, [.down, .char("j")], G.nextChoice, .welcome),
        .init(.submitField, [.enter], G.doWhatIsChosen, .welcome, hint: K.open),
        .init(.cancel, [.escape, .char("q")], K.quit, .welcome, hint: K.cancel),
        .init(.switchLanguage, [.function(8)], K.switchLanguage, .welcome, hint: Catalogue.Shell.otherLanguage),

        // In a one-line field
        .init(.edit(.left), [.left], E.characterBack, .lineEditing),
        .init(.edit(.right), [.right], E.characterOn, .lineEditing),
        .init(.edit(.lineStart), [.home, .ctrl("a")], E.toTheStart, .lineEditing),
        .init(.edit(.lineEnd), [.end, .ctrl("e")], E.toTheEnd, .lineEditing),
        .init(.edit(.deleteBackward), [.backspace, .ctrl("h")], E.deleteBefore, .lineEditing),
        .init(.edit(.deleteForward), [.delete, .ctrl("d")], E.deleteAfter, .lineEditing),
        .init(.edit(.cutToEnd), [.ctrl("k")], E.cutToEnd, .lineEditing),
        .init(.edit(.cutToStart), [.ctrl("u")], E.cutToStart, .lineEditing),
        .init(.edit(.cutWord), [.ctrl("w")], E.cutWord, .lineEditing),

        // In a text of several lines
        .init(.edit(.newline), [.enter], E.newLine, .textEditing),
        .init(.edit(.left), [.left], E.characterBack, .textEditing),
        .init(.edit(.right), [.right], E.characterOn, .textEditing),
        .init(.edit(.wordBack), [.ctrl("b")], E.wordBack, .textEditing),
        .init(.edit(.wordForward), [.ctrl("f")], E.wordOn, .textEditing),
        .init(.edit(.rowUp), [.up], E.rowUp, .textEditing),
        .init(.edit(.rowDown), [.down], E.rowDown, .textEditing),
        .init(.edit(.pageUp), [.pageUp], E.pageUp, .textEditing),
        .init(.edit(.pageDown), [.pageDown], E.pageDown, .textEditing),
        .init(.edit(.lineStart), [.home, .ctrl("a")], E.rowStart, .textEditing),
        .init(.edit(.lineEnd), [.end, .ctrl("e")], E.rowEnd, .textEditing),
        .init(.edit(.deleteBackward), [.backspace, .ctrl("h")], E.deleteBefore, .textEditing),
        .init(.edit(.deleteForward), [.delete, .ctrl("d")], E.deleteAfter, .textEditing),
        .init(.edit(.cutToEnd), [.ctrl("k")], E.cutToLineEnd, .textEditing),
        .init(.edit(.cutToStart), [.ctrl("u")], E.cutToLineStart, .textEditing),
        .init(.edit(.cutWord), [.ctrl("w")], E.cutWord, .textEditing),

        // In a choice
        .init(.edit(.nextChoice), [.char(" "), .right], E.nextChoice, .choiceField),
        .init(.edit(.previousChoice), [.left], E.previousChoice, .choiceField),
    ]

    /// The tabs' keys: the pane's number (1–9) and F2 onwards, in the order of the tabs.
    static func tabBindings(_ panes: [Pane]) -> [KeyBinding] {
        panes.enumerated().map { i, pane in
            KeyBinding(.showPane(pane), (i < 9 ? [.char(Character(String(i + 1)))] : []) + [.function(i + 2)], pane.title, .global)
        }
    }
}
