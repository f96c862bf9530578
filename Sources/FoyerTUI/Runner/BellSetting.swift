import Foundation

/// Whether the terminal's bell rings for a refusal at the desk: on, unless `foyer --no-bell` or
/// FOYER_BELL says off (a quiet hall, or a desk where the bell startles more than it helps).
public enum BellSetting {
    /// The words FOYER_BELL may say for off, in any case; anything else (or nothing) leaves it on.
    public static let offWords: Set<String> = ["off", "0", "no", "false"]

    public static func isOn(noBell: Bool, environment: [String: String]) -> Bool {
        guard !noBell else { return false }
        let value = environment["FOYER_BELL"]?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        return !offWords.contains(value)
    }
}
