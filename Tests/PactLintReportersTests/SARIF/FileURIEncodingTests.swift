import Testing

@testable import PactLintReporters

/// `FileURI.encode` percent-encodes byte by byte: the same text as the scalar-by-scalar
/// encoding it replaced (the reference below), for hostile and random paths.
@Suite struct FileURIEncodingTests {
    private static func reference(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"),
                UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"),
                UInt8(ascii: "~"), UInt8(ascii: "/"):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    @Test(arguments: [
        "", "partnerships/tunisia.yaml", "partnerships/sénégal 2026.yaml", "/a#b?c:d@e[f]%g+h=i&j;k,l!m$n'o(p)q*r",
        "\u{0}\u{1}\u{1F}\u{7F}", "叶/🇪🇺/e\u{301}", "~user/-_./x",
    ])
    func pathsEncodeAsTheReferenceDoes(_ path: String) {
        #expect(FileURI.encode(path) == Self.reference(path))
    }

    @Test func everyByteEncodesAsTheReferenceDoes() {
        for value in 0..<0x80 {
            let path = "a" + String(Unicode.Scalar(UInt8(value))) + "b"
            #expect(FileURI.encode(path) == Self.reference(path), "\(value)")
        }
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<300 {
            let scalars = (0..<Int.random(in: 0...20, using: &generator)).compactMap { _ in
                Unicode.Scalar(UInt32.random(in: 0...0x2FFF, using: &generator))
            }
            let path = String(String.UnicodeScalarView(scalars))
            #expect(FileURI.encode(path) == Self.reference(path), "\(path.debugDescription)")
        }
    }
}
