import Foundation

/// Realistic synthetic Swedish minutes (and some documents that are not minutes) for benchmarks and
/// for tests that need hundreds of files: a kommun's nämnder, föreningar, nested by organ and year, in
/// the encodings old archives hold. Deterministic for a given seed, so runs can be compared.
public enum SyntheticMinutes {
    public enum Encoding: String, Sendable, CaseIterable {
        case utf8 = "utf-8"
        case utf8BOM = "utf-8-bom"
        case windows1252 = "windows-1252"
        case utf16LE = "utf-16le"

        public func encode(_ text: String) -> Data {
            switch self {
            case .utf8: return Data(text.utf8)
            case .utf8BOM: return Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8)
            case .windows1252:
                // The generated text uses only characters cp1252 has; lossy conversion is a safety net.
                return text.data(using: .windowsCP1252, allowLossyConversion: true) ?? Data(text.utf8)
            case .utf16LE:
                var data = Data([0xFF, 0xFE])
                for unit in text.utf16 { data.append(UInt8(unit & 0xFF)); data.append(UInt8(unit >> 8)) }
                return data
            }
        }
    }

    public struct File: Sendable {
        public var relativePath: String
        public var text: String
        public var encoding: Encoding
        public var isMinutes: Bool

        public var bytes: Data { encoding.encode(text) }
    }

    /// A small deterministic generator (SplitMix64): the same seed gives the same folder everywhere.
    public struct Random: Sendable {
        private var state: UInt64
        public init(seed: UInt64) { state = seed }

        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }

        public mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }

        public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    static let firstNames = [
        "Anna", "Lars", "Karin", "Per", "Eva", "Johan", "Maria", "Erik", "Kerstin", "Anders", "Ingrid", "Mikael",
        "Åsa", "Göran", "Birgitta", "Hans-Göran", "Sofia", "Björn", "Ulla", "Örjan", "Malin", "Jörgen",
    ]
    static let lastNames = [
        "Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
        "Gustafsson", "Lindström", "Åberg", "Öberg", "Bäckström", "Sjöberg", "Lundqvist", "Holmgren", "Ström",
    ]
    static let parties = ["S", "M", "C", "V", "KD", "L", "MP", "SD"]
    static let bodies = [
        ("Kulturnämnden", "Kulturnämndens", "kn"), ("Kommunstyrelsen", "Kommunstyrelsens", "ks"),
        ("Barn- och utbildningsnämnden", "Barn- och utbildningsnämndens", "bun"),
        ("Socialnämnden", "Socialnämndens", "sn"), ("Miljö- och byggnadsnämnden", "Miljö- och byggnadsnämndens", "mbn"),
        ("Tekniska nämnden", "Tekniska nämndens", "tn"),
    ]
    static let kommuner = ["Ljusdals kommun", "Tranemo kommun", "Öckerö kommun", "Älvdalens kommun", "Sölvesborgs kommun"]
    static let topics = [
        ("Budget för nästa år", "budgeten fastställs enligt förvaltningens förslag"),
        ("Familjehemsrekrytering", "uppdra åt förvaltningen att ta fram en plan för familjehemsrekrytering"),
        ("Remiss om översiktsplan", "lämna yttrande enligt bilaga"),
        ("Delegationsbeslut", "lägga redovisningen av delegationsbeslut till handlingarna"),
        ("Upphandling av skolskjuts", "godkänna tilldelningsbeslutet"),
        ("Bidrag till studieförbund", "bevilja bidrag om 120 000 kronor"),
        ("Taxa för bygglov", "föreslå kommunfullmäktige att anta ny taxa"),
        ("Internkontrollplan", "anta internkontrollplanen för året"),
        ("Ombyggnad av simhallen", "godkänna förstudien och gå vidare med projektering"),
        ("Medborgarförslag om lekplats", "avslå medborgarförslaget med hänvisning till budgetläget"),
    ]

    static func person(_ random: inout Random) -> String {
        "\(random.pick(firstNames)) \(random.pick(lastNames))"
    }

    /// File number `index` of a folder made with `seed`. Roughly one in eight is not minutes.
    /// `short` minutes have two or three §§ instead of four to fourteen: for tests that need many files
    /// but not the parsing time of many pages.
    public static func file(index: Int, seed: UInt64 = 1, short: Bool = false) -> File {
        var random = Random(seed: seed &* 1_000_003 &+ UInt64(index))
        let (body, bodyGenitive, abbreviation) = random.pick(bodies)
        let kommun = random.pick(kommuner)
        let year = random.int(2005...2023)
        let month = random.int(1...12), day = random.int(1...28)
        let date = "\(year)-\(month < 10 ? "0" : "")\(month)-\(day < 10 ? "0" : "")\(day)"
        let encodingRoll = random.int(0...9)
        let encoding: Encoding = encodingRoll < 6 ? .utf8 : encodingRoll < 7 ? .utf8BOM : encodingRoll < 9 ? .windows1252 : .utf16LE
        let folder = "\(abbreviation)/\(year)"
        let kindRoll = random.int(0...15)
        let text: String
        let isMinutes: Bool
        let name: String
        switch kindRoll {
        case 0:
            text = annualReport(kommun: kommun, body: body, year: year, random: &random)
            isMinutes = false
            name = "verksamhetsberattelse-\(year)-\(index)"
        case 1:
            text = summons(body: body, bodyGenitive: bodyGenitive, date: date, random: &random)
            isMinutes = false
            name = "kallelse-\(date)-\(index)"
        default:
            text = minutes(
                kommun: kommun, body: body, bodyGenitive: bodyGenitive, date: date,
                paragraphs: short ? 2...3 : 4...14, random: &random)
            isMinutes = true
            name = "\(abbreviation)-\(date)-\(index)"
        }
        return File(relativePath: "\(folder)/\(name).txt", text: text, encoding: encoding, isMinutes: isMinutes)
    }

    public static func minutes(
        kommun: String, body: String, bodyGenitive: String, date: String, paragraphs: ClosedRange<Int> = 4...14,
        random: inout Random
    ) -> String {
        let first = random.int(1...120)
        let count = random.int(paragraphs)
        let chair = person(&random), secretary = person(&random), adjuster = person(&random)
        var members = [chair, adjuster]
        for _ in 0..<random.int(4...9) { members.append(person(&random)) }
        var lines: [String] = [
            kommun, "", "SAMMANTRÄDESPROTOKOLL", "\(bodyGenitive.prefix(1).uppercased() + bodyGenitive.dropFirst()) sammanträde",
            "", "Plats och tid\tKommunhuset, sammanträdesrum Älven, \(date), kl. 13.00–16.30", "",
            "Beslutande", "\(chair) (\(random.pick(parties))), ordförande",
        ]
        for member in members.dropFirst() { lines.append("\(member) (\(random.pick(parties)))") }
        lines += [
            "", "Övriga deltagande", "\(secretary), sekreterare", "\(person(&random)), förvaltningschef", "",
            "Utses att justera\t\(adjuster)", "Justeringens plats och tid\tKommunhuset \(date)", "",
            "Paragrafer\t§§ \(first)–\(first + count - 1)", "",
        ]
        for number in first..<(first + count) {
            let (title, decision) = random.pick(topics)
            let dnr = "Dnr \(random.int(2005...2023))/\(random.int(1...400))"
            lines += [
                "§ \(number)\t\(title)", dnr, "", "Ärendebeskrivning",
                "Förvaltningen har berett ärendet och redovisar ett förslag till beslut. "
                    + "Ärendet har tidigare behandlats i arbetsutskottet, som ställt sig bakom förslaget. "
                    + "Ekonomiska konsekvenser redovisas i tjänsteskrivelsen.",
                "", "Beslut", "\(body) beslutar", "", "att \(decision),", "",
                "att uppdra åt förvaltningen att återrapportera till nämnden.", "",
                "Utdrag: Förvaltningen, Ekonomienheten", "",
            ]
        }
        lines += [
            "Justerandes sign", "", "Sekreterare\t\(secretary)", "Ordförande\t\(chair)", "Justerande\t\(adjuster)", "",
            "ANSLAG/BEVIS", "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    static func annualReport(kommun: String, body: String, year: Int, random: inout Random) -> String {
        var lines = ["Verksamhetsberättelse \(year)", "\(body), \(kommun)", ""]
        for heading in ["Inledning", "Ekonomi", "Personal", "Verksamhetens mål", "Framtid"] {
            lines += [heading, "Under året har verksamheten utvecklats i enlighet med målen. "
                + "Antalet besökare ökade med \(random.int(2...30)) procent jämfört med föregående år. "
                + "Nämnden har följt upp budgeten varje månad.", ""]
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func summons(body: String, bodyGenitive: String, date: String, random: inout Random) -> String {
        var lines = ["KALLELSE", "\(body) kallas till sammanträde \(date) kl. 13.00", "Plats: Kommunhuset", "",
                     "Föredragningslista", ""]
        let first = random.int(1...100)
        for number in first..<(first + random.int(3...8)) { lines.append("§ \(number)\t\(random.pick(topics).0)") }
        lines += ["", "Ordförande \(person(&random))", "Sekreterare \(person(&random))"]
        return lines.joined(separator: "\n") + "\n"
    }

    /// Writes `count` files under `root`; returns the total bytes written.
    @discardableResult
    public static func writeFolder(_ root: URL, count: Int, seed: UInt64 = 1, short: Bool = false) throws -> Int {
        var total = 0
        for index in 0..<count {
            let file = file(index: index, seed: seed, short: short)
            let url = root.appendingPathComponent(file.relativePath)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let data = file.bytes
            try data.write(to: url)
            total += data.count
        }
        return total
    }
}
