/// Text for a terminal from data other programs wrote: names, notes and file contents can hold escape
/// sequences, control characters or bidirectional overrides that would steer the terminal or reorder
/// what it shows. Those become "?"; everything else (Å, 漢, emoji) is kept. Files and exports keep
/// the data as it is: this is only for lines a person reads on a terminal.
public enum TerminalText {
    public static func safe(_ text: String) -> String {
        // Plain printable ASCII, line breaks and tabs: nothing to do (the common case, checked bytewise).
        if text.utf8.allSatisfy({ ($0 >= 0x20 && $0 < 0x7F) || $0 == 0x0A || $0 == 0x09 }) { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isSteering(scalar) ? "?" : scalar)
        }
        return String(out)
    }

    /// C0 controls but line feed and tab, DEL, C1 controls (0x9B is a one-byte CSI), and the bidi
    /// embeddings, overrides and isolates.
    static func isSteering(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v == 0x0A || v == 0x09 { return false }
        return v < 0x20 || (0x7F...0x9F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }
}
