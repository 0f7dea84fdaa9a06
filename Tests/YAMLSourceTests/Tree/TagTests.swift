import Testing
import YAMLSource

@Suite("tags")
struct TagTests {
    @Test("core schema tags are honoured")
    func coreTags() throws {
        let node = try root(
            """
            s: !!str 42
            i: !!int "0x1F"
            f: !!float 3
            b: !!bool 'true'
            n: !!null ""
            m: !!map {a: 1}
            q: !!seq [1]
            v: !<tag:yaml.org,2002:int> 7
            e: !!str
            """)
        #expect(node[key: "s"]?.scalarValue == .string("42"))
        #expect(node[key: "s"]?.tag == "tag:yaml.org,2002:str")
        #expect(node[key: "i"]?.scalarValue == .int(31))
        #expect(node[key: "f"]?.scalarValue == .float(3))
        #expect(node[key: "b"]?.scalarValue == .bool(true))
        #expect(node[key: "n"]?.scalarValue == .null)
        #expect(node[key: "m"]?[key: "a"]?.intValue == 1)
        #expect(node[key: "m"]?.tag == "tag:yaml.org,2002:map")
        #expect(node[key: "q"]?.items?.count == 1)
        #expect(node[key: "v"]?.scalarValue == .int(7))
        #expect(node[key: "e"]?.scalarValue == .string(""))
    }

    @Test("the non-specific tag ! makes a plain scalar a string")
    func nonSpecific() throws {
        let node = try root("a: ! 12\nb: ! [1]\nc: ! {x: y}\n")
        #expect(node[key: "a"]?.scalarValue == .string("12"))
        #expect(node[key: "b"]?[index: 0]?.intValue == 1)
        #expect(node[key: "c"]?[key: "x"]?.stringValue == "y")
    }

    @Test("a tag the core schema does not know is a located error")
    func unknownTags() throws {
        for (text, tag, column) in [
            ("a: !foo 1\n", "!foo", 4), ("a: !!set {x}\n", "!!set", 4), ("a: !!binary aGk=\n", "!!binary", 4),
            ("a:\n  - !<tag:example.com,2000:x> 1\n", "tag:example.com,2000:x", 5),
        ] {
            let error = try #require(loadError(text))
            #expect(error.kind == .unknownTag)
            #expect(error.message == "unknown tag '\(tag)'")
            #expect(error.position.column == column)
        }
    }

    @Test("a tagged value that does not fit its tag is a located error")
    func invalidTaggedValues() throws {
        for (text, message) in [
            ("a: !!int abc\n", "'abc' is not a valid !!int value"),
            ("a: !!int 1.5\n", "'1.5' is not a valid !!int value"),
            ("a: !!float yes\n", "'yes' is not a valid !!float value"),
            ("a: !!bool yes\n", "'yes' is not a valid !!bool value"),
            ("a: !!null 0\n", "'0' is not a valid !!null value"),
            ("a: !!map x\n", "a scalar cannot have the tag '!!map'"),
            ("a: !!seq {}\n", "a mapping cannot have the tag '!!seq'"),
            ("a: !!str [x]\n", "a sequence cannot have the tag '!!str'"),
        ] {
            let error = try #require(loadError(text))
            #expect(error.kind == .invalidTaggedValue)
            #expect(error.message == message)
            #expect(error.position == pos(3, 1, 4))
        }
    }
}
