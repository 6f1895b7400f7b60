import Foundation
import ProtokollArchive

/// Options shared by the archive commands: where the archive is, and the query filters.
enum ArchiveOptions {
    static let archiveHelp = """
          --archive DIR        The archive folder. Default: $PROTOKOLL_ARCHIVE, else ./protokoll-arkiv
        """

    static let filterHelp = """
          --person NAME        Meetings where NAME was present or is named in a decision. Case, spacing,
                               party tags "(C)" and role suffixes ", ordförande" are ignored; every word
                               of NAME must be a whole name part ("Johansson" finds Hans-Göran and Marie
                               Johansson, "Marie Johansson" only her).
          --body NAME          The deciding body, e.g. "Kommunstyrelsen" (whole words, any case).
          --organisation NAME  The organisation, e.g. "Region Jönköpings län" (whole words, any case).
          --from DATE          Meetings on or after DATE (YYYY-MM-DD, YYYY-MM or YYYY).
          --to DATE            Meetings on or before DATE.
          --all-versions       Include earlier versions of meetings imported again from another file.
        """

    /// The archive folder: `--archive`, else `$PROTOKOLL_ARCHIVE`, else `./protokoll-arkiv`.
    static func archive(_ arguments: inout ArgumentReader) throws -> URL {
        if let path = try arguments.option("--archive") {
            guard !path.isEmpty else { throw CLIError.usage("--archive needs a folder") }
            return URL(fileURLWithPath: path)
        }
        if let path = ProcessInfo.processInfo.environment["PROTOKOLL_ARCHIVE"], !path.isEmpty {
            return URL(fileURLWithPath: path)
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("protokoll-arkiv")
    }

    /// Reads the filter options into a query.
    /// `--text WORDS`: every word must begin a word of the §; nil when the option is absent.
    static func textFilter(_ arguments: inout ArgumentReader) throws -> WordMatcher? {
        guard let words = try arguments.option("--text") else { return nil }
        guard let matcher = WordMatcher(words) else { throw CLIError.usage("--text '\(words)' has no words in it") }
        return matcher
    }

    static func filters(_ arguments: inout ArgumentReader) throws -> DecisionQuery {
        var query = DecisionQuery()
        if let name = try arguments.option("--person") {
            guard let matcher = NameMatcher(name) else { throw CLIError.usage("--person '\(name)' has no name in it") }
            query.person = matcher
        }
        if let name = try arguments.option("--body") {
            guard let matcher = NameMatcher(name) else { throw CLIError.usage("--body '\(name)' has no name in it") }
            query.body = matcher
        }
        if let name = try arguments.option("--organisation", "--organization") {
            guard let matcher = NameMatcher(name) else { throw CLIError.usage("--organisation '\(name)' has no name in it") }
            query.organisation = matcher
        }
        if let text = try arguments.option("--from") {
            guard let date = QueryDate.parse(text, as: .start) else { throw CLIError.usage("--from '\(text)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") }
            query.from = date
        }
        if let text = try arguments.option("--to") {
            guard let date = QueryDate.parse(text, as: .end) else { throw CLIError.usage("--to '\(text)' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)") }
            query.to = date
        }
        if let from = query.from, let to = query.to, to < from {
            throw CLIError.usage("--from \(from) is after --to \(to)")
        }
        query.allVersions = arguments.flag("--all-versions")
        return query
    }

    static func format(_ arguments: inout ArgumentReader, allowed: [OutputFormat] = OutputFormat.allCases) throws -> OutputFormat {
        guard let text = try arguments.option("--format", "-f") else { return .table }
        guard let format = OutputFormat(rawValue: text.lowercased()), allowed.contains(format) else {
            throw CLIError.usage("--format '\(text)' is not one of \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        return format
    }

    /// Opens the index, turning a missing archive into a clear error.
    static func openIndex(_ root: URL) throws -> SearchIndex {
        do {
            return try SearchIndex(root: root)
        } catch let error as ArchiveError {
            throw CLIError(message: error.description, exitCode: 2)
        }
    }

    /// Table width: $COLUMNS or the terminal's, else 80.
    static var terminalWidth: Int {
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let width = Int(text), width >= 40 { return width }
        var size = winsize()
        if Terminal.stdoutIsTerminal, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col >= 40 { return Int(size.ws_col) }
        return 80
    }
}
