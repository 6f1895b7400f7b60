import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// A program the batch runs for container formats (unzip for .docx, pdftotext for .pdf), found on PATH.
///
/// Runs follow the measured rules for `Process` on Linux: it has no PATH lookup of its own, standard
/// input is /dev/null so a tool that asks a question cannot hang, stderr is drained concurrently and
/// stdout read to its end before waiting (a pipe left unread past 64 KB deadlocks the child), and the exit
/// status and reason are checked.
public struct ExternalTool: Sendable {
    /// The tools the batch knows and the Debian package that provides each.
    public enum Requirement: String, Sendable, CaseIterable, Comparable {
        case unzip
        case pdftotext

        public var executableName: String { rawValue }

        public var debianPackage: String {
            switch self {
            case .unzip: "unzip"
            case .pdftotext: "poppler-utils"
            }
        }

        public var formatName: String {
            switch self {
            case .unzip: ".docx"
            case .pdftotext: ".pdf"
            }
        }

        public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// What a run ended with.
    public struct Output: Sendable {
        public var standardOutput: Data
        public var standardError: Data
        public var status: Int32
        /// True when the program ended by a signal (a crash, or our timeout), not by exiting.
        public var wasSignalled: Bool
        public var timedOut: Bool

        public var succeeded: Bool { status == 0 && !wasSignalled }

        /// The first line of stderr, which is where these tools put their reason.
        public var firstErrorLine: String {
            let text = String(decoding: standardError, as: UTF8.self)
            return text.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        }
    }

    public enum RunError: Error, Sendable, CustomStringConvertible {
        case cannotStart(tool: String, reason: String)

        public var description: String {
            switch self {
            case .cannotStart(let tool, let reason): "cannot start \(tool): \(reason)"
            }
        }
    }

    public var name: String
    public var executable: URL

    public init(name: String, executable: URL) {
        self.name = name
        self.executable = executable
    }

    /// The tool if its program is on `searchPath` (a PATH-style list) and executable; nil otherwise.
    public static func locate(
        _ name: String, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]
    ) -> ExternalTool? {
        let folders = (searchPath ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: true)
        for folder in folders {
            let candidate = folder.hasSuffix("/") ? "\(folder)\(name)" : "\(folder)/\(name)"
            var info = stat()
            if access(candidate, X_OK) == 0, stat(candidate, &info) == 0, info.st_mode & S_IFMT == S_IFREG {
                return ExternalTool(name: name, executable: URL(fileURLWithPath: candidate))
            }
        }
        return nil
    }

    public static func locate(_ requirement: Requirement, searchPath: String? = ProcessInfo.processInfo.environment["PATH"]) -> ExternalTool? {
        locate(requirement.executableName, searchPath: searchPath)
    }

    /// Runs the tool to completion. `timeout` kills a tool that hangs on a damaged file, so one file cannot
    /// stall a whole batch.
    public func run(_ arguments: [String], timeout: Duration? = .seconds(300)) throws(RunError) -> Output {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.standardInput = FileHandle.nullDevice
        let outputPipe = Pipe()
        let errorPipe = Pipe()
        process.standardOutput = outputPipe
        process.standardError = errorPipe
        do {
            try process.run()
        } catch {
            throw .cannotStart(tool: name, reason: (error as NSError).localizedDescription)
        }
        // The parent's copies of the write ends must close, or reading would never see end-of-file.
        try? outputPipe.fileHandleForWriting.close()
        try? errorPipe.fileHandleForWriting.close()

        let errorReader = errorPipe.fileHandleForReading
        let collectedError = Mutex(Data())
        let errorDone = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            let data = errorReader.readDataToEndOfFile()
            collectedError.withLock { $0 = data }
            errorDone.signal()
        }

        let finished = Mutex(false)
        let timedOut = Mutex(false)
        if let timeout {
            let pid = process.processIdentifier
            let seconds = Double(timeout.components.seconds) + Double(timeout.components.attoseconds) / 1e18
            DispatchQueue.global().asyncAfter(deadline: .now() + seconds) {
                // Checked under the lock so that a tool that has already finished is not signalled.
                finished.withLock { done in
                    guard !done else { return }
                    timedOut.withLock { $0 = true }
                    kill(pid, SIGKILL)
                }
            }
        }

        let output = outputPipe.fileHandleForReading.readDataToEndOfFile()
        errorDone.wait()
        process.waitUntilExit()
        finished.withLock { $0 = true }
        return Output(
            standardOutput: output, standardError: collectedError.withLock { $0 },
            status: process.terminationStatus, wasSignalled: process.terminationReason == .uncaughtSignal,
            timedOut: timedOut.withLock { $0 })
    }
}
