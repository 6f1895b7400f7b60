import Foundation
import ProtokollArchive

struct ReindexCommand: Command {
    static let name = "reindex"
    static let summary = "Rebuild the archive's index from the stored documents"
    static let help = """
        USAGE: protokoll reindex [--archive DIR] [--check]

        Rebuilds DIR/index from DIR/documents. The index is derived data: rebuilding never loses
        anything. Which version of a meeting is current comes from the import journal
        DIR/imports.log, which is kept.

        OPTIONS:
          --check              Do not rebuild; report every document that does not decode and every
                               difference between the index and the documents.
        \(ArchiveOptions.archiveHelp)

        EXIT CODES:
          0  rebuilt (with --check: the archive is consistent)
          1  some documents do not decode and were left out (listed); with --check: problems
             were found (listed on stdout)
          2  usage error, or the archive cannot be read or written

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let root = try ArchiveOptions.archive(&arguments)
        let check = arguments.flag("--check")
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw CLIError.usage("unexpected '\(extra[0])'. See 'protokoll reindex --help'.") }
        guard ArchiveLayout(root: root).exists else { throw CLIError(message: ArchiveError.notAnArchive(path: root.path).description, exitCode: 2) }
        if check {
            let problems = try ArchiveReader(root: root).check()
            for problem in problems { Terminal.out(problem + "\n") }
            Terminal.err(problems.isEmpty ? "the archive is consistent" : "\(problems.count) problem\(problems.count == 1 ? "" : "s")")
            return problems.isEmpty ? 0 : 1
        }
        let started = Date()
        let summary = try ArchiveStore(root: root, forReindex: true).reindex()
        for problem in summary.unreadable { Terminal.out("left out    \(problem)\n") }
        let count = summary.indexed
        Terminal.out("indexed \(count) document\(count == 1 ? "" : "s") in \(String(format: "%.1f", Date().timeIntervalSince(started))) s\n")
        return summary.unreadable.isEmpty ? 0 : 1
    }
}
