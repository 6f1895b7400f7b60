import Foundation

/// Makes realistic synthetic Swedish minutes for benchmarks and tests: four layouts (regional
/// förbund, kommunstyrelse with party tags and Dnr on the heading line, förbund styrelsemöte with one
/// member per line, bostadsrättsförening), many organisations, bodies with stable rosters (so a
/// person recurs across years), and §§ drawn from a pool of subjects with varied wording.
/// Deterministic: the same seed and number give the same text.
public struct MinutesGenerator: Sendable {
    public let seed: UInt64

    public init(seed: UInt64 = 1) {
        self.seed = seed
    }

    /// A small deterministic PRNG (SplitMix64): the standard generators are not reproducible.
    struct Random {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }

        mutating func pick<T>(_ values: [T]) -> T {
            values[int(0...(values.count - 1))]
        }

        mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
    }

    /// The text of document number `number` (0-based) and a file name for it.
    public func document(_ number: Int) -> (name: String, text: String) {
        var random = Random(state: seed &* 0x1000_0000_01B3 &+ UInt64(number))
        let organisationNumber = random.int(0...(Self.places.count * 3 - 1))
        let layout = organisationNumber % 4
        let year = random.int(2004...2024)
        let month = random.int(1...12)
        let day = random.int(1...28)
        let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        let text: String
        switch layout {
        case 0: text = regional(organisationNumber, date: date, random: &random)
        case 1: text = municipal(organisationNumber, date: date, random: &random)
        case 2: text = federation(organisationNumber, date: date, random: &random)
        default: text = housing(organisationNumber, date: date, random: &random)
        }
        return ("\(date)_\(String(number, radix: 10)).txt", text)
    }

    // MARK: Rosters

    /// A body's members are fixed per organisation, so a person's timeline spans many meetings.
    public func roster(_ organisation: Int, count: Int) -> [String] {
        var random = Random(state: UInt64(organisation) &* 7919 &+ 17)
        var names: [String] = []
        while names.count < count {
            let name = random.pick(Self.firstNames) + " " + random.pick(Self.lastNames)
            if !names.contains(name) { names.append(name) }
        }
        return names
    }

    static func list(_ names: [String]) -> String {
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " och " + (names.last ?? "")
    }

    // MARK: Subjects

    func subject(_ random: inout Random, body: String, people: [String]) -> (title: String, background: String, clauses: [String]) {
        let topic = random.pick(Self.topics)
        var sentences: [String] = []
        for _ in 0..<random.int(3...9) {
            sentences.append(random.pick(Self.sentences).replacingOccurrences(of: "ÄMNE", with: topic.noun))
        }
        var clauses = [random.pick(topic.clauses)]
        if random.chance(35) { clauses.append(random.pick(Self.extraClauses)) }
        if random.chance(20), let person = people.randomElement(using: &random) {
            clauses.append("ge \(person) i uppdrag att återkomma med en redovisning av \(topic.noun)")
        }
        return (topic.title, sentences.joined(separator: " "), clauses)
    }

    // MARK: Layouts

    func regional(_ organisation: Int, date: String, random: inout Random) -> String {
        let place = Self.places[organisation % Self.places.count]
        let orgName = "Regionförbundet \(place) län"
        let members = roster(organisation, count: 9)
        let deciding = Array(members.prefix(random.int(5...7)))
        let first = random.int(1...80)
        let count = random.int(8...14)
        var text = "\n\(orgName.uppercased())\n\nKommunal utveckling\n\nProtokoll från Primärkommunala nämndens sammanträde\n\n"
        text += "§§ \(first) - \(first + count - 1)\n\n"
        text += "Tid:\t\(date), 9.00–12.00\nPlats:\tRegionens hus, \(place)\nNärvarande:\t\n"
        text += "Beslutande:\t\(deciding[0]), ordförande, \(Self.list(Array(deciding.dropFirst())))\n"
        text += "Sekreterare:\t\(members[8])\n"
        text += "Övriga närvarande:\t\(Self.list([members[7], random.pick(Self.firstNames) + " " + random.pick(Self.lastNames)]))\n\n"
        text += "§ \(first)\n\nJusterare\n\nTill att jämte ordföranden justera dagens protokoll utses \(deciding[1]).\n\n"
        for number in (first + 1)..<(first + count) {
            let item = subject(&random, body: "Primärkommunala nämnden", people: members)
            text += "§ \(number)\n\n\(item.title)\n\n\(item.background)\n\nBeslut\n\nPrimärkommunala nämnden beslutar\n\n"
            text += item.clauses.map { "att \($0)" }.joined(separator: " och\n\n") + ".\n\n"
            if random.chance(40) {
                text += "Bakgrund\n\nPrimärkommunala nämnden beslutade den \(random.int(1...28)) \(random.pick(Self.months)) \(Int(date.prefix(4)).map { $0 - 1 } ?? 2000) att ställa sig positiv till \(random.pick(Self.topics).noun).\n\n"
            }
        }
        text += "Vid protokollet\n\(members[8])\n\nJusteras datum: \(date)\n\n\(deciding[0])\n\n\(deciding[1])\n"
        return text
    }

    func municipal(_ organisation: Int, date: String, random: inout Random) -> String {
        let place = Self.places[organisation % Self.places.count]
        let body = Self.bodies[organisation % Self.bodies.count]
        let members = roster(organisation, count: 14)
        let parties = ["S", "M", "C", "V", "KD", "L", "MP", "SD"]
        let first = random.int(1...200)
        let count = random.int(8...16)
        var text = "\(place.uppercased()) KOMMUN                  SAMMANTRÄDESPROTOKOLL                   Sida 1 (\(count / 3 + 2))\n"
        text += "                                      Sammanträdesdatum\n\(body)                       \(date)\n\n"
        text += "Plats och tid                  Kommunhuset, Sessionssalen, kl. 13.00–16.30\n\n"
        for (index, member) in members.prefix(11).enumerated() {
            let label = index == 0 ? "Beslutande" : ""
            let role = index == 0 ? ", ordförande" : index == 1 ? ", 1:e vice ordförande" : ""
            text += label.padding(toLength: 31, withPad: " ", startingAt: 0) + "\(member) (\(parties[index % parties.count]))\(role)\n"
        }
        text += "\nErsättare                      \(members[11]) (\(random.pick(parties)))\n\n"
        text += "Övriga närvarande              \(members[12]), kommundirektör\n                               \(members[13]), kommunsekreterare\n\n"
        text += "Utses att justera              \(members[2]) (\(parties[2])) och \(members[3]) (\(parties[3]))\n\n"
        text += "Justeringens plats och tid     Kommunkansliet, \(date) kl. 10.00\n"
        text += "                                                                       Paragrafer \(first)-\(first + count - 1)\n\n"
        for number in first..<(first + count) {
            let item = subject(&random, body: body, people: members)
            let dnr = random.chance(70) ? "Dnr KS \(date.prefix(4))/\(random.int(1...400))" : ""
            text += "§ \(number)" + String(repeating: " ", count: 60) + dnr + "\n\(item.title)\n\nÄrendebeskrivning\n\(item.background)\n\n"
            text += "Beslut\n\(body) beslutar att \(item.clauses.joined(separator: ", att "))\n\n"
            if random.chance(30) { text += "Expedieras till: \(random.pick(Self.departments))\n\n" }
        }
        return text
    }

    func federation(_ organisation: Int, date: String, random: inout Random) -> String {
        let place = Self.places[organisation % Self.places.count]
        let orgName = "Kommunförbundet \(place)"
        let members = roster(organisation, count: 10)
        let first = random.int(1...60)
        let count = random.int(8...14)
        var text = "\n\nProtokoll\n\nStyrelsemöte, \(orgName)\n\nPlats Kommunförbundets kansli, \(place)\n\n"
        let monthIndex = (Int(date.dropFirst(5).prefix(2)) ?? 1) - 1
        text += "Tid \(Int(date.suffix(2)) ?? 1) \(Self.months[monthIndex]) \(date.prefix(4)), kl 09.00 -12.00\n\n"
        text += "Beslutande \(members[0]) ordförande\n" + members[1...7].joined(separator: "\n") + "\n\n"
        text += "Övriga deltagare\n\n\(members[8])\tKommunförbundet\tsekreterare\n\(members[9])\tKommunförbundet\t§ \(first + 3)\n\n"
        text += "Utses att justera \(members[1])\n\nParagrafer \(first) - \(first + count - 1)\n\n"
        text += "§ \(first)\n\nSammanträdet öppnas\n\nOrdförande öppnar sammanträdet och hälsar välkommen. Till justerare utses \(members[1]).\n\n"
        for number in (first + 1)..<(first + count) {
            let item = subject(&random, body: "Styrelsen", people: members)
            text += "§ \(number)\n\n\(item.title)\n\n"
            if random.chance(60) { text += "Dnr \(date.prefix(4)).\(String(format: "%03d", random.int(1...300)))-\(random.int(0...9))\n\n" }
            text += "\(item.background)\n\nStyrelsen beslutar\n\n" + item.clauses.map { "att \($0)" }.joined(separator: "\n\n") + "\n\n"
        }
        return text
    }

    func housing(_ organisation: Int, date: String, random: inout Random) -> String {
        let name = "Brf \(random.pick(Self.streets))\(organisation)"
        let members = roster(organisation, count: 7)
        var text = "Bostadsrättsföreningen \(name.dropFirst(4))\n\nProtokoll fört vid styrelsemöte i \(name)\n\n"
        text += "Datum: \(date)\nTid: 18.30\nPlats: Föreningslokalen\n\nNärvarande:\n"
        let roles = ["ordförande", "kassör", "sekreterare", "ledamot", "ledamot", "suppleant", "suppleant"]
        for (member, role) in zip(members, roles) { text += "\(member), \(role)\n" }
        text += "\n\n§ 1 Mötets öppnande\n\nOrdföranden \(members[0]) hälsade alla välkomna och förklarade mötet öppnat.\n\n\n"
        text += "§ 2 Val av justerare\n\nMötet valde \(members[3]) att jämte ordföranden justera dagens protokoll.\n\n\n"
        let count = random.int(5...10)
        for number in 3..<(3 + count) {
            let item = subject(&random, body: "Styrelsen", people: members)
            text += "§ \(number) \(item.title)\n\n\(item.background)\n\n"
            text += item.clauses.map { "Styrelsen beslutade att \($0)." }.joined(separator: "\n\n") + "\n\n\n"
        }
        text += "§ \(3 + count) Mötets avslutande\n\nOrdföranden tackade för visat intresse och avslutade mötet.\n\n"
        text += "Vid protokollet\n\(members[2])\n\nJusteras\n\(members[0])        \(members[3])\n"
        return text
    }

    // MARK: Vocabulary

    struct Topic: Sendable {
        var title: String
        var noun: String
        var clauses: [String]
    }

    static let topics: [Topic] = [
        Topic(title: "Länsgemensam familjehemsrekrytering", noun: "familjehemsrekryteringen", clauses: ["godkänna utredningen avseende länsgemensam familjehemsrekrytering", "rekommendera kommunerna att inrätta en gemensam enhet för familjehem"]),
        Topic(title: "Delårsrapport", noun: "delårsrapporten", clauses: ["godkänna delårsrapporten", "lägga delårsrapporten till handlingarna"]),
        Topic(title: "Budget och verksamhetsplan", noun: "budgeten", clauses: ["fastställa budget och verksamhetsplan för kommande år", "återremittera budgetförslaget till förvaltningen"]),
        Topic(title: "Detaljplan för bostäder vid Sjöängen", noun: "detaljplanen", clauses: ["anta detaljplanen för bostäder vid Sjöängen", "skicka detaljplanen på samråd"]),
        Topic(title: "Upphandling av skolskjuts", noun: "skolskjutsupphandlingen", clauses: ["tilldela kontraktet för skolskjuts till det mest fördelaktiga anbudet", "avbryta upphandlingen av skolskjuts"]),
        Topic(title: "Försörjningsstöd, uppföljning", noun: "försörjningsstödet", clauses: ["godkänna uppföljningen av försörjningsstödet", "ge förvaltningen i uppdrag att minska kostnaderna för försörjningsstöd"]),
        Topic(title: "Äldreomsorgsplan", noun: "äldreomsorgsplanen", clauses: ["anta äldreomsorgsplanen", "utreda behovet av trygghetsboende"]),
        Topic(title: "Renovering av simhallen", noun: "simhallsrenoveringen", clauses: ["godkänna investeringen i simhallen", "uppdra åt tekniska förvaltningen att genomföra renoveringen"]),
        Topic(title: "Motion om laddplatser för elbilar", noun: "laddinfrastrukturen", clauses: ["bifalla motionen om laddplatser", "avslå motionen om laddplatser", "anse motionen besvarad"]),
        Topic(title: "Skolorganisation", noun: "skolorganisationen", clauses: ["anta ny skolorganisation från höstterminen", "avveckla skolan i Norrby"]),
        Topic(title: "Internkontrollplan", noun: "internkontrollen", clauses: ["fastställa internkontrollplanen", "godkänna rapporten om intern kontroll"]),
        Topic(title: "Taxa för bygglov", noun: "bygglovstaxan", clauses: ["anta ny taxa för bygglov", "föreslå fullmäktige att höja plan- och bygglovstaxan"]),
        Topic(title: "Vatten och avlopp, förnyelseplan", noun: "va-förnyelsen", clauses: ["anta förnyelseplanen för vatten och avlopp", "prioritera ledningsnätet i centralorten"]),
        Topic(title: "Krisberedskap", noun: "krisberedskapen", clauses: ["anta plan för extraordinära händelser", "godkänna övningsplanen för krisledningsnämnden"]),
        Topic(title: "Föreningsbidrag", noun: "föreningsbidragen", clauses: ["fördela föreningsbidrag enligt förvaltningens förslag", "revidera riktlinjerna för föreningsbidrag"]),
        Topic(title: "Kulturstrategi", noun: "kulturstrategin", clauses: ["anta kulturstrategin", "ge kulturförvaltningen i uppdrag att ta fram en handlingsplan"]),
        Topic(title: "Arbetsmiljöuppföljning", noun: "arbetsmiljön", clauses: ["godkänna den systematiska arbetsmiljöuppföljningen", "uppdra åt förvaltningschefen att åtgärda bristerna"]),
        Topic(title: "Hyresavtal för lokaler", noun: "lokalförsörjningen", clauses: ["förlänga hyresavtalet med tre år", "säga upp hyresavtalet"]),
        Topic(title: "Digitaliseringsstrategi", noun: "digitaliseringen", clauses: ["anta digitaliseringsstrategin", "inrätta en e-tjänsteplattform"]),
        Topic(title: "Barnomsorg på obekväm arbetstid", noun: "nattomsorgen", clauses: ["införa barnomsorg på obekväm arbetstid", "utvärdera nattomsorgen efter ett år"]),
        Topic(title: "Avfallsplan", noun: "avfallsplanen", clauses: ["anta avfallsplanen", "remittera avfallsplanen till miljö- och byggnadsnämnden"]),
        Topic(title: "Integrationsstrategi", noun: "integrationsarbetet", clauses: ["anta integrationsstrategin", "ansöka om medel för etableringsinsatser"]),
        Topic(title: "Folkhälsoprogram", noun: "folkhälsoarbetet", clauses: ["anta folkhälsoprogrammet", "avsätta medel för förebyggande insatser"]),
        Topic(title: "Bredbandsutbyggnad", noun: "bredbandsutbyggnaden", clauses: ["godkänna avtalet om bredbandsutbyggnad", "ansöka om stöd för bredband på landsbygden"]),
        Topic(title: "Årsavgift och underhållsplan", noun: "underhållsplanen", clauses: ["höja årsavgiften med fem procent", "uppdatera underhållsplanen", "anlita en besiktningsman för stambyte"]),
        Topic(title: "Ekonomisk rapport", noun: "ekonomin", clauses: ["lägga den ekonomiska rapporten till handlingarna", "godkänna resultatrapporten"]),
        Topic(title: "Skol-FoUrum", noun: "skolutvecklingen", clauses: ["arbeta vidare med förankringsarbetet", "starta ett regionalt forum för skolutveckling"]),
        Topic(title: "Arbetsintegrerande sociala företag", noun: "de sociala företagen", clauses: ["stödja etableringen av arbetsintegrerande sociala företag", "ansöka om medel från Europeiska socialfonden"]),
        Topic(title: "Anmälningsärenden", noun: "anmälningsärendena", clauses: ["med godkännande lägga anmälningsärendena till handlingarna"]),
        Topic(title: "Delegationsbeslut", noun: "delegationsbesluten", clauses: ["lägga redovisningen av delegationsbeslut till handlingarna"]),
    ]

    static let extraClauses = [
        "uppdra åt förvaltningen att återrapportera till nämnden", "finansiera kostnaden inom befintlig ram",
        "förklara beslutet omedelbart justerat", "översända ärendet till kommunfullmäktige för beslut",
        "informera berörda kommuner om beslutet",
    ]

    static let sentences = [
        "Förvaltningen har tagit fram ett underlag om ÄMNE efter dialog med berörda verksamheter.",
        "Ärendet om ÄMNE har beretts av arbetsutskottet som föreslår att nämnden fattar beslut.",
        "Kostnaden för ÄMNE beräknas till 2,4 miljoner kronor och ryms inom budgetramen.",
        "Under sammanträdet redogör förvaltningschefen för bakgrunden till ÄMNE och för de alternativ som utretts.",
        "Flera kommuner i länet har genomfört motsvarande förändringar med goda resultat.",
        "Samråd har skett med de fackliga organisationerna enligt MBL § 11.",
        "En risk- och konsekvensanalys har genomförts och bifogas handlingarna.",
        "Ledamöterna diskuterar hur ÄMNE påverkar barn, äldre och personer med funktionsnedsättning.",
        "Enligt uppföljningen har kostnaderna ökat med 12 procent jämfört med föregående år.",
        "Förslaget innebär att verksamheten samordnas med grannkommunerna från och med nästa år.",
        "Revisorerna har i sin granskning påpekat brister i dokumentationen av ÄMNE.",
        "Medborgardialogen visade att invånarna prioriterar tillgänglighet och trygghet.",
        "Tjänsteskrivelse daterad den 3 mars har skickats ut med kallelsen.",
        "Ekonomichefen informerar om prognosen och om de åtgärder som vidtagits för en budget i balans.",
        "Landsbygdsutveckling, kollektivtrafik och bostadsförsörjning lyfts fram som viktiga frågor.",
    ]

    static let places = [
        "Jönköpings", "Kalmar", "Kronobergs", "Hallands", "Västernorrlands", "Jämtlands", "Dalarnas", "Gävleborgs",
        "Värmlands", "Örebro", "Västmanlands", "Uppsala", "Södermanlands", "Östergötlands", "Gotlands", "Blekinge",
        "Skåne", "Norrbottens", "Västerbottens", "Stockholms", "Ockelbo", "Torsås", "Vansbro", "Ljusnarsbergs",
        "Arvidsjaurs", "Boxholms", "Dals-Eds", "Emmaboda", "Falköpings", "Gnosjö", "Härjedalens", "Kinda",
        "Laxå", "Mörbylånga", "Nordanstigs", "Orsa", "Pajala", "Ragunda", "Sotenäs", "Tranemo",
    ]

    static let bodies = [
        "Kommunstyrelsen", "Socialnämnden", "Barn- och utbildningsnämnden", "Kultur- och fritidsnämnden",
        "Tekniska nämnden", "Miljö- och byggnadsnämnden", "Kommunstyrelsens arbetsutskott",
    ]

    static let departments = ["Ekonomiavdelningen", "Socialförvaltningen", "Kommunrevisionen", "Samhällsbyggnadsförvaltningen"]
    static let streets = ["Lärkträdet", "Björken", "Solrosen", "Tallbacken", "Hamnen", "Kvarnen", "Ekudden", "Lindgården"]
    static let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]

    static let firstNames = [
        "Anna", "Erik", "Maria", "Lars", "Karin", "Anders", "Eva", "Johan", "Sara", "Per", "Lena", "Mikael", "Kerstin",
        "Peter", "Ingrid", "Hans-Göran", "Marie", "Berry", "Diana", "Lars-Erik", "Åsa", "Örjan", "Elin", "Gunnar",
        "Birgitta", "Jan-Erik", "Sofia", "Ahmed", "Fatima", "Mats", "Ulla", "Björn", "Helena", "Nils", "Pernilla",
        "Tomas", "Yvonne", "Göran", "Malin", "Stefan", "Linnéa", "Ove", "Agneta", "Kjell", "Susanne", "Håkan",
    ]

    static let lastNames = [
        "Johansson", "Andersson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Pettersson", "Jonsson", "Lilja", "Fälth", "Lindén", "Åkesson", "Strand", "Wikström",
        "Sandberg", "Hedlund", "Lund-Persson", "Sjöberg", "Malmqvist", "Lindgren", "Berg", "Holmgren", "Nyström",
        "Granlund", "Engström", "Forsman", "Friberg", "Saldner", "Widheimer", "Brynielsson", "Danielsson",
        "Östberg", "Tejle", "Nordlund", "Yilmaz", "Ekberg", "Sjögren", "Wennberg", "Holm", "Lindqvist", "Öberg",
    ]
}

extension Array {
    fileprivate func randomElement(using random: inout MinutesGenerator.Random) -> Element? {
        isEmpty ? nil : self[random.int(0...(count - 1))]
    }
}
