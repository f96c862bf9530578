/// Dates in words, in both languages, from the catalogue's names (never the machine's locale, which may
/// not be installed): "Thursday 19 March 2009" / "torsdag 19 mars 2009", "26 Feb 2009" / "26 feb. 2009".
public enum DateText {
    public static func weekday(_ d: LocalDate) -> Phrase { Catalogue.Dates.weekdays[d.isoWeekday - 1] }
    public static func shortWeekday(_ d: LocalDate) -> Phrase { Catalogue.Dates.shortWeekdays[d.isoWeekday - 1] }
    public static func month(_ d: LocalDate) -> Phrase { Catalogue.Dates.months[d.month - 1] }

    /// "Thursday 19 March 2009" / "torsdag 19 mars 2009"
    public static func long(_ d: LocalDate) -> Phrase {
        let w = weekday(d), m = month(d)
        return Phrase(en: "\(w.en) \(d.day) \(m.en) \(d.year)", sv: "\(w.sv) \(d.day) \(m.sv) \(d.year)")
    }
    /// "19 Mar 2009" / "19 mars 2009", "26 feb. 2009"
    public static func short(_ d: LocalDate) -> Phrase {
        let m = Catalogue.Dates.shortMonths[d.month - 1]
        return Phrase(en: "\(d.day) \(m.en) \(d.year)", sv: "\(d.day) \(m.sv) \(d.year)")
    }
    /// "Thu 19 Mar" / "tors 19 mars": a day of a multi-day event, where the year goes without saying.
    public static func day(_ d: LocalDate) -> Phrase {
        let w = shortWeekday(d), m = Catalogue.Dates.shortMonths[d.month - 1]
        return Phrase(en: "\(w.en) \(d.day) \(m.en)", sv: "\(w.sv) \(d.day) \(m.sv)")
    }
}
