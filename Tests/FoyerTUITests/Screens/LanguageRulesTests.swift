import XCTest
import FoyerCore
@testable import FoyerTUI

/// The catalogue is complete and is the only place words are: every entry has English and Swedish, with
/// the same values interpolated, and no source outside the catalogue holds a user-facing English literal
/// (data, field names and ids are told apart by shape, and by the allow-list beside this file).
final class LanguageRulesTests: XCTestCase {
    func testEveryCatalogueEntryHasBothLanguages() throws {
        var problems: [String] = []
        for (path, lines) in try SourceFiles.swift(under: "Sources/FoyerCore/Language/Catalogue") {
            let text = lines.joined(separator: "\n")
            for entry in SwiftLiterals.phraseEntries(in: text) {
                let at = "\(path):\(entry.line)"
                guard let en = entry.en, let sv = entry.sv else { problems.append("\(at): an entry without both en: and sv:"); continue }
                if en.text.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(at): English is empty") }
                if sv.text.trimmingCharacters(in: .whitespaces).isEmpty { problems.append("\(at): Swedish is empty") }
                func value(_ name: String, _ suffix: String) -> String { name.hasSuffix(suffix) ? String(name.dropLast(suffix.count)) : name } // date.en ~ date.sv
                if en.interpolations.map({ value($0, ".en") }).sorted() != sv.interpolations.map({ value($0, ".sv") }).sorted() {
                    problems.append("\(at): the languages interpolate different values: \(en.interpolations) / \(sv.interpolations)")
                }
            }
        }
        XCTAssertEqual(problems, [])
    }

    /// A word of the app in a literal outside the catalogue: a sentence ("registration closed"), or a
    /// capitalised word ("Agenda"). Ids, field names, file names, flags and formats are not words.
    func testNoUserFacingLiteralOutsideTheCatalogue() throws {
        let allowed = try LanguageAllowList.load()
        var found: [String] = []
        for folder in ["Sources/FoyerCore", "Sources/FoyerTUI", "Sources/foyer"] {
            for (path, lines) in try SourceFiles.swift(under: folder) where !path.contains("/Language/Catalogue/") {
                if allowed.files.contains(path) { continue }
                if allowed.pending.contains(where: { path.hasPrefix($0) }) { continue }
                for literal in SwiftLiterals.literals(in: lines.joined(separator: "\n")) where SwiftLiterals.isWords(literal.text) {
                    let line = lines[literal.line - 1]
                    if SwiftLiterals.isProgrammerOnly(line) { continue }
                    if allowed.literals.contains("\(path): \(literal.text)") { continue }
                    found.append("\(path):\(literal.line): \(literal.text)")
                }
            }
        }
        if ProcessInfo.processInfo.environment["FOYER_LITERALS_REPORT"] != nil {
            var byFolder: [String: Int] = [:]
            for f in found { byFolder[f.split(separator: "/").prefix(4).joined(separator: "/"), default: 0] += 1 }
            print(byFolder.sorted { $0.key < $1.key }.map { "\($0.value)\t\($0.key)" }.joined(separator: "\n"))
        }
        XCTAssertEqual(found, [], "\(found.count) user-facing literals outside the catalogue")
    }

    func testTheScannerFindsLiteralsAndTellsWordsFromData() {
        let source = #"""
        let a = "Agenda" // "not this"
        let b = "registration closed \(DateText.short(d)[l]) today"
        let c = "firstName"; let d = "--event"; let e = "event.json"
        /* "nor this" */ let f = #"raw "quoted" text"#
        """#
        let found = SwiftLiterals.literals(in: source).map(\.text)
        XCTAssertEqual(found, ["Agenda", "registration closed   today", "firstName", "--event", "event.json", #"raw "quoted" text"#])
        XCTAssertEqual(found.filter(SwiftLiterals.isWords), ["Agenda", "registration closed   today", #"raw "quoted" text"#])
        let entries = SwiftLiterals.phraseEntries(in: #"static let x = Phrase(en: "At \(t) desk \(d)", sv: "Kl. \(t) vid disk \(d)")"#)
        XCTAssertEqual(entries.first?.en?.interpolations, ["t", "d"])
        XCTAssertEqual(entries.first?.sv?.interpolations, ["t", "d"])
    }
}

/// Files and literals that are data, not words of the app (`LanguageAllowList.txt` beside this file):
/// a line `path` allows a whole file (generated names), `path: literal` one literal.
struct LanguageAllowList {
    var files: Set<String> = []
    var literals: Set<String> = []
    /// Folders whose words are still moving into the catalogue ("pending: Sources/foyer/"): skipped
    /// here until their move is done.
    var pending: [String] = []

    static func load() throws -> LanguageAllowList {
        let url = Fixtures.packageRoot.appendingPathComponent("Tests/FoyerTUITests/Screens/LanguageAllowList.txt")
        var list = LanguageAllowList()
        for raw in try String(contentsOf: url, encoding: .utf8).components(separatedBy: "\n") {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("pending: ") { list.pending.append(String(line.dropFirst("pending: ".count))) }
            else if line.contains(": ") { list.literals.insert(line) } else { list.files.insert(line) }
        }
        return list
    }
}

/// A small scanner of Swift string literals, enough for the rules above: comments skipped, raw and
/// multi-line strings read, interpolations (with strings of their own inside) cut out and named.
enum SwiftLiterals {
    struct Literal { var line: Int; var text: String; var interpolations: [String] }
    struct Entry { var line: Int; var en: Literal?; var sv: Literal? }

    static func literals(in source: String) -> [Literal] { scan(Array(source.unicodeScalars)).literals }

    /// `Phrase(en: "…", sv: "…")` entries, each with its two literals.
    static func phraseEntries(in source: String) -> [Entry] {
        let scanned = scan(Array(source.unicodeScalars))
        var out: [Entry] = []
        for (i, l) in scanned.literals.enumerated() where scanned.labels[i] == "en" {
            let sv = i + 1 < scanned.literals.count && scanned.labels[i + 1] == "sv" ? scanned.literals[i + 1] : nil
            out.append(Entry(line: l.line, en: l, sv: sv))
        }
        let svOnly = scanned.literals.indices.filter { scanned.labels[$0] == "sv" && ($0 == 0 || scanned.labels[$0 - 1] != "en") }
        out += svOnly.map { Entry(line: scanned.literals[$0].line, en: nil, sv: scanned.literals[$0]) }
        return out
    }

    /// Words a person reads: two words with a space between, or a capitalised word.
    static func isWords(_ text: String) -> Bool {
        let t = text.trimmingCharacters(in: .whitespaces)
        if t.range(of: #"[A-Za-zÅÄÖåäö]{2,}[ ,;:!?'’)("“”]+[A-Za-zÅÄÖåäö]{2,}"#, options: .regularExpression) != nil { return true }
        if t.range(of: #"^[A-Z][a-zåäö]{2,}[.:!?…]?$"#, options: .regularExpression) != nil { return true }
        return false
    }

    /// A line for the programmer, never shown to a person (a crash's reason, a debug description).
    static func isProgrammerOnly(_ line: String) -> Bool {
        ["fatalError(", "precondition(", "preconditionFailure(", "assert(", "assertionFailure(", "debugDescription:"].contains { line.contains($0) }
    }

    private static func scan(_ s: [Unicode.Scalar]) -> (literals: [Literal], labels: [String?]) {
        var literals: [Literal] = [], labels: [String?] = []
        var i = 0, line = 1
        func at(_ k: Int) -> Unicode.Scalar? { k < s.count ? s[k] : nil }
        func lastLabel(before k: Int) -> String? {
            var j = k - 1
            while j >= 0, s[j] == " " || s[j] == "\n" { j -= 1 }
            guard j >= 0, s[j] == ":" else { return nil }
            j -= 1
            var name = ""
            while j >= 0, s[j].properties.isAlphabetic || ("0"..."9").contains(s[j]) { name = String(s[j]) + name; j -= 1 }
            return name
        }
        /// Reads a literal starting at `k` (at its first `#` or `"`); returns its end.
        func literal(_ start: Int) -> (Literal, Int) {
            var k = start, hashes = 0
            while at(k) == "#" { hashes += 1; k += 1 }
            let multi = at(k) == "\"" && at(k + 1) == "\"" && at(k + 2) == "\""
            k += multi ? 3 : 1
            let startLine = line
            var text = "", names: [String] = []
            let closing = String(repeating: "\"", count: multi ? 3 : 1) + String(repeating: "#", count: hashes)
            while k < s.count {
                if String(String.UnicodeScalarView(s[k..<min(s.count, k + closing.unicodeScalars.count)])) == closing {
                    return (Literal(line: startLine, text: text, interpolations: names), k + closing.unicodeScalars.count)
                }
                let escape = s[k] == "\\" && (hashes == 0 || String(String.UnicodeScalarView(s[(k + 1)..<min(s.count, k + 1 + hashes)])) == String(repeating: "#", count: hashes))
                if escape {
                    let next = k + 1 + hashes
                    if at(next) == "(" {
                        // An interpolation: up to its matching parenthesis, strings inside skipped whole.
                        var depth = 1, j = next + 1, expr = ""
                        while j < s.count, depth > 0 {
                            if s[j] == "\"" || (s[j] == "#" && at(j + 1) == "\"") { let (_, end) = literal(j); expr += "…"; j = end; continue }
                            if s[j] == "(" { depth += 1 } else if s[j] == ")" { depth -= 1; if depth == 0 { break } }
                            if s[j] == "\n" { line += 1 }
                            expr.unicodeScalars.append(s[j]); j += 1
                        }
                        // A phrase's `x.en` in English and `x.sv` in Swedish are one value, `x`.
                        names.append(expr.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: #"\.(en|sv)$"#, with: "", options: .regularExpression))
                        text += " "
                        k = j + 1
                        continue
                    }
                    text += "\\"; if let n = at(next) { text.unicodeScalars.append(n) }
                    k = next + 1
                    continue
                }
                if s[k] == "\n" { line += 1 }
                text.unicodeScalars.append(s[k]); k += 1
            }
            return (Literal(line: startLine, text: text, interpolations: names), k)
        }
        while i < s.count {
            let c = s[i]
            if c == "\n" { line += 1; i += 1; continue }
            if c == "/", at(i + 1) == "/" { while i < s.count, s[i] != "\n" { i += 1 }; continue }
            if c == "/", at(i + 1) == "*" {
                i += 2
                while i < s.count, !(s[i] == "*" && at(i + 1) == "/") { if s[i] == "\n" { line += 1 }; i += 1 }
                i += 2; continue
            }
            if c == "\"" || (c == "#" && (at(i + 1) == "\"" || (at(i + 1) == "#" && at(i + 2) == "\""))) {
                let label = lastLabel(before: i)
                let (lit, end) = literal(i)
                literals.append(lit); labels.append(label)
                i = end; continue
            }
            i += 1
        }
        return (literals, labels)
    }
}
