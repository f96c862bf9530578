extension Catalogue.Keys {
    /// The check-in pane's keys and its questions' answers.
    public enum Desk {
        public static let checkIn = Phrase(en: "check in the chosen person (unpaid: take the payment first)", sv: "checka in den valda personen (obetald: ta betalt först)")
        public static let checkInHint = Phrase(en: "check in", sv: "checka in")
        public static let moveUp = Phrase(en: "choose the previous match", sv: "välj föregående träff")
        public static let moveDown = Phrase(en: "choose the next match", sv: "välj nästa träff")
        public static let back = Phrase(en: "clear the search and the result", sv: "rensa sökningen och resultatet")
        public static let clearHint = Phrase(en: "clear", sv: "rensa")
        public static let walkIn = Phrase(en: "walk-in: register, take payment and check in", sv: "anmälan på plats: anmäl, ta betalt och checka in")
        public static let walkInHint = Phrase(en: "walk-in", sv: "på plats")
        public static let undoCheckIn = Phrase(en: "undo the chosen person's check-in (asks why)", sv: "ångra den valda personens incheckning (frågar varför)")
        public static let undoCheckInHint = Phrase(en: "undo check-in", sv: "ångra")

        // Taking a payment
        public static let card = Phrase(en: "card", sv: "kort")
        public static let swish = Phrase(verbatim: "Swish")
        public static let cash = Phrase(en: "cash (kontant)", sv: "kontant")
        public static let cashHint = Phrase(en: "cash", sv: "kontant")
        public static let payLater = Phrase(en: "check in now, pay later (invoice): the debt is shown", sv: "checka in nu, betala senare (faktura): skulden visas")
        public static let laterHint = Phrase(en: "later", sv: "senare")
        public static let takeAndCheckIn = Phrase(en: "do what the summary says: take the amount and check in", sv: "gör det som sammanfattningen säger: ta betalt och checka in")
        public static let notCheckedIn = Phrase(en: "do not check in: back to the search, nothing taken", sv: "checka inte in: tillbaka till sökningen, inget betalt")

        // Checking an ID
        public static let idSeen = Phrase(en: "the ID was shown", sv: "legitimationen visades")
        public static let idSeenHint = Phrase(en: "ID seen", sv: "leg. visad")
        public static let noID = Phrase(en: "no ID: not admitted at this price (nothing is recorded)", sv: "ingen legitimation: inte insläppt till det här priset (inget sparas)")
        public static let noIDHint = Phrase(en: "no ID", sv: "ingen leg.")
        public static let backNothingRecorded = Phrase(en: "back to the search (nothing is recorded)", sv: "tillbaka till sökningen (inget sparas)")

        // A walk-in
        public static let registerAndCheckIn = Phrase(en: "register, take the money as shown and check in", sv: "anmäl, ta betalt enligt sammanfattningen och checka in")
        public static let backToWalkInForm = Phrase(en: "back to the walk-in form (nothing is saved)", sv: "tillbaka till formuläret (inget sparas)")
        public static let thisIsThem = Phrase(en: "this is them: check them in as registered (no second registration)", sv: "samma person: checka in enligt anmälan (ingen ny anmälan)")
        public static let thisIsThemHint = Phrase(en: "this is them", sv: "samma person")
        public static let differentPerson = Phrase(en: "a different person: look again before registering them", sv: "en annan person: titta en gång till innan hen anmäls")
        public static let differentPersonHint = Phrase(en: "a different person", sv: "en annan person")
        public static let anotherPerson = Phrase(en: "yes, another person: register, take the money and check in", sv: "ja, en annan person: anmäl, ta betalt och checka in")
        public static let anotherPersonHint = Phrase(en: "yes, register", sv: "ja, anmäl")
    }
}
