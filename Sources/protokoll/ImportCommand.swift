import Foundation
import ProtokollArchive

struct ImportCommand: Command {
    static let name = "import"
    static let summary = "Parse minutes files and folders into the archive"
    static let help = """
        USAGE: protokoll import [--archive DIR] [--no-fsync] [--quiet] PATH...

        Parses each file, and each file in each folder (recursively; dot-files and dot-folders are
        skipped), and stores every minutes document in the archive as DIR/documents/<id>.json with a
        copy of the original bytes in DIR/sources/. The archive is created on first import.

        One line per file on stdout:
          added        a new meeting
          new version  another file for a meeting already in the archive (same organisation, body,
                       date and § range); both are kept, the new one is current
          unchanged    the same file was imported before
          skipped      not minutes (what it looks like), or a file type import does not read
          failed       the reason; the run goes on with the next file
        and a summary at the end. Several imports may run at once on the same archive: writes are
        atomic and guarded by the lock file DIR/.lock, and an import that is killed leaves a
        consistent archive (the next command finishes or removes its last document).

        OPTIONS:
        \(ArchiveOptions.archiveHelp)
          --no-fsync           Do not force each file to disk before it is renamed into place: faster,
                               still safe against a killed process, not against a power cut.
          --quiet              Print only the summary and failures.
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
        let paths = try arguments.positionals()
        guard !paths.isEmpty else { throw CLIError.usage("no PATH given. See 'protokoll import --help'.") }
        let store: ArchiveStore
        do {
            store = try ArchiveStore(root: root, durable: durable)
        } catch {
            throw CLIError(message: "\(root.path): cannot open the archive: \(error)", exitCode: 2)
        }
        let importer = FileImporter(store: store)
        let started = Date()
        let (files, problems) = SourceWalker.files(under: paths)
        var counts: [String: Int] = [:]
        var bytes = 0
        for problem in problems {
            Terminal.out("failed       \(problem.path): \(problem.reason)\n")
            counts["failed", default: 0] += 1
        }
        for file in files {
            let result = importer.importFile(at: file)
            bytes += result.bytes
            let line: String
            switch result.status {
            case .stored(.added):
                counts["added", default: 0] += 1
                line = "added        \(file) (\(result.id ?? ""))"
            case .stored(.newVersion(let previous)):
                counts["new version", default: 0] += 1
                line = "new version  \(file) (\(result.id ?? ""), replaces \(previous) as current)"
            case .stored(.unchanged):
                counts["unchanged", default: 0] += 1
                line = "unchanged    \(file) (\(result.id ?? ""))"
            case .skipped(let reason):
                counts["skipped", default: 0] += 1
                line = "skipped      \(file): \(reason)"
            case .failed(let reason):
                counts["failed", default: 0] += 1
                line = "failed       \(file): \(reason)"
            }
            if !quiet || line.hasPrefix("failed") { Terminal.out(line + "\n") }
        }
        do {
            try store.flush()
        } catch {
            Terminal.err("protokoll import: the index could not be updated: \(error). Run 'protokoll reindex'.")
            return 1
        }
        let seconds = Date().timeIntervalSince(started)
        let total = files.count + problems.count
        let parts = ["added", "new version", "unchanged", "skipped", "failed"].map { "\(counts[$0] ?? 0) \($0)" }
        let megabytes = Double(bytes) / 1_000_000
        Terminal.out(
            "\(total) file\(total == 1 ? "" : "s"): \(parts.joined(separator: ", ")) "
                + "(\(String(format: "%.1f", megabytes)) MB in \(String(format: "%.1f", seconds)) s) → \(store.layout.root.path)\n")
        return counts["failed", default: 0] > 0 ? 1 : 0
    }
}
