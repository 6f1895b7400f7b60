import Foundation
import ProtokollArchive
import ProtokollKit

struct ShowCommand: Command {
    static let name = "show"
    static let summary = "Print a stored document, or one § of it"
    static let help = """
        USAGE: protokoll show [--archive DIR] [--paragraph N] ID

        Prints the stored JSON document ID, pretty-printed with sorted keys, or with --paragraph N
        only § N. ID is the id shown by 'protokoll meetings' and 'protokoll query', or a unique
        prefix of it (at least 4 characters).

        OPTIONS:
          --paragraph N        Only § N (as written: "20", "5.2"; "§ 20" works too).
        \(ArchiveOptions.archiveHelp)

        EXIT CODES:
          0  printed
          1  no such document or §
          2  usage error (an ID must be hex digits), or the archive cannot be read

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let root = try ArchiveOptions.archive(&arguments)
        let paragraph = try arguments.option("--paragraph", "-p")
        let ids = try arguments.positionals()
        guard ids.count == 1 else { throw CLIError.usage(ids.isEmpty ? "no ID given. See 'protokoll show --help'." : "give one ID") }
        let reader = ArchiveReader(root: root)
        let document: ProtokollDocument
        do {
            document = try reader.document(reader.resolve(ids[0]))
        } catch let error as ArchiveError {
            switch error {
            case .notFound, .ambiguousID:
                Terminal.err("protokoll show: \(error)")
                return 1
            default:
                throw CLIError(message: error.description, exitCode: 2)
            }
        }
        guard let paragraph else {
            var json = try DocumentJSON.encode(document, pretty: true)
            json.append(0x0A)
            Terminal.outData(json)
            return 0
        }
        let wanted = paragraph.replacingOccurrences(of: "§", with: "").trimmingCharacters(in: .whitespaces)
        guard let found = document.paragraphs.first(where: { $0.number == wanted }) else {
            let numbers = document.paragraphs.map(\.number).joined(separator: ", ")
            Terminal.err("protokoll show: \(document.id) has no § \(wanted) (it has: \(numbers.isEmpty ? "none" : numbers))")
            return 1
        }
        var json = try OutputFormat.jsonEncoder(pretty: true).encode(found)
        json.append(0x0A)
        Terminal.outData(json)
        return 0
    }
}
