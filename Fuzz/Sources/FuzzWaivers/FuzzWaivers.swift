import PactLint
import YAMLSource

/// Rules the waivers may name, by id and by name slug.
private let ruleIDs = ["R-01": "R-01", "first-rule": "R-01", "R-02": "R-02", "second-rule": "R-02"]

/// libFuzzer entry: the input is a file's text. Every `#` starts a comment to the end of its
/// line (as a crude scanner would see it) and is parsed as a waiver directive; the YAML
/// loader's comments are used too when the text loads. `WaiverApplier` then runs over one
/// finding of each rule on every line.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let file = SourceFile(path: "fuzz.yaml", bytes: bytes)
    var comments: [(text: String, span: SourceSpan)] = []
    for line in 1...file.lineCount {
        let text = file.line(line)
        guard let hash = text.firstIndex(of: "#") else { continue }
        let comment = String(text[text.index(after: hash)...])
        let column =
            text.unicodeScalars.distance(
                from: text.unicodeScalars.startIndex, to: hash.samePosition(in: text.unicodeScalars) ?? hash) + 1
        let span = SourceSpan(at: SourcePosition(offset: 0, line: line, column: column))
        _ = WaiverDirective(comment: comment)
        comments.append((comment, span))
    }
    if let stream = try? YAMLLoader().load(file) {
        for comment in stream.comments {
            _ = WaiverDirective(comment: comment.text)
            comments.append((comment.text, comment.span))
        }
    }
    var findings: [Finding] = []
    for line in 1...file.lineCount {
        for rule in ["R-01", "R-02"] {
            let span = SourceSpan(at: SourcePosition(offset: 0, line: line, column: 1))
            findings.append(
                Finding(
                    ruleID: rule, severity: .error, message: "m", location: Location(file: file.path, span: span),
                    fingerprint: "\(rule)-\(line)"))
        }
    }
    let applier = WaiverApplier(ruleIDs: ruleIDs, rulesRun: ["R-01"], today: "2026-06-15")
    let result = applier.apply(to: findings, file: file.path, comments: comments) { number in
        number >= 1 && number <= file.lineCount ? file.line(number) : nil
    }
    precondition(result.count >= findings.count, "waivers never drop findings")
    return 0
}
