extension Catalogue {
    /// Weekday and month names, the one place every date in either language is written from.
    public enum Dates {
        /// Monday first (ISO 8601).
        public static let weekdays: [Phrase] = [
            Phrase(en: "Monday", sv: "måndag"), Phrase(en: "Tuesday", sv: "tisdag"), Phrase(en: "Wednesday", sv: "onsdag"),
            Phrase(en: "Thursday", sv: "torsdag"), Phrase(en: "Friday", sv: "fredag"), Phrase(en: "Saturday", sv: "lördag"),
            Phrase(en: "Sunday", sv: "söndag"),
        ]
        public static let shortWeekdays: [Phrase] = [
            Phrase(en: "Mon", sv: "mån"), Phrase(en: "Tue", sv: "tis"), Phrase(en: "Wed", sv: "ons"), Phrase(en: "Thu", sv: "tors"),
            Phrase(en: "Fri", sv: "fre"), Phrase(en: "Sat", sv: "lör"), Phrase(en: "Sun", sv: "sön"),
        ]
        public static let months: [Phrase] = [
            Phrase(en: "January", sv: "januari"), Phrase(en: "February", sv: "februari"), Phrase(en: "March", sv: "mars"),
            Phrase(en: "April", sv: "april"), Phrase(en: "May", sv: "maj"), Phrase(en: "June", sv: "juni"),
            Phrase(en: "July", sv: "juli"), Phrase(en: "August", sv: "augusti"), Phrase(en: "September", sv: "september"),
            Phrase(en: "October", sv: "oktober"), Phrase(en: "November", sv: "november"), Phrase(en: "December", sv: "december"),
        ]
        /// As Swedish style guides (and CLDR) abbreviate: a full stop only where letters were left out.
        public static let shortMonths: [Phrase] = [
            Phrase(en: "Jan", sv: "jan."), Phrase(en: "Feb", sv: "feb."), Phrase(en: "Mar", sv: "mars"), Phrase(en: "Apr", sv: "apr."),
            Phrase(en: "May", sv: "maj"), Phrase(en: "Jun", sv: "juni"), Phrase(en: "Jul", sv: "juli"), Phrase(en: "Aug", sv: "aug."),
            Phrase(en: "Sep", sv: "sep."), Phrase(en: "Oct", sv: "okt."), Phrase(en: "Nov", sv: "nov."), Phrase(en: "Dec", sv: "dec."),
        ]
    }
}
