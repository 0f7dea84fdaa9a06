import Foundation
import Testing
import YAMLSource
import _PactLintTestSupport

@testable import PactLint

/// Review fuzzer for fingerprints kept as hashes: a finding made from any text keeps that text
/// exactly, and two findings are equal (and hash alike) exactly when their texts are, whether
/// a text is kept as a hash (16 lowercase hex digits) or as text (upper case, 15 or 17 digits,
/// other bytes); the hex spelling of any hash is `String(_:radix:)` padded to 16 digits.
@Suite struct FingerprintValueFuzzTests {
    private static func finding(_ fingerprint: String) -> Finding {
        Finding(
            ruleID: "R-1", severity: .warning, message: "m",
            location: Location(file: "a.yaml", span: SourceSpan(at: SourcePosition(offset: 0, line: 1, column: 1))),
            fingerprint: fingerprint)
    }

    private static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    @Test func hexDigitsOfRandomHashesAreThePaddedRadixSpelling() {
        var generator = SplitMix(seed: 0x5EED_3001)
        var values: [UInt64] = [0, 1, 9, 10, 15, 16, .max, .max - 1, 0x0123_4567_89AB_CDEF, 0xA0A0_A0A0_A0A0_A0A0]
        for _ in 0..<20_000 { values.append(generator.next()) }
        for shift in 0..<64 { values.append(1 << UInt64(shift)) }
        var failures: [UInt64] = []
        for value in values {
            let hex = Self.hex(value)
            if Fingerprint.hex(of: value) != hex { failures.append(value) }
            let written = Fingerprint.withHexDigits(of: value) { String(decoding: $0, as: UTF8.self) }
            if written != hex { failures.append(value) }
        }
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    @Test func textsAreKeptAndComparedAsTexts() throws {
        var generator = SplitMix(seed: 0x5EED_3002)
        var texts = ["", "f", "0", "0000000000000000", "ffffffffffffffff", "FFFFFFFFFFFFFFFF", "000000000000000g"]
        for _ in 0..<400 {
            let hex = Self.hex(generator.next())
            texts += [
                hex, hex.uppercased(), String(hex.dropLast()), hex + "0", " " + hex, hex + "\n",
                String(hex.prefix(8)) + String(hex.suffix(8)).uppercased(), "0x" + String(hex.dropFirst(2)),
                hex.replacingOccurrences(of: "a", with: "à"),
            ]
        }
        var failures: [String] = []
        let findings = texts.map(Self.finding)
        for (text, finding) in zip(texts, findings) where finding.fingerprint != text {
            failures.append("kept \(text.debugDescription) as \(finding.fingerprint.debugDescription)")
        }
        // Equality and hashing as the texts': every pair of a sample, and a set of them all.
        for i in stride(from: 0, to: texts.count, by: 7) {
            for j in stride(from: 0, to: texts.count, by: 5)
            where (findings[i] == findings[j]) != (texts[i] == texts[j]) {
                failures.append("== of \(texts[i].debugDescription) and \(texts[j].debugDescription)")
            }
        }
        #expect(Set(findings).count == Set(texts).count)
        // A finding rebuilt with a copy of its text (another string object) is equal and hashes alike.
        for (text, finding) in zip(texts, findings) {
            let again = Self.finding(String(decoding: Array(text.utf8), as: UTF8.self))
            if again != finding || again.hashValue != finding.hashValue { failures.append("rebuilt \(text)") }
        }
        // JSON round trip keeps the text.
        let decoded = try JSONDecoder().decode([Finding].self, from: JSONEncoder().encode(findings))
        for (text, finding) in zip(texts, decoded) where finding.fingerprint != text {
            failures.append("decoded \(text.debugDescription)")
        }
        #expect(decoded == findings)
        #expect(failures.isEmpty, "\(failures.prefix(10))")
    }

    /// Only a hash is written from its digits; any other text is left to `fingerprint`.
    @Test func hexDigitsAreLentOnlyForHashes() {
        #expect(
            Self.finding("0123456789abcdef").withFingerprintHexDigits { Array($0) } == Array("0123456789abcdef".utf8))
        for text in ["0123456789ABCDEF", "0123456789abcde", "0123456789abcdef0", "", "f"] {
            #expect(Self.finding(text).withFingerprintHexDigits { _ in true } == nil, "\(text)")
        }
    }
}
