extension Finding {
    /// A finding's fingerprint as it is kept: the 64-bit hash a check's finding gets (spelt as
    /// 16 lowercase hex digits only when read as text), or any other text.
    ///
    /// A hash is not kept as its text: 16 bytes are one too many for a `String` held in place,
    /// so each finding allocated (and later freed) a string that most runs only copy into the
    /// output. Texts that spell a hash are kept as the hash, so that equal fingerprints have
    /// one form and the synthesized `==` and `hash(into:)` agree with the texts'.
    @usableFromInline
    enum FingerprintValue: Sendable, Hashable {
        case hash(UInt64)
        case text(String)

        /// `text`, kept as a hash when it is 16 lowercase hex digits.
        init(_ text: String) {
            self = Self.hash(spelledBy: text).map { .hash($0) } ?? .text(text)
        }

        /// The fingerprint as text.
        @usableFromInline
        var text: String {
            switch self {
            case .hash(let value): Fingerprint.hex(of: value)
            case .text(let text): text
            }
        }

        /// The hash `text` spells as 16 lowercase hex digits; `nil` for any other text.
        private static func hash(spelledBy text: String) -> UInt64? {
            var value: UInt64 = 0
            var count = 0
            for byte in text.utf8 {
                count += 1
                guard count <= 16 else { return nil }
                switch byte {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): value = value << 4 | UInt64(byte - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): value = value << 4 | UInt64(byte - UInt8(ascii: "a") + 10)
                default: return nil
                }
            }
            return count == 16 ? value : nil
        }
    }

    /// A finding whose fingerprint is the hash `fingerprint` (what a rule's check makes).
    init(
        ruleID: String, severity: Severity, message: String, location: Location, related: [RelatedLocation],
        fingerprint: UInt64, help: String?
    ) {
        storage = Storage(
            Fields(
                ruleID: ruleID, severity: severity, message: message, location: location, related: related,
                waiverBox: nil, fingerprintValue: .hash(fingerprint), help: help))
    }

    /// The 16 hex digits of the fingerprint when it is a hash (as every finding of a rule's
    /// check is), as two words whose bytes, stored in memory as they are, are the digits in
    /// order; `nil` for a fingerprint of any other text, which `fingerprint` gives.
    ///
    /// A writer copies them with two stores: `withFingerprintHexDigits`, generic over its
    /// result, ran unspecialized from another module (some 150 instructions a finding).
    public var fingerprintHexWords: (UInt64, UInt64)? {
        guard case .hash(let value) = storage.fields.fingerprintValue else { return nil }
        return Fingerprint.hexWords(of: value)
    }

    /// Calls `body` with the 16 hex digits of the fingerprint when it is a hash (as every
    /// finding of a rule's check is), without making a `String` of them; `nil` (and `body` is
    /// not called) for a fingerprint of any other text, which `fingerprint` gives.
    public func withFingerprintHexDigits<Result>(
        _ body: (UnsafeRawBufferPointer) throws -> Result
    ) rethrows
        -> Result?
    {
        guard case .hash(let value) = storage.fields.fingerprintValue else { return nil }
        return try Fingerprint.withHexDigits(of: value, body)
    }
}
