import Foundation
import ProtokollArchive

struct MeetingsCommand: Command {
    static let name = "meetings"
    static let summary = "List the meetings in the archive"
    static let help = """
        USAGE: protokoll meetings [--archive DIR] [--person NAME] [--body NAME] [--organisation NAME]
                                  [--from DATE] [--to DATE] [--all-versions]
                                  [--format table|json|jsonl|csv] [--delimiter C] [--bom]

        Lists the meetings by date: date, organisation, body, § range, number of decisions,
        adjusters (justerare) and the document id (for 'protokoll show ID'). Earlier versions of a
        meeting are left out unless --all-versions is given (then 'current' says which is which).

        OPTIONS:
        \(ArchiveOptions.filterHelp)
          --format FORMAT      table (default), json, jsonl or csv.
          --delimiter C, --bom  CSV options as for 'protokoll query'.
        \(ArchiveOptions.archiveHelp)

        EXIT CODES:
          0  meetings listed
          1  no meeting matches
          2  usage error, or the archive cannot be read

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let root = try ArchiveOptions.archive(&arguments)
        let query = try ArchiveOptions.filters(&arguments)
        let format = try ArchiveOptions.format(&arguments)
        let csv = try QueryCommand.csvWriter(&arguments)
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw CLIError.usage("unexpected '\(extra[0])'. See 'protokoll meetings --help'.") }
        let index = try ArchiveOptions.openIndex(root)
        let meetings = DecisionSearch(index: index).meetings(matching: query)
        switch format {
        case .json, .jsonl:
            Terminal.outData(try OutputFormat.encode(meetings, as: format))
        case .csv:
            Terminal.out(csv.render(header: MeetingSummary.columns, rows: meetings.map(\.fields)))
        case .table:
            guard !meetings.isEmpty else {
                Terminal.err("no meetings found")
                return 1
            }
            // Organisation, body and adjusters share the one wrapping column so the table fits 80
            // columns without cutting names.
            var columns = [
                TableFormatter.Column("date", maxWidth: 10), TableFormatter.Column("id", maxWidth: 16),
                TableFormatter.Column("§§", maxWidth: 7), TableFormatter.Column("beslut", maxWidth: 6),
            ]
            if query.allVersions { columns.append(TableFormatter.Column("current", maxWidth: 7)) }
            columns.append(TableFormatter.Column("body, organisation; justerare", maxWidth: 400, wraps: true))
            let table = TableFormatter(columns: columns, width: ArchiveOptions.terminalWidth)
            Terminal.out(table.render(meetings.map { meeting in
                var cells = [meeting.date ?? "", meeting.id, meeting.paragraphs ?? "", String(meeting.decisions)]
                if query.allVersions { cells.append(meeting.current ? "yes" : "no") }
                var who = [meeting.body, meeting.organisation].compactMap { $0 }.joined(separator: ", ")
                if !meeting.adjusters.isEmpty { who += "; justerare: " + meeting.adjusters.joined(separator: ", ") }
                cells.append(who)
                return cells
            }))
            Terminal.err("\(meetings.count) meeting\(meetings.count == 1 ? "" : "s")")
        }
        return meetings.isEmpty ? 1 : 0
    }
}
