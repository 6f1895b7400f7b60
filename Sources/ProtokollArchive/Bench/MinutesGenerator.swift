import Foundation
import ProtokollKit

/// Makes realistic synthetic Swedish minutes for benchmarks and tests: four layouts (regional
/// förbund, kommunstyrelse with party tags and Dnr on the heading line, förbund styrelsemöte with one
/// member per line, bostadsrättsförening), many organisations, bodies with stable rosters (so a
/// person recurs across years), and §§ drawn from a pool of subjects with varied wording.
/// Deterministic: the same seed and number give the same text.
///
/// Each meeting is first drawn as a `Plan`; the text is rendered from it, and `document(_:)` builds
/// the document the parser should find in that text, so archives of 100,000 documents can be
/// benchmarked without waiting for the parser.
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

    /// One meeting, before it is written down.
    struct Plan {
        struct Member {
            var name: String
            var party: String?
            var role: String?
            var deciding: Bool
        }

        struct Item {
            var number: Int
            var title: String
            var caseNumber: String?
            var background: String
            var clauses: [String]
        }

        var layout: Int
        var organisation: String
        var place: String
        var body: String
        var date: String
        var members: [Member]
        var adjusters: [String]
        var secretary: String?
        var items: [Item]
        var first: Int { items.first?.number ?? 1 }
        var last: Int { items.last?.number ?? 1 }
        var deciding: [Member] { members.filter(\.deciding) }
    }

    /// The text of document number `number` (0-based) and a file name for it.
    public func document(_ number: Int) -> (name: String, text: String) {
        let plan = self.plan(number)
        let text: String
        switch plan.layout {
        case 0: text = regional(plan)
        case 1: text = municipal(plan)
        case 2: text = federation(plan)
        default: text = housing(plan)
        }
        return ("\(plan.date)_\(number).txt", text)
    }

    /// The document the parser is meant to find in `document(number).text`, with its id and
    /// source fields set from the text's bytes.
    public func parsedDocument(_ number: Int) -> (ProtokollDocument, Data) {
        let plan = self.plan(number)
        let bytes = Data(document(number).text.utf8)
        let sha = SHA256.hex(of: bytes)
        let decidedBy = plan.layout == 0 ? "Samverkansnämnden" : plan.layout == 1 ? plan.body : "Styrelsen"
        let attendance = plan.members.map { member in
            Attendee(name: member.name, deciding: member.deciding, role: member.role, party: member.party)
        }
        let paragraphs = plan.items.map { item in
            let text = "\(decidedBy) beslutar att " + item.clauses.joined(separator: " och att ") + "."
            return Paragraph(
                number: String(item.number), title: item.title, caseNumber: item.caseNumber, text: item.background,
                sections: [Section(heading: "Beslut", text: text)],
                decisions: [Decision(decidedBy: decidedBy, text: text, clauses: item.clauses)], line: 1)
        }
        let document = ProtokollDocument(
            id: String(sha.prefix(16)), kind: .protokoll, title: "Protokoll", organisation: plan.organisation, body: plan.body,
            meeting: Meeting(date: plan.date, startTime: "13:00", endTime: "16:30", place: plan.place),
            paragraphRange: plan.layout == 3 ? nil : ParagraphRange(first: plan.first, last: plan.last),
            attendance: attendance, chair: plan.deciding.first?.name, secretary: plan.secretary, adjusters: plan.adjusters,
            paragraphs: paragraphs,
            source: SourceInfo(file: "\(plan.date)_\(number).txt", sha256: sha, encoding: "utf-8", bytes: bytes.count))
        return (document, bytes)
    }

    func plan(_ number: Int) -> Plan {
        var random = Random(state: seed &* 0x1000_0000_01B3 &+ UInt64(number))
        let organisationNumber = random.int(0...(Self.places.count * 3 - 1))
        let layout = organisationNumber % 4
        let year = random.int(2004...2024)
        let month = random.int(1...12)
        let day = random.int(1...28)
        let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        let place = Self.places[organisationNumber % Self.places.count]
        let parties = ["S", "M", "C", "V", "KD", "L", "MP", "SD"]
        var plan = Plan(layout: layout, organisation: "", place: place, body: "", date: date, members: [], adjusters: [], secretary: nil, items: [])
        var first = 1
        var count = 10
        switch layout {
        case 0:
            let names = roster(organisationNumber, count: 9)
            let deciding = random.int(5...7)
            plan.organisation = "Kommunalförbundet \(place) län"
            plan.body = "Samverkansnämnden"
            plan.members = names.prefix(deciding).enumerated().map { Plan.Member(name: $1, role: $0 == 0 ? "ordförande" : nil, deciding: true) }
            plan.members.append(Plan.Member(name: names[8], role: "sekreterare", deciding: false))
            plan.members.append(Plan.Member(name: names[7], deciding: false))
            plan.secretary = names[8]
            plan.adjusters = [names[1]]
            first = random.int(1...80)
            count = random.int(8...14)
        case 1:
            let names = roster(organisationNumber, count: 14)
            plan.organisation = "\(place) kommun"
            plan.body = Self.bodies[organisationNumber % Self.bodies.count]
            plan.members = names.prefix(11).enumerated().map { index, name in
                Plan.Member(
                    name: name, party: parties[index % parties.count],
                    role: index == 0 ? "ordförande" : index == 1 ? "1:e vice ordförande" : nil, deciding: true)
            }
            plan.members.append(Plan.Member(name: names[11], party: random.pick(parties), role: "ersättare", deciding: false))
            plan.members.append(Plan.Member(name: names[12], role: "kommundirektör", deciding: false))
            plan.members.append(Plan.Member(name: names[13], role: "kommunsekreterare", deciding: false))
            plan.secretary = names[13]
            plan.adjusters = [names[2], names[3]]
            first = random.int(1...200)
            count = random.int(8...16)
        case 2:
            let names = roster(organisationNumber, count: 10)
            plan.organisation = "Kommunförbundet \(place)"
            plan.body = "Styrelsen"
            plan.members = names.prefix(8).enumerated().map { Plan.Member(name: $1, role: $0 == 0 ? "ordförande" : nil, deciding: true) }
            plan.members.append(Plan.Member(name: names[8], role: "sekreterare", deciding: false))
            plan.members.append(Plan.Member(name: names[9], deciding: false))
            plan.secretary = names[8]
            plan.adjusters = [names[1]]
            first = random.int(1...60)
            count = random.int(8...14)
        default:
            let names = roster(organisationNumber, count: 7)
            plan.organisation = "Brf \(random.pick(Self.streets))\(organisationNumber)"
            plan.body = "Styrelsen"
            let roles = ["ordförande", "kassör", "sekreterare", "ledamot", "ledamot", "suppleant", "suppleant"]
            plan.members = zip(names, roles).map { Plan.Member(name: $0, role: $1, deciding: $1 != "suppleant") }
            plan.secretary = names[2]
            plan.adjusters = [names[3]]
            first = 3
            count = random.int(5...10)
        }
        let people = plan.members.map(\.name)
        plan.items = (first..<(first + count)).map { number in
            let subject = subject(&random, people: people)
            var caseNumber: String?
            if layout == 1, random.chance(70) { caseNumber = "KS \(year)/\(random.int(1...400))" }
            if layout == 2, random.chance(60) { caseNumber = "\(year).\(String(format: "%03d", random.int(1...300)))-\(random.int(0...9))" }
            return Plan.Item(number: number, title: subject.title, caseNumber: caseNumber, background: subject.background, clauses: subject.clauses)
        }
        return plan
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

    func subject(_ random: inout Random, people: [String]) -> (title: String, background: String, clauses: [String]) {
        let topic = random.pick(Self.topics)
        var sentences: [String] = []
        for _ in 0..<random.int(4...10) {
            // Split once at the placeholder: Foundation's replacingOccurrences is slow on Linux.
            let parts = random.pick(Self.sentenceParts)
            sentences.append(parts.count == 2 ? parts[0] + topic.noun + parts[1] : parts[0])
        }
        var clauses = [random.pick(topic.clauses)]
        if random.chance(35) { clauses.append(random.pick(Self.extraClauses)) }
        if random.chance(20) {
            clauses.append("ge \(random.pick(people)) i uppdrag att återkomma med en redovisning av \(topic.noun)")
        }
        return (topic.title, sentences.joined(separator: " "), clauses)
    }

    // MARK: Layouts

    func regional(_ plan: Plan) -> String {
        let deciding = plan.deciding.map(\.name)
        let others = plan.members.filter { !$0.deciding && $0.role == nil }.map(\.name)
        var text = "\n\(plan.organisation.uppercased())\n\nKommunal utveckling\n\nProtokoll från Samverkansnämndens sammanträde\n\n"
        text += "§§ \(plan.first) - \(plan.last)\n\n"
        text += "Tid:\t\(plan.date), 13.00–16.30\nPlats:\t\(plan.place)\nNärvarande:\t\n"
        text += "Beslutande:\t\(deciding[0]), ordförande, \(Self.list(Array(deciding.dropFirst())))\n"
        text += "Sekreterare:\t\(plan.secretary ?? "")\n"
        text += "Justerare:\t\(plan.adjusters.joined(separator: ", "))\n"
        text += "Övriga närvarande:\t\(Self.list(others))\n\n"
        for item in plan.items {
            text += "§ \(item.number)\n\n\(item.title)\n\n\(item.background)\n\nBeslut\n\nSamverkansnämnden beslutar\n\n"
            text += item.clauses.map { "att \($0)" }.joined(separator: " och\n\n") + ".\n\n"
        }
        text += "Vid protokollet\n\(plan.secretary ?? "")\n\nJusteras datum: \(plan.date)\n\n\(deciding[0])\n\n\(plan.adjusters.joined(separator: "\n\n"))\n"
        return text
    }

    func municipal(_ plan: Plan) -> String {
        var text = "\(plan.place.uppercased()) KOMMUN                  SAMMANTRÄDESPROTOKOLL                   Sida 1 (\(plan.items.count / 3 + 2))\n"
        text += "                                      Sammanträdesdatum\n\(plan.body)                       \(plan.date)\n\n"
        text += "Plats och tid                  Kommunhuset, \(plan.place), kl. 13.00–16.30\n\n"
        for (index, member) in plan.deciding.enumerated() {
            let label = index == 0 ? "Beslutande" : ""
            let role = member.role.map { ", " + $0 } ?? ""
            text += label.padding(toLength: 31, withPad: " ", startingAt: 0) + "\(member.name) (\(member.party ?? ""))\(role)\n"
        }
        let rest = plan.members.filter { !$0.deciding }
        if let substitute = rest.first(where: { $0.role == "ersättare" }) {
            text += "\nErsättare                      \(substitute.name) (\(substitute.party ?? ""))\n\n"
        }
        let officials = rest.filter { $0.role != "ersättare" }.map { "\($0.name), \($0.role ?? "")" }
        text += "Övriga närvarande              " + officials.joined(separator: "\n                               ") + "\n\n"
        let parties = Dictionary(plan.members.map { ($0.name, $0.party ?? "") }, uniquingKeysWith: { a, _ in a })
        text += "Utses att justera              " + plan.adjusters.map { "\($0) (\(parties[$0] ?? ""))" }.joined(separator: " och ") + "\n\n"
        text += "Justeringens plats och tid     Kommunkansliet, \(plan.date) kl. 10.00\n"
        text += "                                                                       Paragrafer \(plan.first)-\(plan.last)\n\n"
        for item in plan.items {
            text += "§ \(item.number)" + String(repeating: " ", count: 60) + (item.caseNumber.map { "Dnr " + $0 } ?? "")
            text += "\n\(item.title)\n\nÄrendebeskrivning\n\(item.background)\n\n"
            text += "Beslut\n\(plan.body) beslutar att \(item.clauses.joined(separator: ", att "))\n\n"
        }
        return text
    }

    func federation(_ plan: Plan) -> String {
        let months = ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"]
        let monthIndex = (Int(plan.date.dropFirst(5).prefix(2)) ?? 1) - 1
        let deciding = plan.deciding.map(\.name)
        let others = plan.members.filter { !$0.deciding }
        var text = "\n\nProtokoll\n\nStyrelsemöte, \(plan.organisation)\n\nPlats Kommunförbundets kansli, \(plan.place)\n\n"
        text += "Tid \(Int(plan.date.suffix(2)) ?? 1) \(months[monthIndex]) \(plan.date.prefix(4)), kl 13.00 -16.30\n\n"
        text += "Beslutande \(deciding[0]) ordförande\n" + deciding.dropFirst().joined(separator: "\n") + "\n\n"
        text += "Övriga deltagare\n\n" + others.map { "\($0.name)\tKommunförbundet\t\($0.role ?? "")" }.joined(separator: "\n") + "\n\n"
        text += "Utses att justera \(plan.adjusters.joined(separator: " och "))\n\nParagrafer \(plan.first) - \(plan.last)\n\n"
        for item in plan.items {
            text += "§ \(item.number)\n\n\(item.title)\n\n"
            if let caseNumber = item.caseNumber { text += "Dnr \(caseNumber)\n\n" }
            text += "\(item.background)\n\nStyrelsen beslutar\n\n" + item.clauses.map { "att \($0)" }.joined(separator: "\n\n") + "\n\n"
        }
        return text
    }

    func housing(_ plan: Plan) -> String {
        var text = "Bostadsrättsföreningen \(plan.organisation.dropFirst(4))\n\nProtokoll fört vid styrelsemöte i \(plan.organisation)\n\n"
        text += "Datum: \(plan.date)\nTid: 18.30\nPlats: Föreningslokalen\n\nNärvarande:\n"
        for member in plan.members { text += "\(member.name), \(member.role ?? "ledamot")\n" }
        text += "\n\n§ 1 Mötets öppnande\n\nOrdföranden \(plan.members[0].name) hälsade alla välkomna och förklarade mötet öppnat.\n\n\n"
        text += "§ 2 Val av justerare\n\nMötet valde \(plan.adjusters.joined(separator: " och ")) att jämte ordföranden justera dagens protokoll.\n\n\n"
        for item in plan.items {
            text += "§ \(item.number) \(item.title)\n\n\(item.background)\n\n"
            text += item.clauses.map { "Styrelsen beslutade att \($0)." }.joined(separator: "\n\n") + "\n\n\n"
        }
        text += "§ \(plan.last + 1) Mötets avslutande\n\nOrdföranden tackade för visat intresse och avslutade mötet.\n\n"
        text += "Vid protokollet\n\(plan.secretary ?? "")\n\nJusteras\n\(plan.members[0].name)        \(plan.adjusters.joined(separator: "  "))\n"
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
        Topic(title: "Skol-Forum", noun: "skolutvecklingen", clauses: ["arbeta vidare med förankringsarbetet", "starta ett regionalt forum för skolutveckling"]),
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

    static let sentenceParts: [[String]] = sentences.map { sentence in
        sentence.components(separatedBy: "ÄMNE")
    }

    static let places = [
        "Jönköpings", "Kalmar", "Kronobergs", "Hallands", "Norrbottens", "Jämtlands", "Dalarnas", "Gävleborgs",
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
        "Granlund", "Engström", "Forsman", "Friberg", "Sandell", "Wikner", "Brandin", "Danielsson",
        "Östberg", "Tejle", "Norberg", "Yilmaz", "Ekberg", "Sjögren", "Wennberg", "Holm", "Lindqvist", "Öberg",
    ]
}
