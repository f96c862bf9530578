import FoyerCore

extension CheckInScreen {
    /// The store found the walk-in registered already (`Action.walkInMatched`, decided under the lock;
    /// the registrations are adopted before this is called): the desk is shown that person and asked
    /// whether this is them (the normal check-in path) or a different person (a second look first).
    static func walkInMatched(_ match: WalkInMatch, _ s: inout AppState) {
        s.checkIn.banner = nil
        s.checkIn.question = DeskQuestion(.walkInMatch(match))
        s.say(Catalogue.Desk.notRegisteredAgain(CheckInBand.registeredAlready(match)), .warning)
    }
}
