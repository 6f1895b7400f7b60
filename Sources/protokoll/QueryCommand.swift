import Foundation
import ProtokollArchive

struct QueryCommand: Command {
    static let name = "query"
    static let summary = "Find decisions: who decided what, and when"
    static let help = """
        USAGE: protokoll query [--archive DIR] [--person NAME] [--body NAME] [--organisation NAME]
                               [--from DATE] [--to DATE] [--text WORDS] [--case DNR]
                               [--format table|json|jsonl|csv] [--delimiter C] [--bom]

        Prints one row per decision of the current version of each meeting, by date. Filters combine
        with AND; without filters every decision is listed.

        FILTERS:
        \(ArchiveOptions.filterHelp)
          --text WORDS         Every word must begin a word of the § title, text, sections or decision,
                               ignoring case and å ä ö é: "familjehem" finds "familjehemsrekrytering".
          --case DNR           The case number (diarienummer), e.g. "KS 2018/14" or "2010.009-7"; also
                               lists §§ of the case that have no decision (information items).
          --all-paragraphs     Also list §§ without a decision (with an empty decision).

        OUTPUT:
          --format FORMAT      table (default, fits the terminal), json (an array), jsonl (one object per
                               line, for DuckDB, pandas, jq) or csv (RFC 4180, UTF-8, header row).
          --delimiter C        CSV field delimiter; ';' for Swedish Excel. Default ','.
          --bom                Start CSV with a UTF-8 byte order mark (Excel needs it to read å ä ö).
        \(ArchiveOptions.archiveHelp)

        COLUMNS:
          date, organisation, body, paragraph (§ number), title, caseNumber, decision, clauses (the
          att-clauses), deciding (members with decision rights at the meeting), documentId, decidedBy
          (the organ that decided), proposedTo (the organ that decides last, when this was a proposal),
          votes (counts of each omröstning in the §: ja, nej, avstår, frånvarande), reservations (who
          reserved against a decision of the §), and with --person: personRole = deciding (had
          decision rights), assigned (named in the decision, e.g. "ge Pernilla Friberg i uppdrag att
          ...") or present, and personVote = the person's vote in the § (ja, nej, avstår, frånvarande)
          where a roll call names them.

        EXAMPLES:
          protokoll query --person "Berry Lilja"
          protokoll query --text familjehem --from 2014 --to 2016 --format csv --delimiter ';' --bom
          protokoll query --body kommunstyrelsen --case "KS 2018/14" --format jsonl

        EXIT CODES:
          0  decisions found
          1  nothing found
          2  usage error, or the archive cannot be read

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let root = try ArchiveOptions.archive(&arguments)
        var query = try ArchiveOptions.filters(&arguments)
        query.text = try ArchiveOptions.textFilter(&arguments)
        if let text = try arguments.option("--case") {
            let key = CaseNumber.key(text)
            guard !key.isEmpty else { throw CLIError.usage("--case '\(text)' has no case number in it") }
            query.caseNumber = key
        }
        query.paragraphsWithoutDecision = arguments.flag("--all-paragraphs")
        let format = try ArchiveOptions.format(&arguments)
        let csv = try csvWriter(&arguments)
        let extra = try arguments.positionals()
        guard extra.isEmpty else {
            throw CLIError.usage("unexpected '\(extra[0])'; filters are options, e.g. --person \"\(extra[0])\"")
        }
        let search = DecisionSearch(index: try ArchiveOptions.openIndex(root))
        if format == .json || format == .jsonl {
            // Straight from the index to stdout: the fast path for large exports.
            let count = search.writeJSON(matching: query, as: format) { Terminal.outBytes($0) }
            return count == 0 ? 1 : 0
        }
        let rows = search.rows(matching: query)
        try write(rows, format: format, csv: csv, withRole: query.person != nil)
        return rows.isEmpty ? 1 : 0
    }

    static func csvWriter(_ arguments: inout ArgumentReader) throws -> CSVWriter {
        var writer = CSVWriter(byteOrderMark: arguments.flag("--bom"))
        if let text = try arguments.option("--delimiter", "-d") {
            let delimiter = text == "\\t" || text == "tab" ? "\t" : text
            guard delimiter.count == 1, let character = delimiter.first, character != "\"", !character.isNewline else {
                throw CLIError.usage("--delimiter takes one character other than a quote, e.g. ';'")
            }
            writer.delimiter = character
        }
        return writer
    }

    static func write(_ rows: [DecisionRow], format: OutputFormat, csv: CSVWriter, withRole: Bool) throws {
        switch format {
        case .json, .jsonl:
            JSONRowWriter.write(rows, as: format) { Terminal.outBytes($0) }
        case .csv:
            let count = DecisionRow.columns.count - (withRole ? 0 : DecisionRow.personColumns)
            Terminal.out(csv.render(header: Array(DecisionRow.columns.prefix(count)), rows: rows.map { Array($0.fields.prefix(count)) }))
        case .table:
            guard !rows.isEmpty else {
                Terminal.err("no decisions found")
                return
            }
            // The title leads the wrapping decision cell instead of taking a column of its own, and
            // date and body are printed once per meeting, so the decision text gets most of the width.
            var columns = [
                TableFormatter.Column("date", maxWidth: 10), TableFormatter.Column("body", maxWidth: 14),
                TableFormatter.Column("§", maxWidth: 5),
            ]
            if withRole { columns.append(TableFormatter.Column("role", maxWidth: 8)) }
            columns.append(TableFormatter.Column("title: decision", maxWidth: 1000, wraps: true))
            let table = TableFormatter(columns: columns, width: ArchiveOptions.terminalWidth)
            var previousMeeting = ""
            Terminal.out(table.render(rows.map { row in
                let meeting = row.documentId
                let first = meeting != previousMeeting
                previousMeeting = meeting
                var cells = first ? [row.date ?? "", row.body ?? row.organisation ?? ""] : ["", ""]
                cells.append(row.paragraph)
                if withRole { cells.append(row.personRole ?? "") }
                var text = [row.title, row.decision ?? "(no decision)"].compactMap { $0 }.joined(separator: ": ")
                // What a reader scans for after the decision: was it contested, and was it final.
                if let proposedTo = row.proposedTo { text += " [förslag till \(proposedTo)]" }
                for vote in row.votes where !vote.summary.isEmpty { text += " [votering: \(vote.summary)]" }
                if !row.reservations.isEmpty { text += " [reservation: \(row.reservations.joined(separator: ", "))]" }
                if let vote = row.personVote { text += " [röstade \(vote)]" }
                cells.append(text)
                return cells
            }))
            Terminal.err("\(rows.count) decision\(rows.count == 1 ? "" : "s")")
        }
    }
}
