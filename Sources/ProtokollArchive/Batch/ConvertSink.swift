import Foundation
import ProtokollKit
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Writes each document as JSON into an output folder that mirrors the source tree
/// (`2014/pkn.txt` → `OUT/2014/pkn.json`), atomically, and keeps a manifest so that a later run
/// (also after Ctrl-C or kill -9) redoes only new or changed files.
///
/// The manifest `OUT/.protokoll-manifest.jsonl` is a journal: one report line per finished file is
/// appended as the run goes, so an interrupted run loses nothing it finished; a complete run rewrites it
/// compacted (atomically). A document written just before a kill, whose journal line never made it,
/// is still recognised by the `source.sha256` inside the output JSON.
public final class ConvertSink: BatchSink {
    public static let manifestName = ".protokoll-manifest.jsonl"
    /// The `ProtokollParser.version` that made the outputs, written when a run completes.
    public static let parserVersionName = ".protokoll-parser-version"
    public static let lockName = ".protokoll-lock"

    public enum SetupError: Error, Sendable, CustomStringConvertible {
        case busy(output: String)
        case file(FileError)

        public var description: String {
            switch self {
            case .busy(let output): "another 'protokoll convert' is writing to \(output); wait for it to finish"
            case .file(let error): error.description
            }
        }
    }

    public let outputRoot: FilePath
    private let force: Bool
    /// Outputs found without a manifest line may be trusted: the last run with this parser version
    /// finished, so none of them is left over from an older parser.
    private let trustOutputsWithoutManifest: Bool
    /// fsync each output before renaming it into place: survives a power cut, not only a kill.
    private let durable: Bool
    /// Descriptor of the lock file, held for the life of the sink so that two runs cannot write the same
    /// folder (and so that removing leftover temporary files cannot hit a live run's files).
    private let lockDescriptor: Mutex<Int32>
    private let earlier: [String: ReportEntry]
    private let outputNames = Mutex<[FilePath: FilePath]>([:])
    private let journal: Mutex<Int32>
    private let resumableThisRun = Mutex<[String: ReportEntry]>([:])

    /// Opens (creating it if needed) the output folder. `force` ignores what earlier runs did.
    public init(outputRoot: FilePath, force: Bool, durable: Bool = false) throws(SetupError) {
        self.outputRoot = outputRoot
        self.force = force
        self.durable = durable
        do { try FileBytes.createDirectories(outputRoot) } catch { throw .file(error) }
        let lockPath = outputRoot.appending(Self.lockName)
        let descriptor = open(lockPath.cString, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw .file(FileError("create the lock file", lockPath)) }
        // Wait a moment before calling the folder busy: a process forked by another thread of this
        // program holds a copy of a just-closed lock descriptor until it execs.
        var locked = flock(descriptor, LOCK_EX | LOCK_NB) == 0
        for _ in 0..<20 where !locked {
            usleep(100_000)
            locked = flock(descriptor, LOCK_EX | LOCK_NB) == 0
        }
        guard locked else {
            close(descriptor)
            throw .busy(output: outputRoot.display)
        }
        lockDescriptor = Mutex(descriptor)
        let manifestPath = outputRoot.appending(Self.manifestName)
        // Outputs of another parser version are out of date: everything is converted again. While
        // that runs the version file says "upgrading": a killed upgrade resumes from the manifest
        // (whose lines are all new), but an output without a manifest line may still be an old one.
        let versionPath = outputRoot.appending(Self.parserVersionName)
        let stored = (try? FileBytes.read(versionPath)).map { String(decoding: $0, as: UTF8.self) }?
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init) ?? []
        let sameVersion = stored.first == ProtokollParser.version
        let finished = sameVersion && !stored.contains("upgrading")
        trustOutputsWithoutManifest = !force && finished
        var loaded: [String: ReportEntry] = [:]
        if !force, sameVersion, let data = try? FileBytes.read(manifestPath) {
            for entry in ReportEntry.decodeLines(data) { loaded[entry.path] = entry }
        }
        earlier = loaded
        let journalDescriptor = open(manifestPath.cString, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o644)
        guard journalDescriptor >= 0 else {
            close(descriptor)
            throw .file(FileError("open the manifest", manifestPath))
        }
        if force || !sameVersion { ftruncate(journalDescriptor, 0) }
        if force || !finished {
            do {
                try FileBytes.writeAtomically(Data((ProtokollParser.version + " upgrading\n").utf8), to: versionPath)
            } catch {
                close(journalDescriptor)
                close(descriptor)
                throw .file(FileError("write the parser version", versionPath))
            }
        }
        journal = Mutex(journalDescriptor)
        Self.removeLeftoverTemporaryFiles(in: outputRoot)
    }

    deinit {
        journal.withLock { descriptor in
            if descriptor >= 0 { close(descriptor) }
        }
        releaseLock()
    }

    /// Lets another run use the folder. Called by `finish`, so that a caller that keeps the sink (or a
    /// worker thread that has not yet let go of it) does not block the next run in the same process.
    private func releaseLock() {
        lockDescriptor.withLock { descriptor in
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
    }

    /// Output names are the source names with ".json" for the extension. When one folder holds the same
    /// minutes in several formats ("pkn.txt" and "pkn.docx") each keeps its extension ("pkn.docx.json")
    /// so that no output overwrites another. Names that are not UTF-8 are written in a readable spelling
    /// (see `FilePath.repairedForOutput`) so that the report's `output` is a usable path.
    public func prepare(for files: [SourceFile]) throws {
        var byStem: [FilePath: [FilePath]] = [:]
        for file in files where BatchEngine.convertibleExtensions.contains(file.relativePath.lowercasedExtension) {
            let stem = file.relativePath.repairedForOutput.replacingExtension(with: "json")
            byStem[stem, default: []].append(file.relativePath)
        }
        var names: [FilePath: FilePath] = [:]
        var taken: Set<FilePath> = []
        for stem in byStem.keys.sorted() {
            guard let sources = byStem[stem] else { continue }
            for source in sources.sorted() {
                var name = sources.count == 1 ? stem : FilePath(bytes: source.repairedForOutput.bytes + Array(".json".utf8))
                // Only a UTF-8 and a repaired spelling of the same name can still meet here; number them.
                var counter = 2
                while taken.contains(name) {
                    name = FilePath(bytes: stem.replacingExtension(with: "").bytes.dropLast() + Array("~\(counter).json".utf8))
                    counter += 1
                }
                taken.insert(name)
                names[source] = name
            }
        }
        outputNames.withLock { $0 = names }
    }

    public func outputPath(for relativePath: FilePath) -> FilePath {
        outputNames.withLock { $0[relativePath] } ?? FilePath(bytes: relativePath.bytes + Array(".json".utf8))
    }

    public func earlierOutcome(for item: BatchItem) -> ReportEntry? {
        guard !force else { return nil }
        let path = item.source.relativePath.display
        let relativeOutput = outputPath(for: item.source.relativePath)
        let output = outputRoot.appending(relativeOutput)
        if let entry = earlier[path], entry.sha256 == item.sha256 {
            // A converted file counts as done only while its output is still there.
            // An empty output is what a power cut can leave of an unsynced write: not done.
            if entry.output == nil || (entry.output == relativeOutput.display && FileBytes.size(of: output) ?? 0 > 0) {
                return entry
            }
        }
        // No journal line, but perhaps the output of a run killed right after writing it.
        if trustOutputsWithoutManifest, let data = try? FileBytes.read(output), let document = try? DocumentJSON.decode(data),
           document.source.sha256 == item.sha256 {
            return ReportEntry(
                path: path, status: .converted, kind: document.kind.rawValue, id: document.id,
                warnings: document.warnings.count, encoding: document.source.encoding,
                format: item.format.description, bytes: item.source.byteCount, output: relativeOutput.display,
                sha256: item.sha256)
        }
        return nil
    }

    public func accept(_ document: ProtokollDocument, sourceBytes: Data, item: BatchItem) throws -> SinkResult {
        let relativeOutput = outputPath(for: item.source.relativePath)
        let output = outputRoot.appending(relativeOutput)
        var json = try DocumentJSON.encode(document)
        json.append(0x0A)
        try FileBytes.createDirectories(output.parent)
        try FileBytes.writeAtomically(json, to: output, sync: durable)
        return SinkResult(status: .converted, output: relativeOutput.display)
    }

    public func record(_ entry: ReportEntry, resumable: Bool) {
        guard resumable else { return }
        if entry.status == .unchanged {
            // The earlier entry says what was done (converted, or why skipped); keep it as it was. Without
            // one, the output JSON was recognised (a kill came before its journal line): record it now.
            var original = earlier[entry.path] ?? entry
            if earlier[entry.path] == nil {
                original.status = .converted
                original.reason = nil
            }
            resumableThisRun.withLock { $0[entry.path] = original }
            return
        }
        resumableThisRun.withLock { $0[entry.path] = entry }
        guard let line = try? entry.jsonLine() else { return }
        journal.withLock { descriptor in
            // One write per line with O_APPEND: lines from different workers never interleave.
            guard descriptor >= 0 else { return }
            _ = line.withUnsafeBytes { buffer in write(descriptor, buffer.baseAddress, buffer.count) }
        }
    }

    /// Rewrites the manifest with exactly this run's files, dropping files that no longer exist.
    public func finish(_ entries: [ReportEntry]) throws {
        let kept = resumableThisRun.withLock { $0 }
        var data = Data()
        for entry in entries {
            if let resumable = kept[entry.path] { data.append(try resumable.jsonLine()) }
        }
        try FileBytes.writeAtomically(data, to: outputRoot.appending(Self.manifestName))
        try FileBytes.writeAtomically(Data((ProtokollParser.version + "\n").utf8), to: outputRoot.appending(Self.parserVersionName))
        journal.withLock { descriptor in
            if descriptor >= 0 { close(descriptor) }
            descriptor = -1
        }
        releaseLock()
    }

    /// Temporary files of writes that a kill interrupted: invisible to readers (dot-files) but clutter.
    private static func removeLeftoverTemporaryFiles(in folder: FilePath) {
        guard let directory = opendir(folder.cString) else { return }
        defer { closedir(directory) }
        let prefix = Array(FileBytes.temporaryPrefix.utf8)
        while let entry = readdir(directory) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { FilePath(bytes: Array($0.prefix(while: { $0 != 0 }))) }
            guard name.bytes != [UInt8(ascii: ".")], name.bytes != [UInt8(ascii: "."), UInt8(ascii: ".")] else { continue }
            let path = folder.appending(name)
            if name.bytes.starts(with: prefix) {
                unlink(path.cString)
            } else if entry.pointee.d_type == UInt8(DT_DIR) {
                removeLeftoverTemporaryFiles(in: path)
            }
        }
    }
}
