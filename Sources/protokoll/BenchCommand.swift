import Foundation
import ProtokollArchive
import ProtokollKit
import Synchronization

struct BenchCommand: Command {
    static let name = "bench"
    static let summary = "Benchmark import and queries on generated minutes"
    static let help = """
        USAGE: protokoll bench [--documents N] [--parse-sample K] [--work DIR] [--fsync] [--runs R]
                               [--generate-only]

        Generates synthetic minutes (four layouts, many organisations and subjects; the same every
        time) and measures, printing Markdown tables:
          1. the whole import, parser included, of the first K (default 1000) as text files
             (WORK/minutes-K → WORK/archive-parsed-K): documents/s and MB/s, and the parser's and
             the archive's shares;
          2. an archive of N documents (WORK/archive-N), stored from the documents the generator
             planned, so that large archives do not wait for the parser: store documents/s, MB/s,
             index size, reindex time;
          3. queries on it: warm (index opened once in this process, median of R runs) and cold (a
             new 'protokoll query --format jsonl' process each time, as a user runs it).
        Use a release build: swift build -c release && .build/release/protokoll bench --documents 10000

        OPTIONS:
          --documents N        Size of the archive. Default 1000.
          --parse-sample K     How many files go through the parser. Default 1000.
          --work DIR           Where files and archives go. Default ./protokoll-bench
          --fsync              Store with fsync of every file (the default of 'protokoll import');
                               without it the archive is still safe against a killed process.
          --runs R             Runs per query. Default 5.
          --jobs J             Threads storing into the one ArchiveStore in step 2. Default 1.
          --generate-only      Only write the K minutes files.
          --reuse              Only measure the queries, on WORK/archive-N from an earlier run.

        """

    static func run(_ arguments: inout ArgumentReader) throws -> Int32 {
        let count = try arguments.intOption("--documents", in: 1...10_000_000) ?? 1000
        let sample = try arguments.intOption("--parse-sample", in: 1...10_000_000) ?? 1000
        let runs = try arguments.intOption("--runs", in: 1...100) ?? 5
        let work = URL(fileURLWithPath: try arguments.option("--work") ?? "protokoll-bench")
        let durable = arguments.flag("--fsync")
        let generateOnly = arguments.flag("--generate-only")
        let reuse = arguments.flag("--reuse")
        let jobs = try arguments.intOption("--jobs", in: 1...64) ?? 1
        let extra = try arguments.positionals()
        guard extra.isEmpty else { throw CLIError.usage("unexpected '\(extra[0])'. See 'protokoll bench --help'.") }
        let generator = MinutesGenerator(seed: 1)

        let archive = work.appendingPathComponent("archive-\(count)")
        if reuse, FileManager.default.fileExists(atPath: ArchiveLayout(root: archive).manifest.path) {
            Terminal.out(try measureQueries(archive: archive, count: count, runs: runs, generator: generator))
            return 0
        }

        // 1. The whole import, parser included, on the first `sample` files.
        let parsedCount = min(count, sample)
        let folder = work.appendingPathComponent("minutes-\(parsedCount)")
        let generated = try generate(parsedCount, into: folder)
        Terminal.err("generated \(parsedCount) minutes, \(megabytes(generated)) MB in \(folder.path)")
        if generateOnly { return 0 }
        let parsedArchive = work.appendingPathComponent("archive-parsed-\(parsedCount)")
        try? FileManager.default.removeItem(at: parsedArchive)
        let store = try ArchiveStore(root: parsedArchive, durable: durable)
        var bytes = 0, stored = 0, failed = 0
        // The parser and the archive are timed apart: the import rate is bounded by the slower.
        var parseSeconds = 0.0, storeSeconds = 0.0
        let started = Date()
        for source in SourceTreeWalker.files(under: [folder.path]).files {
            let file = source.absolutePath.display
            guard let data = FileManager.default.contents(atPath: file) else { failed += 1; continue }
            bytes += data.count
            let parseStart = DispatchTime.now().uptimeNanoseconds
            guard let document = try? ProtokollParser.parse(data, fileName: URL(fileURLWithPath: file).lastPathComponent) else {
                failed += 1
                continue
            }
            let storeStart = DispatchTime.now().uptimeNanoseconds
            _ = try store.store(document: document, sourceBytes: data, sourceExtension: "txt")
            parseSeconds += Double(storeStart - parseStart) / 1e9
            storeSeconds += Double(DispatchTime.now().uptimeNanoseconds - storeStart) / 1e9
            stored += 1
        }
        let flushStart = DispatchTime.now().uptimeNanoseconds
        try store.flush()
        storeSeconds += Double(DispatchTime.now().uptimeNanoseconds - flushStart) / 1e9
        let importSeconds = Date().timeIntervalSince(started)
        Terminal.err("imported \(stored) with the parser (\(failed) not stored) in \(String(format: "%.1f", importSeconds)) s")
        var report = """
            Import with the parser (\(parsedCount) files, \(durable ? "fsync" : "no fsync")):

            | documents | source MB | import docs/s | import MB/s | parser MB/s | archive+index MB/s |
            |---:|---:|---:|---:|---:|---:|
            | \(stored) | \(megabytes(bytes)) | \(Int(Double(stored) / importSeconds)) | \(rate(bytes, importSeconds)) | \(rate(bytes, parseSeconds)) | \(rate(bytes, storeSeconds)) |


            """

        // 2. The archive at full size, filled with the documents the generator planned (the
        //    parser's share is measured above), then the queries.
        try? FileManager.default.removeItem(at: archive)
        let bigStore = try ArchiveStore(root: archive, durable: durable, flushEvery: 5000)
        var bigBytes = 0
        var storeOnly = 0.0
        let storeCPU = Mutex(0.0)
        // Documents are made in batches outside the timed part; `jobs` workers then store each
        // batch, sharing one ArchiveStore, as the batch converter's workers will.
        for batchStart in stride(from: 0, to: count, by: 1000) {
            let numbers = Array(batchStart..<min(count, batchStart + 1000))
            let made = Mutex([(ProtokollDocument, Data)?](repeating: nil, count: numbers.count))
            DispatchQueue.concurrentPerform(iterations: 2) { worker in
                for index in stride(from: worker, to: numbers.count, by: 2) {
                    let pair = generator.parsedDocument(numbers[index])
                    made.withLock { $0[index] = pair }
                }
            }
            let batch = made.withLock { $0.compactMap { $0 } }
            bigBytes += batch.reduce(0) { $0 + $1.1.count }
            let failures = Mutex([String]())
            let start = DispatchTime.now().uptimeNanoseconds
            DispatchQueue.concurrentPerform(iterations: jobs) { worker in
                let cpuStart = cpuSeconds()
                for index in stride(from: worker, to: batch.count, by: jobs) {
                    do {
                        _ = try bigStore.store(document: batch[index].0, sourceBytes: batch[index].1, sourceExtension: "txt")
                    } catch {
                        failures.withLock { $0.append("\(error)") }
                    }
                }
                let used = cpuSeconds() - cpuStart
                storeCPU.withLock { $0 += used }
            }
            storeOnly += Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            if let failure = failures.withLock({ $0.first }) { throw CLIError(message: "store failed: \(failure)", exitCode: 2) }
            if batchStart % 10_000 == 9_000 { Terminal.err("stored \(batchStart + batch.count) of \(count)") }
        }
        let bigFlush = DispatchTime.now().uptimeNanoseconds
        let flushCPU = cpuSeconds()
        try bigStore.flush()
        let storeCPUSeconds = storeCPU.withLock { $0 } + cpuSeconds() - flushCPU
        storeOnly += Double(DispatchTime.now().uptimeNanoseconds - bigFlush) / 1e9
        let openStart = DispatchTime.now().uptimeNanoseconds
        let index = try SearchIndex(root: archive)
        let openMs = Double(DispatchTime.now().uptimeNanoseconds - openStart) / 1e6
        let decisions = DecisionSearch(index: index).rows(matching: DecisionQuery()).count
        let reindexMs = time { _ = try? ArchiveStore(root: archive, durable: durable).reindex() }
        report += """
            Archive of \(count) generated documents (store + index only, \(jobs) job\(jobs == 1 ? "" : "s"), \(durable ? "fsync" : "no fsync")):

            | documents | source MB | store docs/s | store MB/s | store MB/s per CPU-second | decisions | index MB | segments | reindex s |
            |---:|---:|---:|---:|---:|---:|---:|---:|---:|
            | \(count) | \(megabytes(bigBytes)) | \(Int(Double(count) / storeOnly)) | \(rate(bigBytes, storeOnly)) | \(rate(bigBytes, storeCPUSeconds)) | \(decisions) | \(megabytes(folderSize(archive.appendingPathComponent("index")))) | \(index.segments.count) | \(String(format: "%.1f", reindexMs / 1000)) |


            """
        Terminal.err("index opened in \(String(format: "%.1f", openMs)) ms")
        report += try measureQueries(archive: archive, count: count, runs: runs, generator: generator)
        Terminal.out(report)
        return 0
    }

    /// The query table: warm in this process, cold as new processes.
    static func measureQueries(archive: URL, count: Int, runs: Int, generator: MinutesGenerator) throws -> String {
        var report = """
            | query (\(count) documents) | rows | warm ms | cold ms (new process) |
            |---|---:|---:|---:|

            """

        let person = generator.roster(0, count: 9)[2]
        let queries: [(String, [String])] = [
            ("--person \"\(person)\"", ["--person", person]),
            ("--text familjehem", ["--text", "familjehem"]),
            ("--text budget verksamhetsplan", ["--text", "budget verksamhetsplan"]),
            ("--case \"KS 2015/123\"", ["--case", "KS 2015/123"]),
            ("--body kommunstyrelsen --from 2018 --to 2018", ["--body", "kommunstyrelsen", "--from", "2018", "--to", "2018"]),
            ("--from 2020-03-01 --to 2020-03-31", ["--from", "2020-03-01", "--to", "2020-03-31"]),
        ]
        let fresh = try SearchIndex(root: archive)
        for (label, words) in queries {
            var reader = ArgumentReader(words)
            var query = try ArchiveOptions.filters(&reader)
            if let text = try reader.option("--text") { query.text = WordMatcher(text) }
            if let text = try reader.option("--case") { query.caseNumber = CaseNumber.key(text) }
            var rows = 0
            let warm = median((0..<runs).map { _ in
                time {
                    rows = DecisionSearch(index: fresh).writeJSON(matching: query, as: .jsonl) { _ in }
                }
            })
            let cold = median(try (0..<runs).map { _ in
                try time(process: ["query", "--archive", archive.path, "--format", "jsonl"] + words)
            })
            report += "| `\(label)` | \(rows) | \(String(format: "%.1f", warm)) | \(String(format: "%.1f", cold)) |\n"
        }
        return report
    }

    static func generate(_ count: Int, into folder: URL) throws -> Int {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let generator = MinutesGenerator(seed: 1)
        var bytes = 0
        let existing = Set((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        for number in 0..<count {
            let (name, text) = generator.document(number)
            let data = Data(text.utf8)
            bytes += data.count
            if existing.contains(name) { continue }
            try data.write(to: folder.appendingPathComponent(name))
        }
        return bytes
    }

    static func time(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
    }

    /// Milliseconds for one run of this binary with `arguments`, output discarded. Spawned and
    /// awaited with posix_spawn/waitpid: `Process.waitUntilExit` polls its run loop and rounds
    /// every run up to a multiple of about 50 ms.
    static func time(process arguments: [String]) throws -> Double {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == STDIN_FILENO ? O_RDONLY : O_WRONLY, 0)
        }
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid = pid_t()
        let start = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw CLIError(message: "cannot start \(executable): \(String(cString: strerror(spawned)))", exitCode: 2)
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000
        let exited = status & 0x7F == 0
        let code = (status >> 8) & 0xFF
        guard exited, code <= 1 else {
            throw CLIError(message: "the query process failed: protokoll \(arguments.joined(separator: " "))", exitCode: 2)
        }
        return elapsed
    }

    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }

    /// CPU time of this thread (user + system): unlike wall time it does not count the time other
    /// processes on a shared machine take the core away.
    static func cpuSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func rate(_ bytes: Int, _ seconds: Double) -> String {
        String(format: "%.1f", Double(bytes) / 1_000_000 / max(seconds, 1e-9))
    }

    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f", Double(bytes) / 1_000_000)
    }

    static func folderSize(_ folder: URL) -> Int {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.reduce(0) { total, name in
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            return total + ((attributes?[.size] as? NSNumber)?.intValue ?? 0)
        }
    }
}
