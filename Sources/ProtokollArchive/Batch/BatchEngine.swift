import Foundation
import ProtokollKit
import Synchronization

/// Which external tools a run can use; a missing one makes its formats skipped, not failed.
public struct ToolSet: Sendable {
    public var tools: [ExternalTool.Requirement: ExternalTool]

    public init(tools: [ExternalTool.Requirement: ExternalTool]) { self.tools = tools }

    /// The tools found on PATH.
    public static func installed() -> ToolSet {
        var found: [ExternalTool.Requirement: ExternalTool] = [:]
        for requirement in ExternalTool.Requirement.allCases {
            if let tool = ExternalTool.locate(requirement) { found[requirement] = tool }
        }
        return ToolSet(tools: found)
    }

    public subscript(_ requirement: ExternalTool.Requirement) -> ExternalTool? { tools[requirement] }
}

/// The outcome of a whole run.
public struct BatchResult: Sendable {
    /// One entry per input file, in the walker's (sorted) order whatever order the workers finished in.
    public var entries: [ReportEntry]
    public var summary: BatchSummary
    /// Files skipped because a tool is not installed, by tool.
    public var missingTools: [ExternalTool.Requirement: [String]]

    /// Exit status: 0 when every file was converted or knowingly skipped, 1 when any failed.
    public var exitCode: Int32 { summary.failed > 0 ? 1 : 0 }

    /// One message per missing tool, naming the package to install and the files that were skipped.
    public var missingToolMessages: [String] {
        missingTools.keys.sorted().compactMap { requirement in
            guard let files = missingTools[requirement], !files.isEmpty else { return nil }
            let shown = files.prefix(10).joined(separator: ", ")
            let more = files.count > 10 ? " and \(files.count - 10) more (see the report)" : ""
            let noun = files.count == 1 ? "file was" : "files were"
            return "\(files.count) \(requirement.formatName) \(noun) skipped because '\(requirement.executableName)' "
                + "is not installed; install the Debian package \(requirement.debianPackage) "
                + "(sudo apt-get install \(requirement.debianPackage)) and run again. Skipped: \(shown)\(more)"
        }
    }

    public static func writeReport(_ entries: [ReportEntry], to path: FilePath) throws {
        var data = Data()
        for entry in entries { data.append(try entry.jsonLine()) }
        try FileBytes.writeAtomically(data, to: path)
    }
}

/// Walk → read → identify → extract → parse → sink, for every file, on `jobs` workers at once.
///
/// Nothing one file does can stop the batch: every outcome, including errors, becomes a report entry.
public struct BatchEngine: Sendable {
    /// Extensions of files that may be minutes and are read whole. "" (no extension) is read as text:
    /// old systems exported minutes without one.
    public static let convertibleExtensions: Set<String> = ["txt", "text", "md", "markdown", "docx", "pdf", ""]
    public static let notMinutesPrefix = "not minutes"

    public var sink: any BatchSink
    public var jobs: Int
    public var tools: ToolSet
    public var toolTimeout: Duration

    public init(sink: any BatchSink, jobs: Int, tools: ToolSet = .installed(), toolTimeout: Duration = .seconds(300)) {
        self.sink = sink
        self.jobs = max(1, jobs)
        self.tools = tools
        self.toolTimeout = toolTimeout
    }

    /// Two workers on two cores; more only help while they wait for pdftotext or the disk.
    public static var defaultJobs: Int { ProcessInfo.processInfo.activeProcessorCount }

    /// How `run` spreads files over workers; Benchmarks/BATCH.md compares them. Threads are the default:
    /// they scaled best on free cores (1.85–1.97× with 2 jobs).
    public enum Scheduler: String, Sendable, CaseIterable {
        /// `jobs` threads of our own: exactly `jobs` workers, also beyond the core count, which helps
        /// while workers wait for unzip or pdftotext.
        case threads
        /// `DispatchQueue.concurrentPerform` with one iteration per worker: never more than the cores.
        case concurrentPerform
    }

    /// Runs the batch on `jobs` workers, each taking the next file as it finishes one, so a large file
    /// does not hold up the rest. Blocking workers rather than the Swift concurrency pool, because they
    /// block on file I/O and on external tools.
    public func run(
        _ files: [SourceFile], progress: ProgressReporter? = nil, scheduler: Scheduler = .threads
    ) throws -> BatchResult {
        let start = ContinuousClock.now
        try sink.prepare(for: files)
        let next = Mutex(0)
        let outcomes = Mutex([Outcome?](repeating: nil, count: files.count))
        let work: @Sendable () -> Void = {
            while true {
                let index = next.withLock { value in
                    defer { value += 1 }
                    return value
                }
                guard index < files.count else { break }
                let outcome = finish(files[index], progress: progress)
                outcomes.withLock { $0[index] = outcome }
            }
        }
        let workerCount = min(jobs, max(files.count, 1))
        switch scheduler {
        case .threads:
            let workers = DispatchGroup()
            for _ in 0..<workerCount {
                workers.enter()
                let thread = Thread {
                    work()
                    workers.leave()
                }
                // Deeply nested Word XML and the parser's recursion want more than a small default stack.
                thread.stackSize = 8 << 20
                thread.start()
            }
            workers.wait()
        case .concurrentPerform:
            DispatchQueue.concurrentPerform(iterations: workerCount) { _ in work() }
        }
        return try complete(outcomes.withLock { $0 }.compactMap { $0 }, since: start)
    }

    /// The same batch on a bounded task group (at most `jobs` files at once, the next added as one
    /// finishes); kept to compare against threads in the benchmark, and for async callers.
    public func runAsync(_ files: [SourceFile], progress: ProgressReporter? = nil) async throws -> BatchResult {
        let start = ContinuousClock.now
        try sink.prepare(for: files)
        var outcomes = [Outcome?](repeating: nil, count: files.count)
        await withTaskGroup(of: (Int, Outcome).self) { group in
            var nextIndex = 0
            func addNext() {
                guard nextIndex < files.count else { return }
                let index = nextIndex
                nextIndex += 1
                group.addTask { (index, finish(files[index], progress: progress)) }
            }
            for _ in 0..<jobs { addNext() }
            while let (index, outcome) = await group.next() {
                outcomes[index] = outcome
                addNext()
            }
        }
        return try complete(outcomes.compactMap { $0 }, since: start)
    }

    private struct Outcome: Sendable {
        var entry: ReportEntry
        var missingTool: ExternalTool.Requirement?
    }

    private func complete(_ outcomes: [Outcome], since start: ContinuousClock.Instant) throws -> BatchResult {
        let entries = outcomes.map(\.entry)
        try sink.finish(entries)
        let elapsed = ContinuousClock.now - start
        var missing: [ExternalTool.Requirement: [String]] = [:]
        for outcome in outcomes {
            if let tool = outcome.missingTool { missing[tool, default: []].append(outcome.entry.path) }
        }
        return BatchResult(
            entries: entries,
            summary: BatchSummary(
                entries: entries,
                seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18),
            missingTools: missing)
    }

    private func finish(_ file: SourceFile, progress: ProgressReporter?) -> Outcome {
        let start = ContinuousClock.now
        var (outcome, resumable) = process(file)
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
        outcome.entry.ms = (milliseconds * 100).rounded() / 100
        sink.record(outcome.entry, resumable: resumable)
        progress?.fileFinished(bytes: file.byteCount, failed: outcome.entry.status == .failed)
        return outcome
    }

    /// One file, start to end. Returns the outcome and whether it depends on the content alone.
    private func process(_ file: SourceFile) -> (Outcome, Bool) {
        let path = file.relativePath.display
        var entry = ReportEntry(path: path, status: .skipped, bytes: file.byteCount)
        if !file.relativePath.isValidUTF8 {
            entry.reason = "unreadable name (not UTF-8; shown with \u{FFFD})"
        }
        func ended(_ status: BatchStatus, _ reason: String, resumable: Bool = false, missingTool: ExternalTool.Requirement? = nil) -> (Outcome, Bool) {
            entry.status = status
            // An earlier run's reason may already carry the note about an unreadable name: say it once.
            var parts = entry.reason.map { $0.components(separatedBy: "; ") } ?? []
            for part in reason.components(separatedBy: "; ") where !parts.contains(part) { parts.append(part) }
            entry.reason = parts.joined(separator: "; ")
            return (Outcome(entry: entry, missingTool: missingTool), resumable)
        }

        if let notAFile = file.notAFile { return ended(.skipped, notAFile) }
        let fileExtension = file.relativePath.lowercasedExtension
        let data: Data
        let format: InputFormat
        do {
            // Only files that may be minutes are read whole at once; of the rest (a 2 GB video, say) the
            // first bytes are enough to say what they are.
            let convertible = Self.convertibleExtensions.contains(fileExtension)
            let head = try FileBytes.read(file.absolutePath, limit: convertible ? .max : InputFormat.sniffLength)
            format = InputFormat.detect(fileExtension: fileExtension, head: head)
            entry.format = format.description
            if case .unsupported(let type) = format { return ended(.skipped, type) }
            data = convertible ? head : try FileBytes.read(file.absolutePath)
        } catch {
            return ended(.failed, "cannot read the file: \(error.reason)")
        }
        entry.bytes = data.count
        let item = BatchItem(source: file, format: format, sha256: SHA256.hex(of: data))
        entry.sha256 = item.sha256

        if let earlier = sink.earlierOutcome(for: item) {
            entry.kind = earlier.kind
            entry.id = earlier.id
            entry.warnings = earlier.warnings
            entry.encoding = earlier.encoding
            entry.output = earlier.output
            let what = earlier.status == .converted ? "converted by an earlier run" : (earlier.reason ?? earlier.status.rawValue)
            return ended(.unchanged, what, resumable: true)
        }

        let document: ProtokollDocument
        do {
            let reader = SourceReader(tools: tools, toolTimeout: toolTimeout)
            document = try reader.document(
                from: data, format: format, path: file.absolutePath, sourceExtension: item.sourceExtension,
                fileName: sink.documentFileName(for: item.source), sha256: item.sha256)
        } catch let failure as SourceReader.ExtractionFailure {
            switch failure {
            case .toolMissing(let requirement):
                return ended(
                    .skipped,
                    "\(requirement.executableName) is not installed (Debian package \(requirement.debianPackage))",
                    missingTool: requirement)
            case .failed(let reason):
                return ended(.failed, reason)
            }
        } catch let error as ParseError {
            switch error {
            case .empty:
                let why = switch format {
                case .pdf: "no text in the PDF (a scan without a text layer needs OCR first)"
                case .docx: "the Word document has no text"
                default: "empty file"
                }
                return ended(.skipped, why, resumable: true)
            case .binary:
                // A file without an extension never claimed to be text; one named .txt did.
                if fileExtension.isEmpty { return ended(.skipped, "binary file without an extension") }
                return ended(.failed, "binary content, not text (a damaged file or a wrong extension?)")
            case .notMinutes(_, let looksLike):
                return ended(.skipped, "\(Self.notMinutesPrefix): looks like \(looksLike)", resumable: true)
            }
        } catch {
            return ended(.failed, "\(error)")
        }
        entry.kind = document.kind.rawValue
        entry.id = document.id
        entry.warnings = document.warnings.count
        entry.encoding = document.source.encoding
        do {
            let result = try sink.accept(document, sourceBytes: data, item: item)
            entry.output = result.output
            entry.status = result.status
            if let note = result.note { entry.reason = [entry.reason, note].compactMap { $0 }.joined(separator: "; ") }
            return (Outcome(entry: entry, missingTool: nil), true)
        } catch {
            return ended(.failed, "cannot store the document: \(error)")
        }
    }

}
