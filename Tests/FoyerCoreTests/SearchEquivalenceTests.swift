import XCTest
@testable import FoyerCore

/// The compact search index and the fast folding must give exactly what the straightforward versions in
/// ReferenceSearch.swift give: the same codes in the same order for every query, after any changes.
final class SearchEquivalenceTests: XCTestCase {
    static let event = Event(id: "t", title: "T", date: LocalDate(year: 2009, month: 3, day: 19), timeZoneID: "Europe/Stockholm",
                             feeCategories: [FeeCategory(id: "standard", name: LocalizedText(en: "Standard"), price: .major(2000))],
                             codePrefix: "SAF")

    /// People whose text is not plain Latin: marks folding keeps, other scripts, emoji, empty fields.
    static let handMade: [Registrant] = [
        Fixtures.person("Åsa", "Öberg", email: "Åsa.Öberg@KI.se", organisation: "Karolinska Institutet", code: "SAF-90042"),
        Fixtures.person("Anna-Karin", "Öberg-Lind", email: "ak@x.se", organisation: "Öberg & Lind AB", code: "saf-90042"),
        Fixtures.person("Émile", "Ærøskøbing", email: "", organisation: "", code: "SAF-90001"),
        Fixtures.person("Straße", "Łukasz", email: "lukasz@ß.de", organisation: "Uniwersytet Łódzki", code: "SAF-90002"),
        Fixtures.person("Işıl", "Yılmaz", email: "isil@ex.tr", organisation: "İstanbul Üniversitesi", code: "SAF-90003"),
        Fixtures.person("Пётр", "Ильи́ч", email: "пётр@почта.рф", organisation: "Московский университет", code: "SAF-90004"),
        Fixtures.person("а\u{0483}бв", "е\u{0483}", email: "titlo@x.ru", organisation: "Ц\u{0483}рковь", code: "SAF-90005"),
        Fixtures.person("Ἀθηνᾶ", "Ὀδυσσεύς", email: "athena@olympos.gr", organisation: "Ἀκαδημία", code: "SAF-90006"),
        Fixtures.person("太郎", "山田", email: "taro@yamada.jp", organisation: "東京大学", code: "SAF-90007"),
        Fixtures.person("민준", "김", email: "kim@ex.kr", organisation: "서울대학교", code: "SAF-90008"),
        Fixtures.person("🙂 Smiley", "👨‍👩‍👧 Family", email: "🙂@emoji.io", organisation: "🇸🇪 Sverige", code: "SAF-90009"),
        Fixtures.person("", "", email: "", organisation: "", code: "SAF-90010"),
        Fixtures.person("Prince", "", email: "prince@x.com", organisation: "", code: "SAF-90011"),
        Fixtures.person("", "Nobody", email: "", organisation: "", code: "VIP"),
        Fixtures.person("Seán", "O'Brien", email: "sean.o'brien@x.ie", organisation: "Trinity College Dublin", code: "SAF-90012"),
        Fixtures.person("Zoë", "O\u{2019}Neill", email: "zoe@x.ie", organisation: "", code: "X-"),
        Fixtures.person("प्रिया", "शर्मा", email: "priya@x.in", organisation: "दिल्ली विश्वविद्यालय", code: "SAF-90013"),
        Fixtures.person("שָׁלוֹם", "כֹּהֵן", email: "shalom@x.il", organisation: "", code: "SAF-90014"),
        Fixtures.person("محمد", "حداد", email: "m@x.lb", organisation: "الجامعة الأمريكية", code: "SAF-90015"),
        Fixtures.person("e\u{0301}\u{0316}lise", "e\u{0483}\u{0316}x", email: "E\u{0301}LISE@X.FR", organisation: "a\u{0316}\u{0483}b", code: "ÅÄÖ-12"),
        Fixtures.person("ǅemal", "ǈiljana", email: "dz@x.ba", organisation: "Ǳ", code: "SAF-90016"),
        Fixtures.person("Karl", "XII", email: "karl12@x.se", organisation: "Kungl. 12", code: "SAF-90112"),
        Fixtures.person("Anders", "Anders", email: "anders.anders@x.se", organisation: "Anders AB", code: "SAF-90017"),
        Fixtures.person("Ångström", "Åkesson", email: "\r\nodd mail\r\n", organisation: "S:t Görans", code: "SAF-90018"),
        Fixtures.person("ÅSA", "ÖBERG", email: "ASA@KI.SE", organisation: "KI", code: "SAF-90019"),
        Fixtures.person("ﬁona", "Ǆ", email: "fi@x.com", organisation: "Ⅻ", code: "SAF-90020"),
    ]

    static func people(seed: UInt64, count: Int) -> [Registrant] {
        RegistrantGenerator(event: event, seed: seed).make(count: count) + handMade
    }

    // MARK: Folding

    func testFoldingAgreesForEveryScalarToCyrillicSupplement() {
        for v in UInt32(0)...0x052F {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let s = String(scalar)
            XCTAssertEqual(Array(TextFolding.fold(s).utf8), Array(ReferenceFolding.fold(s).utf8), "U+\(String(v, radix: 16))")
            XCTAssertEqual(TextFolding.words(s), ReferenceFolding.words(s), "U+\(String(v, radix: 16))")
            // After a letter and before one, as marks and letters combine with neighbours.
            for t in ["a" + s + "b", s + "\u{0301}", s + "\u{0483}\u{0316}", "е" + s, s + s] {
                XCTAssertEqual(Array(TextFolding.fold(t).utf8), Array(ReferenceFolding.fold(t).utf8), t.debugDescription)
            }
        }
    }

    static let alphabet: [String] = {
        var a = (0x20...0x7E).map { String(Unicode.Scalar($0)!) }
        a += ["Å", "Ä", "Ö", "å", "ä", "ö", "É", "é", "Ø", "ø", "Æ", "æ", "ß", "ẞ", "Ł", "ł", "ı", "İ", "Ǆ", "ǅ", "ǆ", "Ș", "ț",
              "Ω", "ω", "Ά", "ά", "ΐ", "ς", "Σ", "Ж", "ж", "Ё", "ё", "й", "Ѷ", "ѷ", "\u{0483}", "\u{0301}", "\u{0316}", "\u{0345}",
              "\u{05B8}", "\u{05BC}", "ש", "م", "\u{0651}", "\u{064E}", "प", "्", "र", "ि", "\u{093C}", "山", "田", "가", "각",
              "\u{1100}", "\u{1161}", "\u{11A8}", "🙂", "👨", "\u{200D}", "🇸", "🇪", "\u{FE0F}", "\u{1F3FD}", "\r", "\n", "\r\n",
              "\t", " ", "\u{00A0}", "\u{2019}", "\u{2018}", "’", "-", "ﬁ", "Ⅻ", "①", "²", "½", "\u{1E9E}", "\u{212B}", "\u{2126}",
              "\u{1DC0}", "\u{20D0}", "\u{FE20}", "\u{1AB0}", "Ǖ", "ǖ", "Ạ", "ạ", "\u{0600}", "\u{0E33}", "ำ", "ก"]
        return a
    }()

    static func randomText(_ random: inout SeededRandom, maxLength: Int = 12) -> String {
        var s = ""
        for _ in 0..<random.int(in: 0...maxLength) { s += random.pick(alphabet) }
        return s
    }

    func testFoldingAgreesForRandomText() {
        var random = SeededRandom(seed: 11)
        for _ in 0..<20_000 {
            let s = Self.randomText(&random)
            XCTAssertEqual(Array(TextFolding.fold(s).utf8), Array(ReferenceFolding.fold(s).utf8), s.debugDescription)
            XCTAssertEqual(TextFolding.words(s), ReferenceFolding.words(s), s.debugDescription)
        }
    }

    /// The index compares folded words bytewise; that is String comparison only if folding always gives
    /// canonically decomposed text.
    func testFoldedTextIsCanonicallyDecomposed() {
        var random = SeededRandom(seed: 12)
        for _ in 0..<5_000 {
            let folded = TextFolding.fold(Self.randomText(&random))
            XCTAssertEqual(Array(folded.utf8), Array(folded.decomposedStringWithCanonicalMapping.utf8), folded.debugDescription)
        }
    }

    func testCodeNumbersAgreeWithRegistrantCode() {
        for code in ["SAF-0042", "SAF-", "-5", "A-B-7", "A-7B", "A-7-", "A-99999999999999999999", "A-9223372036854775807",
                     "A-0000000000000000000000001", "NOHYPHEN1", "Å-12", "A-١٢", "A-12\r\n", "--3", "", "-", "SAF-10000"] {
            XCTAssertEqual(FoldedEntries.codeNumber(code), RegistrantCode.number(in: code), code.debugDescription)
        }
    }

    // MARK: Searching

    /// Queries made from the people: every prefix (by Characters and by scalars) of their names, emails,
    /// organisations and codes, as typed and folded, upper case, several words, punctuation, garbage.
    static func queries(for people: [Registrant], random: inout SeededRandom, sample: Int, handMadeToo: Bool = true) -> [String] {
        var out: Set<String> = ["", " ", "--,", "ö", "asa", "angst", "anna ber", "saf-42", "42", "saf", "s", "a", "e", "0",
                                "saf-0042", "SAF-0042 ", " saf-90042", "saf-90042", "SAF-90042", "vip", "x-", "x", "åäö-12", "aao-12",
                                "aao 12", "anders", "anders anders", "12", "0012", "xii", "karl xii", "\u{0483}", "е", "а", "а\u{0483}",
                                "e\u{0483}", "e", "zzz", "asa zzz", "🙂", "👨", "🇸🇪", "山", "山田", "김", "ш", "प्र", "प", "ἀ", "αθ",
                                "smiley family", "kungl", "o'brien", "obrien", "o brien", "o’neill", "neill", "stra", "strasse", "ss",
                                "łukasz", "lukasz", "isil", "işıl", "istanbul", "ǆ", "dz", "dzemal", "ǅemal", "fiona", "ﬁ", "xii 12", "90112", "112",
                                "\r\n", "odd mail", "odd", "\r\nodd mail\r\n", "pëtr", "petr", "пе", "пё", "ил", "ильич"]
        let picked = people.count <= sample ? people : (0..<sample).map { _ in random.pick(people) }
        for p in picked + (handMadeToo ? handMade : []) {
            for field in [p.firstName, p.lastName, p.email, p.organisation, p.code, p.fullName, p.sortName] {
                var s = ""
                for ch in field { s.append(ch); out.insert(s) }
                var scalars = String.UnicodeScalarView()
                for u in field.unicodeScalars { scalars.append(u); out.insert(String(scalars)) }
                out.insert(field.uppercased())
                out.insert(TextFolding.fold(field))
            }
            out.insert(p.firstName + " " + String(p.lastName.prefix(3)))
            out.insert(String(p.lastName.prefix(2)) + " " + String(p.firstName.prefix(1)))
            out.insert(String(p.email.prefix(5)) + " " + String(p.code.suffix(2)))
            out.insert(p.organisation.split(separator: " ").first.map(String.init) ?? "" + " " + p.firstName)
        }
        for _ in 0..<200 { out.insert(randomText(&random, maxLength: 6)) }
        return out.sorted()
    }

    func assertSame(_ index: SearchIndex, _ reference: ReferenceSearchIndex, _ queries: [String], _ context: String,
                    file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertEqual(index.count, reference.entries.count, context, file: file, line: line)
        var failures = 0
        for q in queries {
            let expected = reference.search(q)
            let got = index.search(q)
            if got != expected {
                failures += 1
                if failures <= 5 {
                    XCTFail("\(context): \(q.debugDescription): \(got.prefix(12)) ≠ \(expected.prefix(12)) (\(got.count) vs \(expected.count))",
                            file: file, line: line)
                }
                continue
            }
            let counted = index.searchCounting(q, limit: 3)
            XCTAssertEqual(counted, SearchResult(codes: Array(expected.prefix(3)), total: expected.count), q.debugDescription, file: file, line: line)
        }
        XCTAssertEqual(failures, 0, "\(context): \(failures) of \(queries.count) queries differ", file: file, line: line)
    }

    func testSearchAgreesWithTheReference() {
        for seed: UInt64 in [1, 2, 3] {
            let people = Self.people(seed: seed, count: 400 + Int(seed) * 400)
            var random = SeededRandom(seed: seed &* 77)
            let queries = Self.queries(for: people, random: &random, sample: 25, handMadeToo: seed == 1)
            assertSame(SearchIndex(people), ReferenceSearchIndex(people), queries, "seed \(seed)")
            XCTAssertEqual(SearchIndex(people).search("saf", limit: 7), Array(ReferenceSearchIndex(people).search("saf").prefix(7)))
            XCTAssertEqual(SearchIndex(people).search("saf", limit: 0), [])
        }
    }

    func testSearchAgreesWithTheReferenceThroughChanges() {
        var random = SeededRandom(seed: 99)
        var people = Self.people(seed: 5, count: 1_000)
        var index = SearchIndex(people)
        var reference = ReferenceSearchIndex(people)
        let firstBase = index.base
        let queries = Self.queries(for: people, random: &random, sample: 10, handMadeToo: false)
        var nextNumber = 50_000
        for step in 1...600 {
            // The overlay is folded into a new base after max(1000, n/16) changes; here sooner.
            if step == 250 || step == 480 { index.rebuild() }
            switch random.int(in: 0...9) {
            case 0...4 where !people.isEmpty: // edit
                let i = random.int(in: 0...(people.count - 1))
                var p = people[i]
                switch random.int(in: 0...4) {
                case 0: p.lastName = random.pick(["Öberg", "Lindqvist", "Ängström", "Zed", "Ильич", "", "a\u{0483}b"])
                case 1: p.firstName = Self.randomText(&random, maxLength: 8)
                case 2: p.email = random.pick(["", "new@x.se", p.email.uppercased()])
                case 3: p.organisation = random.pick(["", "Karolinska Institutet", "Öberg Consulting", "山田"])
                default: p.firstName = p.lastName; p.lastName = random.pick(["Aa", "Zz", "Berg"])
                }
                people[i] = p
                index.update(p, code: p.code); reference.update(p, code: p.code)
            case 5...7: // add
                nextNumber += 1
                let p = Fixtures.person(random.pick(["Åsa", "Eva", "Ling", "Пётр", "Anna"]), random.pick(["Berg", "Öberg", "Nyström", "山田"]),
                                        email: "n\(nextNumber)@x.se", organisation: random.pick(["", "Privat praktik"]),
                                        code: RegistrantCode.make(prefix: random.pick(["SAF", "NEW"]), number: nextNumber))
                people.append(p)
                index.update(p, code: p.code); reference.update(p, code: p.code)
            default: // delete, sometimes a code that is not there
                if random.chance(10) {
                    index.update(nil, code: "SAF-77777"); reference.update(nil, code: "SAF-77777")
                } else if !people.isEmpty {
                    let p = people.remove(at: random.int(in: 0...(people.count - 1)))
                    index.update(nil, code: p.code); reference.update(nil, code: p.code)
                }
            }
            if step % 50 == 0 || step == 1 {
                let sample = (0..<40).map { _ in random.pick(queries) } + ["saf", "a", "berg", "öberg", "nyström", "n5", "new", "山田", "asa"]
                assertSame(index, reference, sample, "after \(step) changes")
            }
        }
        XCTAssertFalse(index.base === firstBase, "the overlay was folded into a new base")
        assertSame(index, reference, (0..<300).map { _ in random.pick(queries) }, "at the end")
    }
}
