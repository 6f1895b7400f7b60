import Foundation
import ProtokollArchive
import ProtokollKit

struct ReparseCommand: Command {
    static let name = "reparse"
    static let summary = "Parse the archived sources again with this version of the parser"
    static let help = """
        USAGE: protokoll reparse [--archive DIR]

        Parses every stored source (DIR/sources) again, replaces the documents whose result changed
        and rebuilds the index. Ids stay the same: they come from the source bytes. Word and PDF
        sources are read as import reads them (unzip, pdftotext); when a tool is missing their
        documents are kept as they are and listed.

        OPTIONS:
        \(ArchiveOptions.archiveHelp)

        EXIT CODES:
          0  every document was parsed again (changed or not)
          1  some sources could not be parsed (listed; their old documents are kept)
          2  usage error, or the archive cannot be read or written

        """

    struct Unsupported: Error, CustomStringConvertible {
        var description: String
    }

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let root = try ArchiveOptions.archive(&arguments)
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw CLIError.usage("unexpected '\(extra[0])'. See 'protokoll reparse --help'.") }
        guard ArchiveLayout(root: root).exists else { throw CLIError(message: ArchiveError.notAnArchive(path: root.path).description, exitCode: 2) }
        let started = Date()
        let reader = SourceReader()
        let summary = try ArchiveStore(root: root).reparse { source, stored in
            let ext = source.pathExtension.lowercased()
            let data = try Data(contentsOf: source)
            let format = InputFormat.detect(fileExtension: ext, head: data.prefix(InputFormat.sniffLength))
            do {
                return try reader.document(
                    from: data, format: format, path: FilePath(source.path), sourceExtension: ext, fileName: stored.source.file)
            } catch {
                throw Unsupported(description: "\(error)")
            }
        }
        for failure in summary.failed { Terminal.out("failed       \(failure.id): \(failure.reason)\n") }
        Terminal.out(
            "\(summary.changed) changed, \(summary.unchanged) unchanged, \(summary.failed.count) failed "
                + "in \(String(format: "%.1f", Date().timeIntervalSince(started))) s\n")
        return summary.failed.isEmpty ? 0 : 1
    }
}
