import Foundation
import Testing
import YAMLSource

@testable import PactLint

/// A check's finding keeps its fingerprint as the hash, a finding made from text keeps the
/// text (or the hash it spells): both read, compare and hash as the texts did.
@Suite struct FindingFingerprintTests {
    private func finding(fingerprint: String) -> Finding {
        Finding(
            ruleID: "COMP-03", severity: .warning, message: "no budget",
            location: Location(file: "a.yaml", span: SourceSpan(at: SourcePosition(offset: 9, line: 2, column: 3))),
            fingerprint: fingerprint)
    }

    private func finding(hash: UInt64) -> Finding {
        Finding(
            ruleID: "COMP-03", severity: .warning, message: "no budget",
            location: Location(file: "a.yaml", span: SourceSpan(at: SourcePosition(offset: 9, line: 2, column: 3))),
            related: [], fingerprint: hash, help: nil)
    }

    /// The hex digits as `String(_:radix:)` spells them, padded to 16.
    private func reference(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    static let hashes: [UInt64] = [
        0, 1, 0xF, 0x10, 0x9, 0xA, 0xFFFF_FFFF_FFFF_FFFF, 0x0123_4567_89AB_CDEF, 0xFEDC_BA98_7654_3210,
        0xCBF2_9CE4_8422_2325, 0x8000_0000_0000_0000, 0x0000_0100_0000_01B3,
    ]

    @Test(arguments: hashes)
    func aHashReadsAsItsSixteenDigits(_ value: UInt64) {
        var hash = Fingerprint()
        hash.add("rule")
        #expect(hash.hex == reference(hash.value))
        #expect(Fingerprint.hex(of: value) == reference(value))
        let made = finding(hash: value)
        #expect(made.fingerprint == reference(value))
        let digits = made.withFingerprintHexDigits { String(decoding: $0, as: UTF8.self) }
        #expect(digits == reference(value))
        // The two words, stored as they are, are the same digits (what the JSON writer copies).
        if var words = made.fingerprintHexWords {
            #expect(withUnsafeBytes(of: &words) { String(decoding: $0, as: UTF8.self) } == reference(value))
        } else {
            Issue.record("a hashed fingerprint has its hex words")
        }
    }

    @Test(arguments: hashes)
    func aHashAndTheTextSpellingItAreOneFingerprint(_ value: UInt64) throws {
        let hashed = finding(hash: value)
        let spelt = finding(fingerprint: reference(value))
        #expect(hashed == spelt)
        #expect(hashed.hashValue == spelt.hashValue)
        // Decoded from JSON (a baseline, a report), it is the same finding again.
        let decoded = try JSONDecoder().decode(Finding.self, from: JSONEncoder().encode(hashed))
        #expect(decoded == hashed)
        #expect(decoded.fingerprint == reference(value))
    }

    /// Texts that are not a hash's 16 lowercase digits stay texts, read back as written.
    @Test(arguments: [
        "", "f", "0123456789abcde", "0123456789abcdef0", "0123456789ABCDEF", "0123456789abcdeg", "COMP-03-12",
        "0123456789abcd\u{E9}", "é123456789abcdef", "0123456789abcde\0",
    ])
    func otherTextsStayAsWritten(_ text: String) {
        let made = finding(fingerprint: text)
        #expect(made.fingerprint == text)
        #expect(made.withFingerprintHexDigits { _ in true } == nil)
        #expect(made.fingerprintHexWords == nil)
        #expect(made != finding(fingerprint: text + "0"))
    }

    @Test func settingAFingerprintKeepsTheOtherFields() {
        var made = finding(hash: 42)
        made.fingerprint = "custom"
        #expect(made.fingerprint == "custom")
        #expect(made.message == "no budget")
        made.fingerprint = reference(7)
        #expect(made == finding(hash: 7))
    }

    /// The boxed waiver compares, hashes and codes as the waiver does.
    @Test func aWaiverComparesByValue() throws {
        var a = finding(hash: 1)
        var b = finding(hash: 1)
        #expect(!a.isWaived)
        a.waiver = Waiver(scope: .file, reason: "pilot", location: a.location)
        #expect(a.isWaived)
        #expect(a != b)
        b.waiver = Waiver(scope: .file, reason: "pilot", location: b.location)
        #expect(a == b)
        #expect(a.hashValue == b.hashValue)
        b.waiver = Waiver(scope: .file, reason: "other", location: b.location)
        #expect(a != b)
        b.waiver = nil
        #expect(!b.isWaived)
        #expect(b == finding(hash: 1))
        let decoded = try JSONDecoder().decode(Finding.self, from: JSONEncoder().encode(a))
        #expect(decoded == a)
        #expect(decoded.waiver?.reason == "pilot")
    }
}
