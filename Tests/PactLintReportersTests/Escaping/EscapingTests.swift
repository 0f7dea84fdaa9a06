import Testing

@testable import PactLintReporters

@Suite struct ControlCharacterEscapingTests {
    @Test(arguments: [
        ("\u{1B}[31mred", "\\e[31mred"),
        ("a\u{0}b", "a\\u{0}b"),
        ("line\nbreak\r\ttab", "line\\nbreak\\r\\ttab"),
        ("\u{7F}\u{85}\u{9B}", "\\u{7F}\\u{85}\\u{9B}"),
        ("\u{202E}exe.txt\u{2066}", "\\u{202E}exe.txt\\u{2066}"),
        ("Sénégal 叶 🇪🇺 | <b>", "Sénégal 叶 🇪🇺 | <b>"),
    ])
    func makesControlsVisible(raw: String, escaped: String) {
        #expect(ControlCharacterEscaping.escape(raw) == escaped)
    }

    @Test func keepsWhatItIsTold() {
        #expect(ControlCharacterEscaping.escape("a\nb\u{1B}", keeping: ["\n"]) == "a\nb\\e")
    }

    @Test func noEscapedOutputContainsAControlCharacter() {
        var everything = ""
        for value in UInt32(0)...0x3000 {
            if let scalar = Unicode.Scalar(value) { everything.unicodeScalars.append(scalar) }
        }
        let escaped = ControlCharacterEscaping.escape(everything)
        #expect(!escaped.unicodeScalars.contains { ControlCharacterEscaping.needsEscaping($0) })
    }
}

@Suite struct XMLEscapingTests {
    @Test func textEscapesMarkupAndKeepsLineBreaks() {
        #expect(XMLEscaping.text("a < b && c > d\n\t\"q\" 'a'") == "a &lt; b &amp;&amp; c &gt; d\n\t\"q\" 'a'")
        #expect(XMLEscaping.text("cr\r") == "cr&#13;")
    }

    @Test func attributeEscapesQuotesAndWhitespace() {
        #expect(XMLEscaping.attribute("\"a\" 'b'\n\t\r") == "&quot;a&quot; &apos;b&apos;&#10;&#9;&#13;")
    }

    @Test func charactersXMLCannotHoldBecomeVisible() {
        #expect(XMLEscaping.text("\u{0}\u{1B}\u{FFFE}\u{FFFF}") == "\\u{0}\\e\\u{FFFE}\\u{FFFF}")
        #expect(XMLEscaping.attribute("\u{8}") == "\\u{8}")
    }
}

@Suite struct MarkdownEscapingTests {
    @Test(arguments: [
        ("a | b", "a \\| b"),
        ("<script>&amp;", "&lt;script&gt;&amp;amp;"),
        ("`code` *em* _u_ ~s~ [l](u) $m$", "\\`code\\` \\*em\\* \\_u\\_ \\~s\\~ \\[l\\](u) \\$m\\$"),
        ("@octocat", "&#64;octocat"),
        ("one\ntwo\r\nthree\rfour", "one<br>two<br>three<br>four"),
        ("back\\slash", "back\\\\slash"),
        ("\u{1B}[2J\u{0}", "\\\\e\\[2J\\\\u{0}"),
    ])
    func inline(raw: String, escaped: String) {
        #expect(MarkdownEscaping.inline(raw) == escaped)
    }

    @Test(arguments: [
        ("$['a'][0]", "`$['a'][0]`"),
        ("a`b", "``a`b``"),
        ("`x``", "``` `x`` ```"),
        ("p|q", "`p\\|q`"),
        ("n\nl", "`n\\nl`"),
    ])
    func code(raw: String, escaped: String) {
        #expect(MarkdownEscaping.code(raw) == escaped)
    }
}
