/// An I-Regexp compiled to a Thompson automaton and run by simulating all its states at once,
/// so matching takes time linear in the subject (times the size of the pattern), with no
/// backtracking: no pattern and no subject can make it run away.
struct RegexProgram: Sendable {
    /// The largest automaton a pattern may compile to.
    static let maximumSize = 20_000

    enum Instruction: Sendable {
        /// Consume one scalar of the set, then continue at the next instruction.
        case scalar(ScalarSet)
        /// Continue at both targets.
        case split(Int, Int)
        case jump(Int)
        /// Continue only at the start of the subject.
        case assertStart
        /// Continue only at the end of the subject.
        case assertEnd
        case accept
    }

    private(set) var instructions: [Instruction] = []
    /// The scalar states a search attempt starts in, when they do not depend on the position
    /// (no anchor, no empty match among them): a search skips every scalar none of them
    /// accepts while no attempt is under way, instead of starting one there.
    private(set) var searchStarts: [Int]?
    /// The UTF-8 bytes of a pattern that is only literal characters (`TODO`, `a&&b`): such a
    /// pattern is matched by comparing bytes and searched for as a substring, without running
    /// the automaton. UTF-8 is self-synchronizing, so a byte match always starts and ends on
    /// scalar boundaries.
    private(set) var literal: [UInt8]?
    /// Byte strings one of which every match contains (the longest runs of literal characters
    /// the pattern cannot match without), when the pattern has them: a string holding none
    /// of them cannot match, and is rejected by substring searches instead of running the
    /// automaton over it (`migrant smuggling|trafficking in persons` over a description).
    private(set) var requiredLiterals: [[UInt8]]?
    /// For each state, the ASCII scalars it consumes as a 128-bit set (low and high halves;
    /// zero for states that consume none): an ASCII scalar is tested with one bit instead of
    /// reading the state's character set out of its instruction.
    private(set) var asciiLow: [UInt64] = []
    private(set) var asciiHigh: [UInt64] = []

    /// Compiles `node`; fails if the automaton would exceed `maximumSize`.
    init?(_ node: RegexNode) {
        guard emit(node) else { return nil }
        instructions.append(.accept)
        searchStarts = positionFreeClosure(of: 0)
        literal = Self.literalBytes(of: node)
        if literal == nil {
            requiredLiterals = Self.requiredLiterals(of: node).flatMap {
                $0.count <= Self.maximumRequiredLiterals ? $0 : nil
            }
            for instruction in instructions {
                let (low, high) =
                    if case .scalar(let set) = instruction { set.asciiMask } else { (UInt64(0), UInt64(0)) }
                asciiLow.append(low)
                asciiHigh.append(high)
            }
        }
    }

    /// Whether `state`, a `.scalar` state, consumes `scalar`.
    @inline(__always)
    private func consumes(_ state: Int, _ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 64 { return asciiLow[state] & (1 << UInt64(value)) != 0 }
        if value < 128 { return asciiHigh[state] & (1 << UInt64(value - 64)) != 0 }
        guard case .scalar(let set) = instructions[state] else { return false }
        return set.contains(scalar)
    }

    /// More required literals than this cost more to search for than they save.
    private static let maximumRequiredLiterals = 16

    /// The UTF-8 bytes of the one scalar `set` matches, if it matches one.
    private static func singleScalarBytes(_ set: ScalarSet) -> [UInt8]? {
        guard !set.isNegated, set.items.count == 1, case .range(let range) = set.items[0],
            range.lowerBound == range.upperBound, let scalar = Unicode.Scalar(range.lowerBound)
        else { return nil }
        var bytes: [UInt8] = []
        UTF8.encode(scalar) { bytes.append($0) }
        return bytes
    }

    /// Byte strings one of which every match of `node` contains; `nil` when there are none
    /// (the node may match the empty string, or a class of characters).
    ///
    /// A run of literal characters in a sequence is matched by consecutive scalars, so its
    /// UTF-8 occurs whole in the string; a sequence keeps the best of its runs and of its
    /// elements' own sets (the one whose shortest string is longest), an alternation needs
    /// one set from every branch, and a repetition one from its body when it repeats at least
    /// once.
    static func requiredLiterals(of node: RegexNode) -> [[UInt8]]? {
        switch node {
        case .scalar(let set):
            return singleScalarBytes(set).map { [$0] }
        case .sequence(let nodes):
            var best: [[UInt8]]?
            func consider(_ candidate: [[UInt8]]?) {
                guard let candidate, !candidate.isEmpty else { return }
                guard let current = best else {
                    best = candidate
                    return
                }
                let shortest = candidate.lazy.map { $0.count }.min() ?? 0
                let currentShortest = current.lazy.map { $0.count }.min() ?? 0
                if shortest > currentShortest || (shortest == currentShortest && candidate.count < current.count) {
                    best = candidate
                }
            }
            var run: [UInt8] = []
            for element in nodes {
                if case .scalar(let set) = element, let bytes = singleScalarBytes(set) {
                    run += bytes
                    continue
                }
                if !run.isEmpty { consider([run]) }
                run = []
                consider(requiredLiterals(of: element))
            }
            if !run.isEmpty { consider([run]) }
            return best
        case .alternation(let branches):
            var literals: [[UInt8]] = []
            for branch in branches {
                guard let required = requiredLiterals(of: branch) else { return nil }
                literals += required
            }
            return literals.isEmpty ? nil : literals
        case .repetition(let body, let minimum, _):
            return minimum >= 1 ? requiredLiterals(of: body) : nil
        case .start, .end:
            return nil
        }
    }

    /// The UTF-8 bytes `node` matches if it matches exactly one string; `nil` otherwise.
    private static func literalBytes(of node: RegexNode) -> [UInt8]? {
        var bytes: [UInt8] = []
        func append(_ node: RegexNode) -> Bool {
            switch node {
            case .scalar(let set):
                guard let scalarBytes = singleScalarBytes(set) else { return false }
                bytes += scalarBytes
                return true
            case .sequence(let nodes):
                return nodes.allSatisfy(append)
            case .alternation, .repetition, .start, .end:
                return false
            }
        }
        return append(node) ? bytes : nil
    }

    /// The scalar states reachable from `start` without consuming, or `nil` if an anchor or
    /// `accept` is reachable (then the states depend on the position).
    private func positionFreeClosure(of start: Int) -> [Int]? {
        // A flag per state, not a `Set<Int>`: no hashing, and start-up does not pay for the
        // runtime's first lookup of `Set<Int>`'s conformances (a scan of the binary's tables).
        var seen = [Bool](repeating: false, count: instructions.count)
        var states: [Int] = []
        var stack = [start]
        while let state = stack.popLast() {
            guard !seen[state] else { continue }
            seen[state] = true
            switch instructions[state] {
            case .scalar: states.append(state)
            case .jump(let target): stack.append(target)
            case .split(let first, let second): stack += [second, first]
            case .assertStart, .assertEnd, .accept: return nil
            }
        }
        return states
    }

    // MARK: - Compiling

    /// Appends the instructions for `node`; false if the program grows too large.
    private mutating func emit(_ node: RegexNode) -> Bool {
        guard instructions.count < Self.maximumSize else { return false }
        switch node {
        case .scalar(let set):
            instructions.append(.scalar(set))
        case .start:
            instructions.append(.assertStart)
        case .end:
            instructions.append(.assertEnd)
        case .sequence(let nodes):
            for node in nodes where !emit(node) { return false }
        case .alternation(let branches):
            // split L1, next; L1: branch; jump end; next: split L2, ... ; last branch
            var jumps: [Int] = []
            for (index, branch) in branches.enumerated() {
                if index < branches.count - 1 {
                    let split = instructions.count
                    instructions.append(.split(split + 1, -1))
                    guard emit(branch) else { return false }
                    jumps.append(instructions.count)
                    instructions.append(.jump(-1))
                    instructions[split] = .split(split + 1, instructions.count)
                } else {
                    guard emit(branch) else { return false }
                }
            }
            for jump in jumps { instructions[jump] = .jump(instructions.count) }
        case .repetition(let inner, let minimum, let maximum):
            for _ in 0..<minimum where !emit(inner) { return false }
            if let maximum {
                // Each optional copy: split body, end.
                var splits: [Int] = []
                for _ in minimum..<maximum {
                    splits.append(instructions.count)
                    instructions.append(.split(instructions.count + 1, -1))
                    guard emit(inner) else { return false }
                }
                for split in splits { instructions[split] = .split(split + 1, instructions.count) }
            } else {
                // loop: split body, end; body; jump loop
                let loop = instructions.count
                instructions.append(.split(loop + 1, -1))
                guard emit(inner) else { return false }
                instructions.append(.jump(loop))
                instructions[loop] = .split(loop + 1, instructions.count)
            }
        }
        return instructions.count <= Self.maximumSize
    }

    // MARK: - Matching

    /// Whether the pattern matches all of `string` (`wholeString`) or some part of it.
    func matches(_ string: String, wholeString: Bool) -> Bool {
        if let literal {
            return string.utf8.withContiguousStorageIfAvailable { bytes in
                Self.matches(literal: literal, in: bytes, wholeString: wholeString)
            } ?? Self.matches(literal: literal, in: Array(string.utf8), wholeString: wholeString)
        }
        if let requiredLiterals {
            let found =
                string.utf8.withContiguousStorageIfAvailable { bytes in
                    requiredLiterals.contains { Self.matches(literal: $0, in: bytes, wholeString: false) }
                }
                ?? requiredLiterals.contains {
                    Self.matches(literal: $0, in: Array(string.utf8), wholeString: false)
                }
            guard found else { return false }
        }
        return simulate(string, wholeString: wholeString)
    }

    /// Whether `bytes` contain the literal every match is, or one of the literals one of which
    /// every match contains; `true` when the pattern has neither.
    func mayMatch(utf8 bytes: UnsafeRawBufferPointer) -> Bool {
        if let literal { return Self.contains(literal: literal, in: bytes) }
        if let requiredLiterals { return requiredLiterals.contains { Self.contains(literal: $0, in: bytes) } }
        return true
    }

    /// Whether `bytes` is `literal` (`wholeString`) or contains it.
    private static func matches<Bytes: RandomAccessCollection<UInt8>>(
        literal: [UInt8], in bytes: Bytes, wholeString: Bool
    ) -> Bool where Bytes.Index == Int {
        if wholeString { return bytes.elementsEqual(literal) }
        guard let first = literal.first else { return true }
        guard bytes.count >= literal.count else { return false }
        let lastStart = bytes.endIndex - literal.count
        var start = bytes.startIndex
        while start <= lastStart {
            if bytes[start] == first, startsWith(literal, in: bytes, at: start) { return true }
            start += 1
        }
        return false
    }

    /// `matches(literal:in:wholeString:)` over contiguous bytes: a search looks at eight
    /// places at a time for the literal's first byte, so that most of a text without it
    /// (a description searched for `TODO`) is passed over eight bytes a step.
    private static func matches(literal: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, wholeString: Bool) -> Bool {
        if wholeString { return bytes.elementsEqual(literal) }
        return contains(literal: literal, in: UnsafeRawBufferPointer(bytes))
    }

    /// Whether `bytes` contain `literal`, searched for eight places at a time (see
    /// `matches(literal:in:wholeString:)`); raw bytes, so that bytes held as other types (the
    /// words of strings side by side) are read without binding their memory.
    private static func contains(literal: [UInt8], in bytes: UnsafeRawBufferPointer) -> Bool {
        guard let first = literal.first else { return true }
        guard bytes.count >= literal.count, let base = bytes.baseAddress else { return false }
        let lastStart = bytes.count - literal.count
        var start = 0
        // Sixteen places a step over a long buffer (a document's texts screened at once): a
        // place is a candidate when its byte is the literal's first and the next its second,
        // confirmed on the bytes. One step reads 16 bytes, and one more for the second.
        let firsts = SIMD16<UInt8>(repeating: first)
        let hasSecond = literal.count > 1
        let seconds = SIMD16<UInt8>(repeating: hasSecond ? literal[1] : 0)
        let stepBytes = hasSecond ? 17 : 16
        while start &+ stepBytes <= bytes.count {
            let here: SIMD16<UInt8> = (base + start).loadUnaligned(as: SIMD16<UInt8>.self)
            var candidates: SIMDMask<SIMD16<Int8>> = here .== firsts
            if hasSecond {
                let next: SIMD16<UInt8> = (base + (start &+ 1)).loadUnaligned(as: SIMD16<UInt8>.self)
                candidates .&= next .== seconds
            }
            if any(candidates) {
                for lane in 0..<16 where candidates[lane] {
                    let candidate = start &+ lane
                    if candidate <= lastStart, startsWith(literal, in: bytes, at: candidate) { return true }
                }
            }
            start &+= 16
        }
        let ones: UInt64 = 0x0101_0101_0101_0101
        let broadcast = UInt64(first) &* ones
        while start &+ 8 <= bytes.count {
            // A byte equal to `first` is a zero byte of `word`. The test below flags the lowest
            // zero byte exactly and every other one, with at worst a false flag above a zero
            // (a borrow): each flag is confirmed on the bytes.
            let word = (base + start).loadUnaligned(as: UInt64.self) ^ broadcast
            var flags = (word &- ones) & ~word & (ones &* 0x80)
            while flags != 0 {
                let candidate = start &+ flags.trailingZeroBitCount &>> 3
                guard candidate <= lastStart else { return false }
                if startsWith(literal, in: bytes, at: candidate) { return true }
                flags &= flags &- 1
            }
            start &+= 8
        }
        while start <= lastStart {
            if bytes[start] == first, startsWith(literal, in: bytes, at: start) { return true }
            start &+= 1
        }
        return false
    }

    /// Whether `literal` (whose first byte the caller has matched) starts at `start` of
    /// `bytes`, which holds at least its length from there.
    @inline(__always)
    private static func startsWith<Bytes: RandomAccessCollection<UInt8>>(
        _ literal: [UInt8], in bytes: Bytes, at start: Int
    ) -> Bool where Bytes.Index == Int {
        var offset = 1
        while offset < literal.count, bytes[start + offset] == literal[offset] { offset += 1 }
        return offset == literal.count
    }

    /// Runs the automaton over `string`'s scalars, all states at once.
    private func simulate(_ string: String, wholeString: Bool) -> Bool {
        let scalars = string.unicodeScalars
        var visited = [Int](repeating: -1, count: instructions.count)
        var current: [Int] = []
        var next: [Int] = []
        var stack: [Int] = []
        var generation = 0
        var index = scalars.startIndex
        var accepted = addClosure(
            of: 0, into: &current, at: index, in: scalars, generation: generation, visited: &visited, stack: &stack)
        while true {
            if accepted && (!wholeString || index == scalars.endIndex) { return true }
            guard index < scalars.endIndex, !(current.isEmpty && wholeString) else { return false }
            let scalar = scalars[index]
            index = scalars.index(after: index)
            generation += 1
            next.removeAll(keepingCapacity: true)
            accepted = false
            for state in current {
                guard consumes(state, scalar) else { continue }
                accepted =
                    addClosure(
                        of: state + 1, into: &next, at: index, in: scalars, generation: generation, visited: &visited,
                        stack: &stack) || accepted
            }
            if !wholeString {
                if next.isEmpty, !accepted, let starts = searchStarts {
                    // No attempt under way: skip to the next scalar an attempt can start with.
                    while index < scalars.endIndex, !canStart(starts, with: scalars[index]) {
                        index = scalars.index(after: index)
                    }
                    guard index < scalars.endIndex else { return false }
                    next.append(contentsOf: starts)
                } else {
                    // A search may start a new attempt at every position.
                    accepted =
                        addClosure(
                            of: 0, into: &next, at: index, in: scalars, generation: generation, visited: &visited,
                            stack: &stack) || accepted
                }
            }
            swap(&current, &next)
        }
    }

    /// Whether one of the scalar states `starts` accepts `scalar`.
    private func canStart(_ starts: [Int], with scalar: Unicode.Scalar) -> Bool {
        starts.contains { consumes($0, scalar) }
    }

    /// Adds the states reachable from `start` without consuming a scalar; true if `accept` is
    /// among them.
    private func addClosure(
        of start: Int, into states: inout [Int], at index: String.UnicodeScalarView.Index,
        in scalars: String.UnicodeScalarView, generation: Int, visited: inout [Int], stack: inout [Int]
    ) -> Bool {
        var accepted = false
        stack.append(start)
        while let state = stack.popLast() {
            guard visited[state] != generation else { continue }
            visited[state] = generation
            switch instructions[state] {
            case .scalar:
                states.append(state)
            case .accept:
                accepted = true
            case .jump(let target):
                stack.append(target)
            case .split(let first, let second):
                stack.append(second)
                stack.append(first)
            case .assertStart:
                if index == scalars.startIndex { stack.append(state + 1) }
            case .assertEnd:
                if index == scalars.endIndex { stack.append(state + 1) }
            }
        }
        return accepted
    }
}
