/// One subcommand: `protokoll NAME ...`. Each lives in its own file and is listed in `Main.commands`.
protocol Command {
    static var name: String { get }
    /// One line for `protokoll --help`.
    static var summary: String { get }
    /// The full text of `protokoll NAME --help`.
    static var help: String { get }
    /// Runs the command and returns the exit code.
    static func run(_ arguments: inout ArgumentReader) throws -> Int32
}
