import Foundation
import ProtokollArchive

struct PersonCommand: Command {
    static let name = "person"
    static let summary = "A person's timeline: meetings, roles and the decisions they took part in"
    static let help = """
        USAGE: protokoll person [--archive DIR] [--body NAME] [--organisation NAME] [--from DATE]
                                [--to DATE] [--text WORDS] [--format table|json|jsonl|csv] NAME

        Lists, by date, every meeting NAME attended (with the role as written and whether they had
        decision rights) and the decisions taken while they were deciding, plus decisions that name
        them ("ge Pernilla Friberg i uppdrag att ..."). NAME matches whatever the case, spacing,
        party tag or role suffix; "Hans-Göran Johansson" is not "Marie Johansson".

        OPTIONS:
          --body, --organisation, --from, --to, --all-versions   As for 'protokoll query'.
          --text WORDS         Only meetings with decisions whose § matches WORDS.
          --format FORMAT      table (default), json (array of meetings with their decisions), jsonl
                               (one meeting per line) or csv (one row per decision, with personRole).
          --delimiter C, --bom  CSV options as for 'protokoll query'.
        \(ArchiveOptions.archiveHelp)

        EXIT CODES:
          0  the person was found
          1  no meeting with that person
          2  usage error, or the archive cannot be read

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let root = try ArchiveOptions.archive(&arguments)
        var query = try ArchiveOptions.filters(&arguments)
        query.text = try ArchiveOptions.textFilter(&arguments)
        let format = try ArchiveOptions.format(&arguments)
        let csv = try QueryCommand.csvWriter(&arguments)
        let names = try arguments.positionals()
        guard !names.isEmpty else { throw CLIError.usage("no NAME given. See 'protokoll person --help'.") }
        let name = names.joined(separator: " ")
        guard let person = NameMatcher(name) else { throw CLIError.usage("'\(name)' has no name in it") }
        let index = try ArchiveOptions.openIndex(root)
        let meetings = DecisionSearch(index: index).timeline(of: person, query: query)
        switch format {
        case .json, .jsonl:
            Terminal.outData(try OutputFormat.encode(meetings, as: format))
        case .csv:
            try QueryCommand.write(meetings.flatMap(\.decisions), format: .csv, csv: csv, withRole: true)
        case .table:
            guard !meetings.isEmpty else {
                Terminal.err("no meetings with '\(name)'")
                return 1
            }
            Terminal.out(render(meetings, width: ArchiveOptions.terminalWidth))
        }
        return meetings.isEmpty ? 1 : 0
    }

    static func fit(_ line: String, _ width: Int) -> String {
        line.count <= width ? line : String(line.prefix(width - 1)) + "…"
    }

    static func render(_ meetings: [TimelineMeeting], width: Int) -> String {
        var text = ""
        for meeting in meetings {
            let named = [meeting.body, meeting.organisation].compactMap { $0 }.joined(separator: ", ")
            let place = named.isEmpty ? "(body not stated)" : named
            let status = meeting.present ? (meeting.deciding ? "beslutande" : "närvarande") : "nämnd i beslut"
            let role = [status, meeting.role].compactMap { $0 }.joined(separator: ", ")
            text += fit("\(meeting.date ?? "????-??-??")  \(place)", width) + "\n"
            text += fit("            \(role)  [\(meeting.documentId)]", width) + "\n"
            let table = TableFormatter(
                columns: [TableFormatter.Column("", maxWidth: 10), TableFormatter.Column("", maxWidth: 8), TableFormatter.Column("", maxWidth: 400, wraps: true)],
                width: width - 4)
            let rows = meeting.decisions.map { row in
                ["§ " + row.paragraph, row.personRole ?? "", [row.title, row.decision].compactMap { $0 }.joined(separator: ": ")]
            }
            if !rows.isEmpty {
                // Drop the (empty) header and rule lines of the table.
                let lines = table.render(rows).split(separator: "\n", omittingEmptySubsequences: false).dropFirst(2)
                text += lines.filter { !$0.isEmpty }.map { "    " + $0 }.joined(separator: "\n") + "\n"
            }
            text += "\n"
        }
        return text
    }
}
