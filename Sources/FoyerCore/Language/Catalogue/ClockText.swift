import Foundation

extension Catalogue {
    /// Desks whose clocks disagree (`ClockSkew`): in `foyer validate` and in a desk's header.
    public enum Clock {
        /// "desk B" or "desk B (bo)": the Unix account where the journal recorded it.
        public static func desk(_ desk: ClockSkew.Desk) -> Phrase {
            guard let user = desk.user, !user.isEmpty else { return Phrase(en: "desk \(desk.name)", sv: "disk \(desk.name)") }
            return Phrase(en: "desk \(desk.name) (\(user))", sv: "disk \(desk.name) (\(user))")
        }

        /// "4 min", "2 h 5 min": how far a clock is off, in whole minutes.
        public static func offBy(_ seconds: TimeInterval) -> Phrase {
            let minutes = Int((seconds / 60).rounded())
            if minutes < 60 { return Phrase(en: "\(minutes) min", sv: "\(minutes) min") }
            let rest = minutes % 60
            if rest == 0 { return Phrase(en: "\(minutes / 60) h", sv: "\(minutes / 60) tim") }
            return Phrase(en: "\(minutes / 60) h \(rest) min", sv: "\(minutes / 60) tim \(rest) min")
        }

        public static func deskBehind(_ finding: ClockSkew.Finding, file: String) -> Phrase {
            let slow = Self.desk(finding.desk), ahead = Self.desk(finding.ahead), off = offBy(finding.seconds)
            return Phrase(
                en: "the clock of \(slow.en) runs about \(off.en) behind that of \(ahead.en) (\(file), change no. \(finding.seq) is stamped \(off.en) before a line \(ahead.en) wrote earlier); one of the two is wrong, and the history and the arrivals chart show its times as they were stamped: set the machine's clock right",
                sv: "klockan på \(slow.sv) går ungefär \(off.sv) efter den på \(ahead.sv) (\(file), ändring nr \(finding.seq) har en tid \(off.sv) före en rad som \(ahead.sv) skrev tidigare); en av dem går fel, och historiken och ankomstdiagrammet visar tiderna som de stämplades: ställ maskinens klocka rätt")
        }

        /// The header of a desk whose clock is behind: short, it shares the line with the tabs.
        public static func headerBehind(_ seconds: TimeInterval) -> Phrase {
            let off = offBy(seconds)
            return Phrase(en: "clock \(off.en) slow?", sv: "klockan \(off.sv) efter?")
        }

        public static let headerSlow = Phrase(en: "clock slow?", sv: "klockan efter?")

        /// Said once in the status line when a desk finds its clock behind.
        public static func statusBehind(_ seconds: TimeInterval, ahead: ClockSkew.Desk) -> Phrase {
            let other = Self.desk(ahead), off = offBy(seconds)
            return Phrase(
                en: "This machine's clock is about \(off.en) behind \(other.en)'s: times will be off. Set the wrong clock right.",
                sv: "Klockan här går ungefär \(off.sv) efter den på \(other.sv): tiderna blir fel. Ställ rätt den klocka som går fel.")
        }
    }
}
