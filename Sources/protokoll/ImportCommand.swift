import Foundation
import ProtokollArchive

struct ImportCommand: Command {
    static let name = "import"
    static let summary = "Parse minutes files and folders into the archive"
    static let help = """
        USAGE: protokoll import [--archive DIR] [--jobs N] [--report FILE] [--no-fsync] [--quiet] PATH...

        Parses each file, and each file in each folder (recursively; dot-files and dot-folders are
        skipped), and stores every minutes document in the archive as DIR/documents/<id>.json with a
        copy of the original bytes in DIR/sources/. The archive is created on first import.
        Reads what 'protokoll convert' reads: text in any supported encoding, Markdown, .docx (with
        unzip) and .pdf (with pdftotext, Debian package poppler-utils); files already in the archive
        (same content) are not parsed again.

        One line per file on stdout:
          added        a new meeting
          new version  another file for a meeting already in the archive (same organisation, body,
                       date and § range); both are kept, the new one is current
          unchanged    the same file was imported before
          skipped      not minutes (what it looks like), or a file type import does not read
          failed       the reason; the run goes on with the next file
        printed in path order when the run ends, then a summary; progress is shown on stderr meanwhile.
        Several imports may run at once on the same archive: writes are atomic and guarded by the
        lock file DIR/.lock, and an import that is killed leaves a consistent archive (the next
        command finishes or removes its last document).

        OPTIONS:
        \(ArchiveOptions.archiveHelp)
          --no-fsync           Do not force each file to disk before it is renamed into place: faster,
                               still safe against a killed process, not against a power cut.
          --jobs N             Files imported at once (default: the number of cores, here \(BatchEngine.defaultJobs)).
          --report FILE        Also write a JSON Lines report, one object per file (see 'convert --help').
          --quiet              Print only the summary and failures, and no progress on stderr.
          -h, --help           Show this help.

        EXIT CODES:
          0  every file was imported, unchanged or knowingly skipped
          1  some file failed (its line says why)
          2  usage error, or the archive cannot be opened

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let root = try ArchiveOptions.archive(&arguments)
        let durable = !arguments.flag("--no-fsync")
        let quiet = arguments.flag("--quiet", "-q")
        let jobs = try arguments.intOption("--jobs", in: 1...256) ?? BatchEngine.defaultJobs
        let reportPath = try arguments.option("--report").map(FilePath.init)
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw CLIError.usage("no PATH given. See 'protokoll import --help'.") }
        let store: ArchiveStore
        do {
            store = try ArchiveStore(root: root, durable: durable)
        } catch {
            throw CLIError(message: "\(root.path): cannot open the archive: \(error)", exitCode: 2)
        }
        // The archive may lie inside an imported folder; its own files are not minutes to import.
        let (files, problems) = SourceTreeWalker.files(
            under: paths, excluding: [FilePath(root.path)] + (reportPath.map { [$0] } ?? []))

        let progress = ProgressReporter(
            style: quiet ? .silent : (Terminal.stderrIsTerminal ? .terminal : .lines), filesTotal: files.count,
            bytesTotal: files.reduce(0) { $0 + $1.byteCount },
            write: { text in FileHandle.standardError.write(Data(text.utf8)) })
        let result: BatchResult
        do {
            result = try BatchEngine(sink: ArchiveSink(store: store), jobs: jobs).run(files, progress: progress)
        } catch {
            progress.finish()
            Terminal.err("protokoll import: the index could not be updated: \(error). Run 'protokoll reindex'.")
            return 1
        }
        progress.finish()

        var counts: [String: Int] = [:]
        var lines = ""
        for problem in problems {
            lines += "failed       \(problem.path): \(problem.reason)\n"
            counts["failed", default: 0] += 1
        }
        for entry in result.entries {
            let (label, line) = Self.line(for: entry)
            counts[label, default: 0] += 1
            if !quiet || label == "failed" { lines += line + "\n" }
        }
        Terminal.out(lines)
        if let reportPath {
            do {
                try BatchResult.writeReport(result.entries, to: reportPath)
            } catch {
                Terminal.err("protokoll import: cannot write the report: \(error)")
                return 1
            }
        }
        for message in result.missingToolMessages { Terminal.err("protokoll import: \(message)") }
        let total = files.count + problems.count
        let parts = ["added", "new version", "unchanged", "skipped", "failed"].map { "\(counts[$0] ?? 0) \($0)" }
        Terminal.out(
            "\(total) file\(total == 1 ? "" : "s"): \(parts.joined(separator: ", ")) "
                + "(\(ProgressFormat.decimal(result.summary.megabytes, digits: 1)) MB in "
                + "\(ProgressFormat.decimal(result.summary.seconds, digits: 1)) s) → \(store.layout.root.path)\n")
        return counts["failed", default: 0] > 0 ? 1 : 0
    }

    /// The stdout line of one file, and the label it is counted under.
    static func line(for entry: ReportEntry) -> (label: String, line: String) {
        let id = entry.id ?? ""
        switch entry.status {
        case .converted:
            if let reason = entry.reason, let range = reason.range(of: ArchiveSink.newVersionNote) {
                return ("new version", "new version  \(entry.path) (\(id), replaces \(reason[range.upperBound...]))")
            }
            return ("added", "added        \(entry.path) (\(id))")
        case .unchanged:
            return ("unchanged", "unchanged    \(entry.path) (\(id))")
        case .skipped:
            return ("skipped", "skipped      \(entry.path): \(entry.reason ?? "")")
        case .failed:
            return ("failed", "failed       \(entry.path): \(entry.reason ?? "")")
        }
    }
}
