import Foundation
import Synchronization

/// The counts a progress line is drawn from.
public struct ProgressSnapshot: Sendable, Equatable {
    public var filesDone: Int
    public var filesTotal: Int
    public var bytesDone: Int
    public var bytesTotal: Int
    public var failed: Int
    public var elapsed: Double

    public init(filesDone: Int, filesTotal: Int, bytesDone: Int, bytesTotal: Int, failed: Int, elapsed: Double) {
        self.filesDone = filesDone
        self.filesTotal = filesTotal
        self.bytesDone = bytesDone
        self.bytesTotal = bytesTotal
        self.failed = failed
        self.elapsed = elapsed
    }

    public var megabytesPerSecond: Double { elapsed > 0 ? Double(bytesDone) / 1_000_000 / elapsed : 0 }

    /// Seconds left, estimated from bytes (files differ in size by orders of magnitude; bytes predict
    /// better than file counts). Nil until there is a rate to go by.
    public var secondsLeft: Double? {
        guard elapsed > 0.2, bytesDone > 0 else { return nil }
        let rate = Double(bytesDone) / elapsed
        return Double(max(bytesTotal - bytesDone, 0)) / rate
    }
}

/// Pure formatting of progress lines, separate from where they are written so it can be tested.
public enum ProgressFormat {
    /// "1234/10000 files  12%  45.6 MB/s  3 failed  ETA 0:42"
    public static func line(_ snapshot: ProgressSnapshot) -> String {
        let percent = snapshot.filesTotal > 0 ? snapshot.filesDone * 100 / snapshot.filesTotal : 100
        var parts = [
            "\(snapshot.filesDone)/\(snapshot.filesTotal) files",
            "\(percent)%",
            "\(decimal(snapshot.megabytesPerSecond, digits: 1)) MB/s",
            "\(snapshot.failed) failed",
        ]
        if snapshot.filesDone < snapshot.filesTotal {
            parts.append("ETA " + (snapshot.secondsLeft.map(clock) ?? "--:--"))
        } else {
            parts.append("in " + duration(snapshot.elapsed))
        }
        return parts.joined(separator: "  ")
    }

    /// The same line for a terminal: back to column 0, then clear to the end of the line, so that a
    /// shorter line leaves no remains of the longer one before it.
    public static func terminalRedraw(_ snapshot: ProgressSnapshot) -> String {
        "\r" + line(snapshot) + "\u{1B}[K"
    }

    /// "0:42", "1:05:09".
    public static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let hours = total / 3600, minutes = total / 60 % 60, secs = total % 60
        let twoDigits = { (value: Int) in value < 10 ? "0\(value)" : "\(value)" }
        return hours > 0 ? "\(hours):\(twoDigits(minutes)):\(twoDigits(secs))" : "\(minutes):\(twoDigits(secs))"
    }

    /// "0.4 s", "12.3 s", "2:03".
    public static func duration(_ seconds: Double) -> String {
        seconds < 60 ? "\(decimal(seconds, digits: 1)) s" : clock(seconds)
    }

    /// A number with a fixed count of decimals, without locale-dependent separators.
    public static func decimal(_ value: Double, digits: Int) -> String {
        guard value.isFinite else { return "-" }
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let scaled = Int((abs(value) * scale).rounded())
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard digits > 0 else { return sign + String(scaled) }
        let whole = scaled / Int(scale), fraction = String(scaled % Int(scale))
        return sign + "\(whole)." + String(repeating: "0", count: digits - fraction.count) + fraction
    }
}

/// Draws progress while a batch runs: redrawn in place on a terminal, a plain line every few seconds
/// when stderr is a log file or a pipe (where "\r" would make one endless line), nothing when quiet.
public final class ProgressReporter: Sendable {
    public enum Style: Sendable {
        case terminal
        case lines
        case silent
    }

    private struct State {
        var filesDone = 0
        var bytesDone = 0
        var failed = 0
        var lastDraw: ContinuousClock.Instant?
    }

    private let style: Style
    private let write: @Sendable (String) -> Void
    private let filesTotal: Int
    private let bytesTotal: Int
    private let start = ContinuousClock.now
    private let interval: Duration
    private let state = Mutex(State())

    public init(style: Style, filesTotal: Int, bytesTotal: Int, write: @escaping @Sendable (String) -> Void) {
        self.style = style
        self.filesTotal = filesTotal
        self.bytesTotal = bytesTotal
        self.write = write
        self.interval = style == .terminal ? .milliseconds(100) : .seconds(5)
    }

    /// Records one finished file; draws when the last drawing is older than the interval.
    public func fileFinished(bytes: Int, failed: Bool) {
        guard style != .silent else { return }
        let now = ContinuousClock.now
        // Written under the lock so that two workers cannot draw their lines out of order.
        state.withLock { state in
            state.filesDone += 1
            state.bytesDone += bytes
            if failed { state.failed += 1 }
            if let last = state.lastDraw, now - last < interval { return }
            state.lastDraw = now
            write(render(state, now: now))
        }
    }

    /// Draws the final state and ends the line on a terminal.
    public func finish() {
        guard style != .silent else { return }
        state.withLock { state in
            write(render(state, now: .now) + (style == .terminal ? "\n" : ""))
        }
    }

    /// Prints a message without tearing the progress line: on a terminal the line is cleared first.
    public func message(_ text: String) {
        state.withLock { _ in
            write(style == .terminal ? "\r\u{1B}[K" + text + "\n" : text + "\n")
        }
    }

    private func render(_ state: State, now: ContinuousClock.Instant) -> String {
        let elapsed = now - start
        let snapshot = ProgressSnapshot(
            filesDone: state.filesDone, filesTotal: filesTotal, bytesDone: state.bytesDone, bytesTotal: bytesTotal,
            failed: state.failed,
            elapsed: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        return style == .terminal ? ProgressFormat.terminalRedraw(snapshot) : ProgressFormat.line(snapshot) + "\n"
    }
}
