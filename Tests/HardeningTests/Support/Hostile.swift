import Foundation
import PactLint
import PactLintDefaultPack
import Testing
import YAMLSource

/// Shared helpers of the hostile-input suite: loading, timing, memory, the full default pack.
enum Hostile {
    /// Every case must finish well under 10 s in a release build; this is the bound each
    /// asserts. `swift test` builds for debugging, which runs the loader and the rules 5 to 10
    /// times slower, and runs the suites in parallel on CI's two cores, so there the bound is
    /// 30 s (the slowest case, a million-item sequence, takes 7 to 13 s): still far below what
    /// a hang or a quadratic blow-up takes on these inputs (the waiver cases took minutes).
    #if DEBUG
        static let timeBudget: Duration = .seconds(30)
    #else
        static let timeBudget: Duration = .seconds(5)
    #endif

    /// The first line of rendered errors: the headline each case checks exactly.
    static func firstLine(_ text: String?) -> String? {
        text.map { String($0.prefix { $0 != "\n" }) }
    }

    /// The outcome of loading `bytes` as `path`, and how long it took.
    static func load(
        _ bytes: [UInt8], path: String = "hostile.yaml", limits: YAMLLoader.Limits = .default
    ) -> (result: Result<YAMLStream, YAMLError>, elapsed: Duration) {
        let file = SourceFile(path: path, bytes: bytes)
        let clock = ContinuousClock()
        let start = clock.now
        let result = Result { () throws(YAMLError) in try YAMLLoader(limits: limits).load(file) }
        return (result, clock.now - start)
    }

    static func load(
        _ text: String, limits: YAMLLoader.Limits = .default
    ) -> (
        result: Result<YAMLStream, YAMLError>, elapsed: Duration
    ) {
        load(Array(text.utf8), limits: limits)
    }

    /// The error of loading `bytes`, checked to be located inside the file and rendered with
    /// its source line; records an issue when the file loads.
    static func error(
        _ bytes: [UInt8], limits: YAMLLoader.Limits = .default, sourceLocation: SourceLocation = #_sourceLocation
    ) -> YAMLError? {
        let (result, elapsed) = load(bytes, limits: limits)
        #expect(elapsed < timeBudget, "took \(elapsed)", sourceLocation: sourceLocation)
        switch result {
        case .success:
            Issue.record("expected a loading error", sourceLocation: sourceLocation)
            return nil
        case .failure(let error):
            let file = SourceFile(path: "hostile.yaml", bytes: bytes)
            #expect(error.position.offset >= 0 && error.position.offset <= bytes.count, sourceLocation: sourceLocation)
            #expect(
                error.position.line >= 1 && error.position.line <= file.lineCount, sourceLocation: sourceLocation)
            #expect(error.position.column >= 1, sourceLocation: sourceLocation)
            #expect(
                error.description.hasPrefix(
                    "hostile.yaml:\(error.position.line):\(error.position.column): error: "),
                sourceLocation: sourceLocation)
            #expect(error.help != nil, "every loading error says how to fix it", sourceLocation: sourceLocation)
            return error
        }
    }

    static func error(
        _ text: String, limits: YAMLLoader.Limits = .default, sourceLocation: SourceLocation = #_sourceLocation
    ) -> YAMLError? {
        error(Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
    }

    /// The stream of `text`, recording an issue when it does not load in time.
    static func stream(
        _ bytes: [UInt8], limits: YAMLLoader.Limits = .default, sourceLocation: SourceLocation = #_sourceLocation
    ) -> YAMLStream? {
        let (result, elapsed) = load(bytes, limits: limits)
        #expect(elapsed < timeBudget, "took \(elapsed)", sourceLocation: sourceLocation)
        switch result {
        case .success(let stream): return stream
        case .failure(let error):
            Issue.record("unexpected error: \(error)", sourceLocation: sourceLocation)
            return nil
        }
    }

    static func stream(
        _ text: String, limits: YAMLLoader.Limits = .default, sourceLocation: SourceLocation = #_sourceLocation
    ) -> YAMLStream? {
        stream(Array(text.utf8), limits: limits, sourceLocation: sourceLocation)
    }

    /// The process's peak resident memory in MiB (Linux `VmHWM`), or `nil` where unknown.
    ///
    /// Tests run in parallel in one process, so this bounds the whole suite, not one case.
    static func peakResidentMiB() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in status.split(separator: "\n") where line.hasPrefix("VmHWM:") {
            let digits = line.split(separator: " ").dropFirst().first.flatMap { Int($0) }
            return digits.map { $0 / 1024 }
        }
        return nil
    }

    /// The suite's memory bound: the largest case holds a 50 MB file and its scalar, and a
    /// million-node tree; a leak or a copy per alias would pass it by far.
    static let memoryBoundMiB = 3072

    /// The full default pack, as `pactlint check` runs it.
    static let defaultEngine: Engine = {
        let source = RulePackSource(
            directory: "Rules",
            texts: DefaultPack.ruleFiles.filter { !$0.path.contains("/") && $0.path.hasSuffix(".yaml") }.map {
                ($0.path, $0.text)
            })
        do throws(RuleSetError) {
            return Engine(ruleSet: try RulePackLoader().load(packs: [source]))
        } catch {
            fatalError("the default pack must load: \(error.rendered())")
        }
    }()

    /// The findings of the full default pack on `text`, with the time it took.
    static func check(_ text: String, path: String = "hostile.yaml") -> (findings: [Finding], elapsed: Duration) {
        let engine = defaultEngine
        var findings: [Finding] = []
        let elapsed = ContinuousClock().measure {
            let result = engine.check(file: SourceFile(path: path, text: text))
            findings = result.findings + engine.checkPortfolio(result.projections)
        }
        return (findings, elapsed)
    }

    /// A deterministic pseudo-random byte generator (SplitMix64), so "random bytes" cases
    /// are the same in every run.
    static func randomBytes(count: Int, seed: UInt64) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count)
        while bytes.count < count {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            for shift in stride(from: 0, to: 64, by: 8) where bytes.count < count {
                bytes.append(UInt8(truncatingIfNeeded: z >> UInt64(shift)))
            }
        }
        return bytes
    }
}

/// A position, for compact expectations.
func pos(_ offset: Int, _ line: Int, _ column: Int) -> SourcePosition {
    SourcePosition(offset: offset, line: line, column: column)
}
