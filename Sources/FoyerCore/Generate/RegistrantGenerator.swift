import Foundation

/// Makes a deterministic synthetic set of registrants for demos, tests and benchmarks: Swedish and
/// international names with diacritics, every fee category, some paid, some late, some cancelled,
/// some waitlisted. None of them is a real person; nothing generated is stored in `Data/`.
public struct RegistrantGenerator {
    public var event: Event
    public var seed: UInt64

    public init(event: Event, seed: UInt64 = 1) { self.event = event; self.seed = seed }

    static let firstNames = [
        "Åsa", "Örjan", "Märta", "Björn", "Ingrid", "Lars", "Karin", "Anders", "Eva", "Sven", "Maria", "Johan",
        "Annika", "Per", "Kerstin", "Mikael", "Linnéa", "Håkan", "Sofia", "Göran", "Elin", "Jürgen", "Zoë",
        "François", "Søren", "Ødegård", "Chloé", "José", "Małgorzata", "Ayşe", "Nikolaj", "Aino", "Siobhán",
        "Renée", "Mohammed", "Fatima", "Ling", "Hiroshi", "Priya", "David", "Sara", "Emma", "Oskar", "Ulla",
        "Mats", "Agnes", "Tove", "Jörgen", "Ebba", "Åke", "Gunnel", "Leif", "Viveka", "Stina",
    ]
    static let lastNames = [
        "Öberg", "Ängström", "Åberg", "Lindqvist", "Nyström", "Söderberg", "Johansson", "Karlsson", "Nilsson",
        "Eriksson", "Larsson", "Olsson", "Persson", "Svensson", "Gustafsson", "Pettersson", "Jönsson",
        "Lindström", "Bäckström", "Hägglund", "Wikström", "Sjöberg", "Ekström", "Löfgren", "Fältskog",
        "Müller", "Dubois", "Nørgaard", "Kowalski", "Yılmaz", "Virtanen", "García", "Núñez", "O'Brien",
        "Nakamura", "Singh", "Haddad", "Çelik", "Grönlund", "Åkesson", "Dahl", "Holm", "Berg", "Lund", "Strand",
        "Forsberg", "Sandström", "Hedlund", "Rosén", "Wallén",
    ]
    static let organisations = [
        "Karolinska Institutet", "Stockholms läns landsting", "Psykiatri Södra Stockholm", "Uppsala universitet",
        "Göteborgs universitet", "Lunds universitet", "Ersta Sköndal Bräcke högskola", "S:t Görans sjukhus",
        "Barn- och ungdomspsykiatrin", "Mottagningen Södermalm", "Privat praktik", "Linköpings universitet",
        "Umeå universitet", "Region Skåne", "Beroendecentrum Stockholm", "Capio Psykiatri", "",
    ]
    static let roles = [
        "Psychologist", "Psychotherapist", "Psychiatrist", "Social worker", "Nurse", "Psychotherapy trainee",
        "Student", "Counsellor", "Occupational therapist", "",
    ]
    static let domains = ["gmail.com", "sll.se", "ki.se", "regionskane.se", "telia.com", "hotmail.com", "uu.se"]
    static let diets = ["", "", "", "", "", "Vegetarian", "Vegan", "Gluten-free", "Lactose-free", "Nut allergy"]

    /// `count` registrants with codes 1…count. Student and pensioner categories are rarer than standard.
    public func make(count: Int) -> [Registrant] {
        var random = SeededRandom(seed: seed)
        let categories = event.offeredFeeCategories.isEmpty ? [FeeCategory(id: "standard", name: LocalizedText(en: "Standard"), price: .zero)]
            : event.offeredFeeCategories
        let zone = event.timeZone
        // Registrations arrive over the eight weeks before the deadline; a few come late.
        let deadline = event.registrationDeadline ?? event.date.adding(days: -14)
        let opens = deadline.adding(days: -56).start(in: zone)
        let closes = deadline.adding(days: 1).start(in: zone)
        let lateUntil = event.date.start(in: zone)
        var usedEmails = Set<String>()
        var out: [Registrant] = []
        out.reserveCapacity(count)
        for number in 1...max(count, 1) where number <= count {
            let first = random.pick(Self.firstNames), last = random.pick(Self.lastNames)
            let category = random.chance(65) ? categories[0] : random.pick(categories)
            // Every 17th is late and every 23rd cancelled as well as the random few, so that even a small
            // set shows every kind, and a larger set with the same seed still starts with the smaller one.
            let lateDraw = random.chance(6)
            let late = lateDraw || number % 17 == 10
            let span = late ? lateUntil.timeIntervalSince(closes) : closes.timeIntervalSince(opens)
            let base = late ? closes : opens
            let registeredAt = base.addingTimeInterval((Double(random.next() % 1_000_000) / 1_000_000) * max(span, 60))
                .rounded(toSeconds: 1)
            var email = Self.emailLocalPart(first) + "." + Self.emailLocalPart(last) + "@" + random.pick(Self.domains)
            if usedEmails.contains(email) { email = email.replacingOccurrences(of: "@", with: "\(number)@") }
            usedEmails.insert(email)
            var r = Registrant(
                code: RegistrantCode.make(prefix: event.codePrefix, number: number),
                firstName: first, lastName: last, email: email,
                phone: "07\(random.int(in: 0...9))-\(random.int(in: 100...999)) \(random.int(in: 10...99)) \(random.int(in: 10...99))",
                organisation: random.pick(Self.organisations), role: random.pick(Self.roles),
                feeCategoryID: category.id, price: category.price, registeredAt: registeredAt,
                dietaryNeeds: random.pick(Self.diets))
            if random.chance(55), category.price.minorUnits > 0 {
                let method = random.pick([PaymentMethod.invoice, .invoice, .card, .swish, .cash])
                let paidAt = registeredAt.addingTimeInterval(Double(random.int(in: 1...20)) * 86_400)
                r.payments.append(Payment(id: "\(r.code)-P1", amount: category.price, method: method,
                                          time: min(paidAt, lateUntil), reference: method == .invoice ? "F\(10_000 + number)" : "",
                                          desk: "office"))
            }
            let cancelDraw = random.chance(4)
            if cancelDraw || number % 23 == 9 { r.status = .cancelled }
            else if let capacity = event.capacity, number > capacity { r.status = .waitlisted }
            out.append(r)
        }
        return out
    }

    static func emailLocalPart(_ name: String) -> String {
        TextFolding.fold(name).filter { $0.isLetter && $0.isASCII }
    }
}

extension Date {
    func rounded(toSeconds s: Double) -> Date {
        Date(timeIntervalSince1970: (timeIntervalSince1970 / s).rounded(.down) * s)
    }
}
