import Testing

@testable import PactLintReporters

@Suite("HTML escaping and content hashes")
struct HTMLEscapingTests {
    @Test(
        "markup characters become entities",
        arguments: [
            ("<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"),
            ("\" onmouseover=\"x", "&quot; onmouseover=&quot;x"),
            ("a & b", "a &amp; b"),
            ("it's", "it&#39;s"),
            ("&amp;", "&amp;amp;"),
            ("叶 🇺🇳 ok", "叶 🇺🇳 ok"),
        ])
    func escapes(input: String, expected: String) {
        #expect(HTMLEscaping.text(input) == expected)
        #expect(HTMLEscaping.attribute(input) == expected)
    }

    @Test("characters XML cannot hold become U+FFFD; tab and line breaks stay")
    func controlCharacters() {
        #expect(
            HTMLEscaping.text("a\u{0}b\u{1B}[31mc\u{7F}d\u{85}e\u{FFFE}")
                == "a\u{FFFD}b\u{FFFD}[31mc\u{FFFD}d\u{FFFD}e\u{FFFD}")
        #expect(HTMLEscaping.text("a\tb\nc\r\n") == "a\tb\nc\r\n")
    }

    @Test(
        "only absolute http(s) URLs may become links",
        arguments: [
            ("https://eur-lex.europa.eu/eli/reg/2024/1351/oj", true),
            ("HTTP://example.org/a?b=c#d", true),
            ("javascript:alert(1)", false),
            ("JaVaScRiPt:alert(1)", false),
            ("data:text/html,<script>", false),
            ("//evil.example/x", false),
            ("https://", false),
            ("https:///path", false),
            ("https://a.example/x y", false),
            ("https://a.example/\"onmouseover=", false),
            ("https://a.example/\u{0}", false),
            ("Regulation (EU) 2024/1351", false),
            ("ftp://files.example/x", false),
        ])
    func safeLinks(url: String, allowed: Bool) {
        #expect(HTMLEscaping.isSafeExternalLink(url) == allowed)
    }

    @Test(
        "SHA-256 matches the FIPS 180-4 example vectors",
        arguments: [
            ("", "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"),
            ("abc", "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"),
            (
                "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
                "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1"
            ),
            (String(repeating: "a", count: 1000), "41edece42d63e8d9bf515a9ba6932e1c20cbc9f5a5d134645adb5db1b9737ea3"),
        ])
    func sha256(message: String, hex: String) {
        let digest = HTMLContentHash.sha256(Array(message.utf8))
        #expect(
            digest.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }
                .joined() == hex)
    }

    @Test("base64 pads as RFC 4648 says")
    func base64() {
        #expect(HTMLContentHash.base64(Array("".utf8)) == "")
        #expect(HTMLContentHash.base64(Array("f".utf8)) == "Zg==")
        #expect(HTMLContentHash.base64(Array("fo".utf8)) == "Zm8=")
        #expect(HTMLContentHash.base64(Array("foo".utf8)) == "Zm9v")
        #expect(HTMLContentHash.base64(Array("foobar".utf8)) == "Zm9vYmFy")
        #expect(HTMLContentHash.cspSource("abc") == "'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='")
    }
}
