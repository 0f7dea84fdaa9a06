import PactLint

extension JSONReporter {
    /// Where a rule's share of a finding object is in a buffer of rendered rules: the members
    /// every finding of the rule repeats, rendered once.
    struct RuleParts: Sendable {
        /// `,\n      "principle": ` the principle's object (or `null`), `,\n      "related": `
        /// (the same bytes for every rule of the principle).
        var principle: Range<Int>
        /// `,\n      "rule": ` the rule's object, `,\n      "ruleId": ` its id.
        var rule: Range<Int>
        /// The rule's object alone (at indentation level 3), within `rule`.
        var object: Range<Int>

        /// How many bytes the two take.
        var count: Int { principle.count + rule.count }
    }

    /// Renders `rule`'s parts (`principle` is its principle, if the report lists it) at the end
    /// of `bytes`.
    static func appendParts(of rule: RuleMetadata, principle: Principle?, to bytes: inout ByteBuffer) -> RuleParts {
        let principlePart = appendPrinciplePart(principle, to: &bytes)
        return appendRulePart(of: rule, principle: principlePart, to: &bytes)
    }

    /// Renders the principle's share of a finding object (`principle` is `nil` when the report
    /// does not list the rule's principle) at the end of `bytes`; returns where it is.
    static func appendPrinciplePart(_ principle: Principle?, to bytes: inout ByteBuffer) -> Range<Int> {
        let start = bytes.count
        bytes.append(",\n      \"principle\": ")
        if let principle {
            writePrinciple(principle, indent: 3, to: &bytes)
        } else {
            bytes.append("null")
        }
        bytes.append(",\n      \"related\": ")
        return start..<bytes.count
    }

    /// Renders `rule`'s own share of a finding object at the end of `bytes`; `principle` is
    /// where its principle's share already is.
    static func appendRulePart(
        of rule: RuleMetadata, principle: Range<Int>, to bytes: inout ByteBuffer
    ) -> RuleParts {
        let start = bytes.count
        bytes.append(",\n      \"rule\": ")
        let objectStart = bytes.count
        writeRule(rule, indent: 3, to: &bytes)
        let object = objectStart..<bytes.count
        // The listed rule's id is the finding's (the catalog lists it under that id).
        bytes.append(",\n      \"ruleId\": ")
        bytes.appendQuoted(rule.id)
        return RuleParts(principle: principle, rule: start..<bytes.count, object: object)
    }

    /// Appends `finding` as an element of the findings array
    /// that follows another: `,` and the object at indentation level 2, written member by
    /// member in sorted key order exactly as `JSONValue.write` would lay it out. The fixed
    /// text between values is literal, the rule's and principle's members are `parts` of
    /// `rules`, and the file is `quotedFile` (a JSON string).
    static func appendFinding(
        _ finding: Finding, parts: RuleParts, rules: UnsafeBufferPointer<UInt8>,
        quotedFile: UnsafeBufferPointer<UInt8>, to bytes: inout ByteBuffer
    ) {
        bytes.reserve(parts.count + 1024)
        bytes.append(",\n    {\n      \"fingerprint\": ")
        bytes.appendQuotedFingerprint(of: finding)
        bytes.append(",\n      \"location\": ")
        writeLocation(of: finding, quotedFile: quotedFile, to: &bytes)
        bytes.append(",\n      \"message\": ")
        bytes.appendQuoted(finding.message)
        bytes.append(UnsafeBufferPointer(rebasing: rules[parts.principle]))
        if finding.related.isEmpty {
            bytes.append("[]")
        } else {
            append(
                .array(
                    finding.related.map { .object(["message": .string($0.message), "location": json($0.location)]) }),
                to: &bytes)
        }
        bytes.append(UnsafeBufferPointer(rebasing: rules[parts.rule]))
        // Most findings have no waiver (`isWaived` settles it without copying one): the rest of
        // the object is one literal.
        guard finding.isWaived, let waiver = finding.waiver else {
            switch finding.severity {
            case .error:
                bytes.append(
                    ",\n      \"severity\": \"error\",\n      \"waived\": false,\n      \"waiver\": null\n    }")
            case .warning:
                bytes.append(
                    ",\n      \"severity\": \"warning\",\n      \"waived\": false,\n      \"waiver\": null\n    }")
            case .info:
                bytes.append(
                    ",\n      \"severity\": \"info\",\n      \"waived\": false,\n      \"waiver\": null\n    }")
            }
            return
        }
        switch finding.severity {
        case .error: bytes.append(",\n      \"severity\": \"error\",\n      \"waived\": true,\n      \"waiver\": ")
        case .warning: bytes.append(",\n      \"severity\": \"warning\",\n      \"waived\": true,\n      \"waiver\": ")
        case .info: bytes.append(",\n      \"severity\": \"info\",\n      \"waived\": true,\n      \"waiver\": ")
        }
        append(
            .object([
                "scope": .string(waiver.scope.rawValue),
                "reason": .string(waiver.reason),
                "until": .stringOrNull(waiver.until),
                "location": json(waiver.location),
            ]), to: &bytes)
        bytes.append("\n    }")
    }
}
