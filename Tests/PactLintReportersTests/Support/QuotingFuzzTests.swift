import PactLint
import Testing
import YAMLSource
import _PactLintTestSupport

@testable import PactLintReporters

/// Review fuzzers for the sixteen-bytes-a-step copies: JSON quoting (`appendPlainPrefix`
/// before the escaping loop) and the text writer's visible copy (`appendVisiblePrefix` before
/// `ControlCharacterEscaping`), over random strings of several special scalars at random
/// places, held to scalar-by-scalar reference implementations.
@Suite struct QuotingFuzzTests {
    /// Scalars either writer escapes, looks at twice (their lead bytes) or passes, and plain
    /// letters, weighted towards the letters so that runs cross block boundaries.
    private static let specials: [Unicode.Scalar] =
        (UInt32(0)...0x20).compactMap(Unicode.Scalar.init)
        + [
            "\"", "\\", "\u{7F}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{B0}", "\u{BF}", "é", "\u{600}",
            "\u{61B}", "\u{61C}", "\u{61D}", "\u{200B}", "\u{200E}", "\u{200F}", "\u{2014}", "\u{2027}",
            "\u{2028}", "\u{2029}", "\u{202A}", "\u{202E}", "\u{202F}", "\u{2060}", "\u{2066}", "\u{2069}",
            "\u{206A}", "\u{FEFF}", "\u{1F600}", "\u{10FFFF}",
        ]

    private static func randomText(using generator: inout SplitMix) -> String {
        var text = ""
        let length = Int.random(in: 0...70, using: &generator)
        for _ in 0..<length {
            if Int.random(in: 0..<6, using: &generator) == 0 {
                text.unicodeScalars.append(specials.randomElement(using: &generator) ?? "a")
            } else {
                text.unicodeScalars.append(Bool.random(using: &generator) ? "a" : "~")
            }
        }
        return text
    }

    @Test func jsonQuotingAgreesWithAScalarByScalarReference() {
        var generator = SplitMix(seed: 0x5EED_2001)
        var failures: [String] = []
        for _ in 0..<20_000 {
            let text = Self.randomText(using: &generator)
            let quoted = JSONValue.quoted(text)
            if quoted != JSONQuotingFastPathTests.reference(text) { failures.append(text.debugDescription) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    /// A quoted text as the buffer's only bytes, in memory that ends where the text does.
    @Test func jsonQuotingOfBuffersEndingAtEveryLength() {
        var failures: [String] = []
        for length in 0...48 {
            for special in Self.specials {
                for offset in stride(from: 0, through: length, by: 1) {
                    var text = String(repeating: "a", count: offset)
                    text.unicodeScalars.append(special)
                    text += String(repeating: "b", count: length - offset)
                    let bytes = Array(text.utf8)
                    let memory = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: bytes.count)
                    defer { memory.deallocate() }
                    _ = memory.initialize(from: bytes)
                    var buffer = ByteBuffer()
                    buffer.appendQuoted(utf8: UnsafeBufferPointer(memory))
                    let quoted = buffer.withUnsafeBytes { String(decoding: $0, as: UTF8.self) }
                    if quoted != JSONQuotingFastPathTests.reference(text) { failures.append(text.debugDescription) }
                }
            }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    /// The text writer's message line for random messages with several special scalars is
    /// `ControlCharacterEscaping.escape` of the message, itself held to its definition.
    @Test func textMessagesAreMadeVisibleAsEscapeDoes() {
        var generator = SplitMix(seed: 0x5EED_2002)
        var failures: [String] = []
        for _ in 0..<3_000 {
            let message = Self.randomText(using: &generator)
            var visible = ""
            for scalar in message.unicodeScalars {
                visible +=
                    ControlCharacterEscaping.needsEscaping(scalar)
                    ? ControlCharacterEscaping.visible(scalar) : String(scalar)
            }
            #expect(ControlCharacterEscaping.escape(message) == visible)
            let finding = Finding(
                ruleID: "R-1", severity: .error, message: message,
                location: Location(
                    file: "a.yaml",
                    span: SourceSpan(
                        start: SourcePosition(offset: 0, line: 1, column: 1),
                        end: SourcePosition(offset: 1, line: 1, column: 2))),
                fingerprint: "f")
            let report = Report(
                files: [CheckedFile(path: "a.yaml", documents: [])], findings: [finding], rules: [], principles: [],
                failOn: .error)
            let text = TextReporter(options: .init(showSummary: false)).render(report, context: ReportFixture.context)
            if !text.hasPrefix("a.yaml:1:1: error: \(visible) [R-1]\n") { failures.append(message.debugDescription) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }
}
