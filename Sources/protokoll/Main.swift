import Foundation

@main
struct Main {
    static var commands: [any Command.Type] {
        [
            ParseCommand.self,
            ConvertCommand.self,
            ImportCommand.self,
            QueryCommand.self,
            PersonCommand.self,
            MeetingsCommand.self,
            ShowCommand.self,
            ReparseCommand.self,
            ReindexCommand.self,
            BenchCommand.self,
            BenchConvertCommand.self,
        ]
    }

    static let version = "0.1.0"

    static func main() {
        var words = Array(CommandLine.arguments.dropFirst())
        guard let first = words.first, first != "--help", first != "-h", first != "help" else {
            Terminal.out(overview)
            exit(words.isEmpty ? 2 : 0)
        }
        if first == "--version" {
            Terminal.out("protokoll \(version)\n")
            exit(0)
        }
        words.removeFirst()
        guard let command = commands.first(where: { $0.name == first }) else {
            Terminal.err("protokoll: unknown command '\(first)'. See 'protokoll --help'.")
            exit(2)
        }
        var arguments = ArgumentReader(words)
        if arguments.wantsHelp {
            Terminal.out(command.help)
            exit(0)
        }
        do {
            exit(try command.run(&arguments))
        } catch let error as CLIError {
            Terminal.err("protokoll \(command.name): \(error.message)")
            exit(error.exitCode)
        } catch {
            Terminal.err("protokoll \(command.name): \(error)")
            exit(2)
        }
    }

    static var overview: String {
        var text = """
            protokoll — Swedish meeting minutes (protokoll, minnesanteckningar) to structured JSON.

            USAGE: protokoll <command> [options]

            COMMANDS:

            """
        // The summaries line up after the longest command name.
        let width = (commands.map { $0.name.count }.max() ?? 0) + 2
        for command in commands {
            text += "  " + command.name.padding(toLength: width, withPad: " ", startingAt: 0) + command.summary + "\n"
        }
        text += """

            Run 'protokoll <command> --help' for the options of a command.
            Exit codes: 0 success, 1 nothing found or some files failed, 2 usage or read error,
            3 the input is not minutes.

            """
        return text
    }
}
