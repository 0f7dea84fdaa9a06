/// Stable identities for findings, the same on every run and machine (Swift's `Hasher` is
/// seeded per process, so it cannot be used here).
public enum Fingerprint {
    /// FNV-1a (64-bit) of the parts, separated by a byte that cannot occur in UTF-8 text,
    /// as 16 hex digits.
    public static func make(ruleID: String, file: String, path: String?, value: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for part in [ruleID, file, path ?? "", value] {
            for byte in part.utf8 {
                hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
            }
            hash = (hash ^ 0xff) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
