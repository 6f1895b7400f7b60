import Foundation
import ProtokollArchive
import ProtokollKit

struct ConvertCommand: Command {
    static let name = "convert"
    static let summary = "Convert a folder tree of minutes into JSON documents, with a report"
    static let help = """
        USAGE: protokoll convert [--jobs N] [--report FILE] [--force] [--fsync] [--quiet] SRC_DIR OUT_DIR

        Walks SRC_DIR recursively and writes one JSON document per minutes file into OUT_DIR, mirroring
        the folder tree: SRC_DIR/2014/pkn.txt becomes OUT_DIR/2014/pkn.json. When one folder holds the
        same name in several formats (pkn.txt and pkn.docx), the outputs keep the extension
        (pkn.txt.json, pkn.docx.json). Files and folders whose names start with a dot are ignored, and
        so is OUT_DIR when it lies inside SRC_DIR.

        INPUTS:
          .txt .text   text in UTF-8 (with or without BOM), UTF-16, Windows-1252 or ISO-8859-1
          .md          Markdown
          .docx        Word; needs 'unzip' (Debian package unzip)
          .pdf         PDF with a text layer; needs 'pdftotext' (Debian package poppler-utils)
        When a tool is missing, its files are skipped and one message names the package to install.
        Other files (images, spreadsheets, old .doc) are listed as skipped with their type; documents
        that are not minutes (kallelser, verksamhetsberättelser, budgets) are skipped with what they
        look like. A file that fails never stops the batch.

        REPORT:
          OUT_DIR/report.jsonl (or --report FILE) has one JSON object per input file with the keys
          path, status (converted, unchanged, skipped, failed), reason, kind, id, warnings (count),
          encoding, format, bytes, ms, output and sha256. A summary table (counts by status, kind and
          format, MB, MB/s, time) is printed on stdout at the end.

        RESUMING:
          A second run redoes only new or changed files (compared by SHA-256 of their content); the
          others are reported as unchanged. Outputs and the report are written atomically, so a run
          stopped with Ctrl-C or kill can simply be started again. The manifest of finished files is
          OUT_DIR/.protokoll-manifest.jsonl; OUT_DIR/.protokoll-parser-version names the parser that
          made the outputs, and after a parser upgrade every file is converted again. --force redoes
          everything in any case.

        OPTIONS:
          --jobs N       Files converted at once (default: the number of cores, here \(BatchEngine.defaultJobs)).
          --report FILE  Write the report to FILE instead of OUT_DIR/report.jsonl.
          --force        Convert every file again, ignoring earlier runs.
          --fsync        Force each output to disk before it is renamed into place: slower, but the
                         outputs also survive a power cut (a killed run is safe without it).
          --quiet, -q    No progress on stderr (the missing-tool messages and the summary remain).
          -h, --help     Show this help.

        PROGRESS:
          On a terminal, stderr shows files done/total, MB/s, failed files and the time left, redrawn in
          place; when stderr is a file or a pipe, a plain line every 5 seconds.

        EXIT CODES:
          0  every file was converted, unchanged or knowingly skipped
          1  at least one file failed (see the report: status "failed")
          2  usage error: a missing SRC_DIR, a bad option, an output folder that cannot be created
          130 interrupted with Ctrl-C (run the same command again to continue)

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let jobs = try arguments.intOption("--jobs", in: 1...256) ?? BatchEngine.defaultJobs
        let reportOption = try arguments.option("--report")
        let force = arguments.flag("--force")
        let durable = arguments.flag("--fsync")
        let quiet = arguments.flag("--quiet", "-q")
        let paths = try arguments.positionals()
        guard paths.count == 2 else {
            throw CLIError.usage(
                "expected SRC_DIR and OUT_DIR, got \(paths.count) argument\(paths.count == 1 ? "" : "s"). "
                    + "See 'protokoll convert --help'.")
        }
        let source = FilePath(paths[0])
        let output = FilePath(paths[1])
        guard FileBytes.exists(source) else { throw CLIError.usage("SRC_DIR '\(paths[0])' does not exist") }
        guard FileBytes.isDirectory(source) else { throw CLIError.usage("SRC_DIR '\(paths[0])' is not a folder") }
        if FileBytes.exists(output) && !FileBytes.isDirectory(output) {
            throw CLIError.usage("OUT_DIR '\(paths[1])' exists and is not a folder")
        }
        if let outputIdentity = FileBytes.identity(of: output), outputIdentity == FileBytes.identity(of: source) {
            throw CLIError.usage("OUT_DIR must be another folder than SRC_DIR (it may lie inside it)")
        }

        let sink: ConvertSink
        do {
            sink = try ConvertSink(outputRoot: output, force: force, durable: durable)
        } catch {
            throw CLIError.usage(error.description)
        }
        let reportPath = reportOption.map(FilePath.init) ?? output.appending("report.jsonl")
        let files: [SourceFile]
        do {
            files = try SourceTreeWalker(root: source, excluding: [output, reportPath]).files()
        } catch {
            throw CLIError.usage(error.description)
        }

        let style: ProgressReporter.Style = quiet ? .silent : (Terminal.stderrIsTerminal ? .terminal : .lines)
        let progress = ProgressReporter(
            style: style, filesTotal: files.count, bytesTotal: files.reduce(0) { $0 + $1.byteCount },
            write: { text in FileHandle.standardError.write(Data(text.utf8)) })
        // Everything written so far is complete (atomic writes, journal), so Ctrl-C only has to say how to go on.
        signal(SIGINT) { _ in
            let message: StaticString = "\nprotokoll convert: interrupted; run the same command again to continue\n"
            _ = write(STDERR_FILENO, message.utf8Start, message.utf8CodeUnitCount)
            _exit(130)
        }
        let engine = BatchEngine(sink: sink, jobs: jobs)
        let result = try engine.run(files, progress: progress)
        progress.finish()

        do {
            try BatchResult.writeReport(result.entries, to: reportPath)
        } catch {
            Terminal.err("protokoll convert: cannot write the report: \(error)")
            return 1
        }
        for message in result.missingToolMessages { Terminal.err("protokoll convert: \(message)") }
        Terminal.out(result.summary.table)
        Terminal.out("report: \(reportPath.display)\n")
        return result.exitCode
    }
}
