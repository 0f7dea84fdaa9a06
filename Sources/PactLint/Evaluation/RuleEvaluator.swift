import JSONPath
import YAMLSource

/// Runs compiled rules over one evaluation root and turns failed checks into findings.
///
/// The rule is a parameter, not a stored property, and its fields are read in place (see
/// `SharedRule`).
struct RuleEvaluator {
    let context: DocumentContext
    let source: SourceFile?
    /// Query results shared by every rule over the same root.
    var cache: QueryCache? = nil
    /// The bytes messages are spelt into, kept from one finding to the next.
    private let messageBytes = GrowingBytes()

    /// Appends the findings of `rule` over `root` to `findings`.
    func findings(of shared: SharedRule, root: YAMLNode, into findings: inout [Finding]) {
        let rule = shared.rule
        let whenPerSubject = shared.whenPerSubject
        // The subjects are read where they are (the query's matches, or the root alone): no
        // list of them is made for each rule and document.
        if let given = rule.given {
            let matches =
                given.startsAtSubject
                ? given.query.evaluate(root: root, current: root)
                : (cache?.matches(given, root: root) ?? given.query.evaluate(root: root, current: root))
            guard !matches.isEmpty, whenPerSubject || holdsOnce(rule, root: root) else { return }
            for match in matches {
                self.findings(
                    of: shared, root: root, subject: match.node, path: match.path, whenPerSubject: whenPerSubject,
                    into: &findings)
            }
        } else {
            guard whenPerSubject || holdsOnce(rule, root: root) else { return }
            self.findings(
                of: shared, root: root, subject: root, path: .root, whenPerSubject: whenPerSubject, into: &findings)
        }
    }

    /// Whether the rule's `when`, which reads only `$`, holds (true without one).
    private func holdsOnce(_ rule: Rule, root: YAMLNode) -> Bool {
        guard let when = rule.when else { return true }
        let evaluator = ConditionEvaluator(
            root: root, subject: root, subjectPath: .root, parameters: rule.parameters, cache: cache)
        return evaluator.holds(when, source: source)
    }

    /// Appends the findings of `rule` for one subject.
    private func findings(
        of shared: SharedRule, root: YAMLNode, subject: YAMLNode, path: NormalizedPath, whenPerSubject: Bool,
        into findings: inout [Finding]
    ) {
        let rule = shared.rule
        let evaluator = ConditionEvaluator(
            root: root, subject: subject, subjectPath: path, parameters: rule.parameters, cache: cache)
        if whenPerSubject, let when = rule.when, !evaluator.holds(when, source: source) { return }
        // The checks one walk found holding (see `CombinedChecks`) are not run again.
        var holding: UInt64 = 0
        if let combined = shared.combined { holding = evaluator.holdingChecks(combined, slot: shared.combinedSlot) }
        // The checks, shared by every worker, are lent without a retain (see `SharedRule`);
        // after a failed one the rest run unless only the first failure reports.
        _ = shared.checks.containsUnretained { check in
            check.combinedBit & holding == 0 && run(check, of: rule, evaluator: evaluator, into: &findings)
                && rule.report == .first
        }
    }

    /// Runs one check for one subject; true when it failed (and reported).
    private func run(
        _ shared: SharedRule.Check, of rule: Rule, evaluator: ConditionEvaluator, into findings: inout [Finding]
    ) -> Bool {
        // Fields read through the object, not out of a local copy of the check.
        if let when = shared.check.when, !evaluator.holds(when, source: source) { return false }
        guard var failure = evaluator.evaluate(shared.check.assert, source: source) else { return false }
        report(&failure, of: shared.check, of: rule, evaluator: evaluator, into: &findings)
        return true
    }

    /// Appends the findings of `failure`, whose places it takes (it is left without them).
    private func report(
        _ failure: inout Failure, of check: RuleCheck, of rule: Rule, evaluator: ConditionEvaluator,
        into findings: inout [Finding]
    ) {
        if let at = check.at {
            // One finding at the `at` node, keeping the first place's values.
            var place = evaluator.firstPlace(at) ?? evaluator.anchorPlace(at)
            // Moved, not copied: the failure's places are this function's to take.
            if failure.places.isEmpty {
                place.values = [:]
            } else {
                swap(&place.values, &failure.places[0].values)
            }
            // Joined only when a place has related places (nearly none has).
            let places = failure.places
            place.related =
                places.indices.contains { !places[$0].related.isEmpty } ? places.flatMap(\.related) : []
            report(place, of: failure, of: check, of: rule, evaluator: evaluator, into: &findings)
            return
        }
        // Each place moved out of the list, not copied: a copy retained (and its end released)
        // each of a place's half-dozen references, even when only lent to `report`. The list,
        // taken from the failure, is its own (no copy of it is made); it is reversed once so
        // that popping from the end keeps the places' order, in its buffer, whose swaps move
        // the places (the array's copied them).
        var places: [Place] = []
        swap(&places, &failure.places)
        places.withUnsafeMutableBufferPointer { $0.reverse() }
        while let place = places.popLast() {
            report(place, of: failure, of: check, of: rule, evaluator: evaluator, into: &findings)
        }
    }

    /// Appends the finding of one place of a failure.
    private func report(
        _ place: Place, of failure: Failure, of check: RuleCheck, of rule: Rule, evaluator: ConditionEvaluator,
        into findings: inout [Finding]
    ) {
        let message = interpolate(
            check.message, of: rule, place: place, failureValues: failure.values, evaluator: evaluator)
        let location = context.location(node: place.node, path: place.path, span: place.span)
        let related = place.related.map { related in
            RelatedLocation(
                location: context.location(node: related.node, path: related.path, span: nil),
                message: related.message)
        }
        let fingerprint = fingerprint(rule: rule, check: check, location: location, place: place)
        // The location moved into the finding: a copy retained and later released each of its
        // references.
        findings.append(
            Finding(
                ruleID: rule.id, severity: check.severity, message: message, location: consume location,
                related: related, fingerprint: fingerprint, help: check.help == rule.metadata.help ? nil : check.help))
    }

    /// The fingerprint's hash (kept by the finding as a number; see `Finding.FingerprintValue`).
    private func fingerprint(rule: Rule, check: RuleCheck, location: borrowing Location, place: Place) -> UInt64 {
        var hash = Fingerprint()
        hash.add(rule.id)
        hash.add(check.index)
        hash.add(location.file)
        hash.add(location.document)
        hash.add(location.path ?? "")
        if let missing = place.missing {
            // `add("missing:" + missing)` without making that string: the same bytes.
            Self.missingPrefix.withUTF8Buffer { hash.add(bytes: UnsafeRawBufferPointer($0)) }
            hash.add(missing)
        } else if let bytes = cache?.keptCanonicalBytes(of: place.node) {
            bytes.withBytes { hash.add(bytes: $0) }
        } else {
            hash.addCanonical(place.node)
        }
        if let extra = place.fingerprintExtra { hash.add(extra) }
        return hash.value
    }

    /// What a place that stands for a query's text is hashed with before the text.
    private static let missingPrefix: StaticString = "missing:"

    /// The message of `place`: a name stands for the place's value, else the failure's, else
    /// (`{field}`) the place's path unless a parameter has that name, else the parameter.
    func interpolate(
        _ template: MessageTemplate, of rule: Rule, place: Place, failureValues: MessageValues,
        evaluator: ConditionEvaluator
    ) -> String {
        // Built as UTF-8 bytes and made a string once (see `GrowingBytes`); the values are
        // looked up where they are, not merged into one dictionary for each finding.
        let bytes = messageBytes
        bytes.removeAll()
        for part in template.parts {
            switch part {
            case .text(let literal): bytes.append(literal)
            case .query(let query):
                // The first node `query` selects, spelt straight into the message (see
                // `ValueFormatting.appendText`).
                if let node = evaluator.firstNode(query, current: evaluator.subject) {
                    ValueFormatting.appendText(of: node, to: bytes)
                } else {
                    bytes.append("not stated")
                }
            case .name(let name):
                // The values are appended where they are kept, not copied out.
                if place.values.appendValue(named: name, to: bytes)
                    || failureValues.appendValue(named: name, to: bytes)
                {
                    continue
                } else if let parameter = rule.parameters[name] {
                    bytes.append(parameter.text)
                } else if name == FieldPath.placeholder {
                    bytes.append(FieldPath.text(place.path))
                } else {
                    bytes.append(UInt8(ascii: "?"))
                }
            }
        }
        return bytes.makeString()
    }
}
