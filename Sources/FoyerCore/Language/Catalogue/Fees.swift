extension Catalogue {
    /// The fees pane: the categories' table and totals, the chart, the category form, repricing.
    public enum Fees {
        public static let title = Phrase(en: " Fees", sv: " Avgifter")
        public static func pricesIncludeVAT(joiner: String, currency: String) -> Phrase {
            Phrase(en: "\(joiner)prices include VAT\(joiner)amounts in \(currency)", sv: "\(joiner)priser inkl. moms\(joiner)belopp i \(currency)")
        }
        public static func noCategories(addKey: String) -> Phrase {
            Phrase(en: "No fee categories yet. Press \(addKey) to add one.", sv: "Inga avgiftskategorier än. Tryck \(addKey) för att lägga till en.")
        }
        public static func noCategoriesToEdit(addKey: String) -> Phrase {
            Phrase(en: "No fee categories yet: \(addKey) adds one", sv: "Inga avgiftskategorier än: \(addKey) lägger till en")
        }

        // The table's columns: each fits its width in both languages (Price 10, Net 10, VAT 9, Reg. 5, Paid 5, Expected 12).
        public static let category = Phrase(en: "Category", sv: "Kategori")
        public static let price = Phrase(en: "Price", sv: "Pris")
        public static let net = Phrase(en: "Net", sv: "Netto")
        public static let vat = Phrase(en: "VAT", sv: "Moms")
        public static let registeredShort = Phrase(en: "Reg.", sv: "Anm.")
        public static let paidShort = Phrase(en: "Paid", sv: "Bet.")
        public static let expected = Phrase(en: "Expected", sv: "Förväntat")
        public static let total = Phrase(en: "Total", sv: "Totalt")
        public static let retired = Phrase(en: " (retired)", sv: " (utgått)")
        public static let forAnyone = Phrase(en: "for anyone", sv: "för alla")
        public static func forWhom(_ who: String) -> Phrase { Phrase(en: "for \(who)", sv: "för \(who)") }
        public static func includes(_ what: String) -> Phrase { Phrase(en: "includes \(what)", sv: "med \(what)") }
        public static func vatRate(_ rate: String) -> Phrase { Phrase(en: "VAT \(rate)", sv: "moms \(rate)") }
        public static let checkID = Phrase(en: "check ID", sv: "kräver intyg")

        // The totals.
        public static func expectedSum(gross: String, net: String, vat: String) -> Phrase {
            Phrase(en: "Expected \(gross) = net \(net) + VAT \(vat)", sv: "Förväntat \(gross) = netto \(net) + moms \(vat)")
        }
        public static func paid(_ amount: String) -> Phrase { Phrase(en: "Paid \(amount)", sv: "Betalt \(amount)") }
        public static func outstanding(_ amount: String) -> Phrase { Phrase(en: "outstanding \(amount)", sv: "att betala \(amount)") }
        public static func refundOwed(_ amount: String) -> Phrase { Phrase(en: "refund owed \(amount)", sv: "att återbetala \(amount)") }
        public static func refunded(_ amount: String) -> Phrase { Phrase(en: "refunded \(amount)", sv: "återbetalt \(amount)") }
        public static func waived(_ amount: String) -> Phrase { Phrase(en: "waived \(amount)", sv: "efterskänkt \(amount)") }
        public static let byMethod = Phrase(en: "By method:", sv: "Per betalsätt:")
        public static let paidOfRegistered = Phrase(en: "Paid of registered", sv: "Betalda av anmälda")
        public static let registrationsPerWeek = Phrase(en: "Registrations per week", sv: "Anmälningar per vecka")
        public static func upToDeadline(_ date: Phrase) -> Phrase {
            Phrase(en: " up to the deadline, \(date.en)", sv: " fram till sista anmälningsdag, \(date.sv)")
        }
        public static func late(_ count: Int) -> Phrase { Phrase(en: "\(count) late", sv: "\(count) sena") }
        /// The chart's column of registrations from before its first week (one width, 7 cells at most).
        public static let before = Phrase(en: "before", sv: "före")

        // The pane's messages.
        public static func retiredCategory(_ name: Phrase) -> Phrase { Phrase(en: "retired “\(name.en)”", sv: "drog in ”\(name.sv)”") }
        public static func offeredAgain(_ name: Phrase) -> Phrase { Phrase(en: "offered again “\(name.en)”", sv: "erbjuder ”\(name.sv)” igen") }
        public static let keptForThoseWhoHaveIt = Phrase(en: " (kept for those who have it)", sv: " (kvar för dem som redan har den)")
        public static func added(_ name: Phrase) -> Phrase { Phrase(en: "added “\(name.en)”", sv: "lade till ”\(name.sv)”") }
        public static func changed(_ name: Phrase) -> Phrase { Phrase(en: "changed “\(name.en)”", sv: "ändrade ”\(name.sv)”") }

        /// A category's name in each language: the Swedish one where the organiser gave it.
        public static func categoryName(_ category: FeeCategory) -> Phrase {
            Phrase(en: category.displayName(.en), sv: category.displayName(.sv))
        }

        // Repricing.
        public static func repriceQuestion(count: Int, name: Phrase, oldPrice: String, newPrice: String) -> Phrase {
            Phrase(en: "\(count) registered for “\(name.en)” at \(oldPrice) and have paid nothing yet. The new price is \(newPrice).",
                   sv: "\(count) anmälda till ”\(name.sv)” för \(oldPrice) har inte betalat något än. Det nya priset är \(newPrice).")
        }
        public static func theyKeep(_ price: String, defaultKey: String) -> Phrase {
            Phrase(en: " they keep \(price) (default\(defaultKey))", sv: " de behåller \(price) (förval\(defaultKey))")
        }
        public static func moveThem(to price: String) -> Phrase { Phrase(en: " move them to \(price)", sv: " flytta dem till \(price)") }
        public static let backToForm = Phrase(en: " back to the form", sv: " tillbaka till formuläret")
        public static func repriced(_ name: Phrase, to price: String) -> Phrase {
            Phrase(en: "repriced “\(name.en)” to \(price)", sv: "nytt pris för ”\(name.sv)”: \(price)")
        }
        public static func unpaidKeep(_ price: String) -> Phrase { Phrase(en: "; the unpaid keep \(price)", sv: "; de obetalda behåller \(price)") }

        // The category form.
        public static func formTitle(_ name: Phrase) -> Phrase { Phrase(en: "Fee category \(name.en)", sv: "Avgiftskategori \(name.sv)") }
        public static let newCategory = Phrase(en: "New fee category", sv: "Ny avgiftskategori")
        public static let name = Phrase(en: "Name", sv: "Namn")
        public static let nameNote = Phrase(en: "in English: Standard, Full-time student …", sv: "på engelska: Standard, Full-time student …")
        public static let nameSv = Phrase(en: "Name (sv)", sv: "Namn (sv)")
        public static let nameSvNote = Phrase(en: "in Swedish, optional", sv: "på svenska, frivilligt")
        public static let whoMay = Phrase(en: "Who may", sv: "Vem får")
        public static let whoMayNote = Phrase(en: "e.g. full-time university or college student", sv: "t.ex. heltidsstuderande vid universitet eller högskola")
        public static let priceNote = Phrase(en: "including VAT, in kronor", sv: "inklusive moms, i kronor")
        public static let vatPercent = Phrase(en: "VAT %", sv: "Moms %")
        public static let vatNote = Phrase(en: "25 for most courses in Sweden; 0 if exempt", sv: "25 för de flesta kurser i Sverige; 0 om momsfritt")
        public static let includesLabel = Phrase(en: "Includes", sv: "Ingår")
        public static let includesNote = Phrase(en: "e.g. lunch and coffee", sv: "t.ex. lunch och kaffe")
        public static let checkIDLabel = Phrase(en: "Check ID", sv: "Kräv intyg")
        public static let proofNo = Phrase(en: "no", sv: "nej")
        public static let proofYes = Phrase(en: "yes: the desk asks for proof", sv: "ja: disken ber om intyg")
        public static let nameRequired = Phrase(en: "a name is required", sv: "namn måste anges")
        public static let priceNegative = Phrase(en: "a price cannot be negative", sv: "priset kan inte vara negativt")
        public static let priceFormat = Phrase(en: "write the price, e.g. 2000 or 1 000,50", sv: "skriv priset, t.ex. 2000 eller 1 000,50")
        public static let vatFormat = Phrase(en: "write the VAT as a percent from 0 to 100, e.g. 25", sv: "skriv momsen i procent från 0 till 100, t.ex. 25")
    }
}
