import Foundation
import ProtokollKit

struct ParseCommand: Command {
    static let name = "parse"
    static let summary = "Parse minutes files and print their JSON documents"
    static let help = """
        USAGE: protokoll parse [--pretty] [--quiet] FILE...

        Parses each FILE (text in UTF-8, UTF-16, Windows-1252 or ISO-8859-1; Markdown) and prints one
        JSON document, or a JSON array for several files, with sorted keys. Warnings are printed on
        stderr as 'file:line: warning: message'. Use '-' to read standard input.

        OPTIONS:
          --pretty    Indent the JSON.
          --quiet     Do not print warnings.
          -h, --help  Show this help.

        EXIT CODES:
          0  every file parsed
          2  a file could not be read, is empty or binary (the file is named on stderr)
          3  a file is readable but not minutes (stderr says what it looks like)

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let pretty = arguments.flag("--pretty")
        let quiet = arguments.flag("--quiet", "-q")
        let files = try arguments.positionals()
        guard !files.isEmpty else { throw CLIError.usage("no FILE given. See 'protokoll parse --help'.") }
        var documents: [ProtokollDocument] = []
        var exitCode: Int32 = 0
        for file in files {
            let data: Data
            do {
                data = file == "-" ? FileHandle.standardInput.readDataToEndOfFile() : try Data(contentsOf: URL(fileURLWithPath: file))
            } catch {
                Terminal.err("\(file): error: cannot read the file (\(readReason(error)))")
                exitCode = max(exitCode, 2)
                continue
            }
            let name = file == "-" ? "<stdin>" : file
            do {
                let document = try ProtokollParser.parse(data, fileName: name)
                if !quiet {
                    for warning in document.warnings {
                        let place = warning.line.map { "\(name):\($0)" } ?? name
                        Terminal.err("\(place): warning: \(warning.message) [\(warning.code)]")
                    }
                }
                documents.append(document)
            } catch {
                Terminal.err(error.description)
                exitCode = max(exitCode, error.exitCode)
            }
        }
        if !documents.isEmpty {
            var json = files.count == 1 && documents.count == 1
                ? try DocumentJSON.encode(documents[0], pretty: pretty)
                : try DocumentJSON.encode(documents, pretty: pretty)
            json.append(0x0A)
            Terminal.outData(json)
        }
        return exitCode
    }

    static func readReason(_ error: Error) -> String {
        let nsError = error as NSError
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain,
           let code = POSIXErrorCode(rawValue: Int32(underlying.code)) {
            return String(cString: strerror(code.rawValue))
        }
        switch nsError.code {
        case NSFileReadNoSuchFileError: return "no such file"
        case NSFileReadNoPermissionError: return "permission denied"
        default: return nsError.localizedDescription
        }
    }
}
