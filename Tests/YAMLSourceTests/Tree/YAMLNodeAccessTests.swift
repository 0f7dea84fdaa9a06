import Testing
import YAMLSource

@Suite("node conveniences")
struct YAMLNodeAccessTests {
    @Test("lookups and typed values")
    func access() throws {
        let node = try root("name: x\n1: one\nn: 3\nf: 1.5\nb: true\nz: ~\nl: [a, b]\n")
        #expect(node[key: "name"]?.stringValue == "x")
        #expect(node[key: "1"] == nil)
        #expect(node[key: "missing"] == nil)
        #expect(node[key: "n"]?.intValue == 3)
        #expect(node[key: "n"]?.doubleValue == 3)
        #expect(node[key: "n"]?.stringValue == nil)
        #expect(node[key: "f"]?.doubleValue == 1.5)
        #expect(node[key: "b"]?.boolValue == true)
        #expect(node[key: "z"]?.isNull == true)
        #expect(node[key: "l"]?[index: 1]?.stringValue == "b")
        #expect(node[key: "l"]?[index: 2] == nil)
        #expect(node[key: "l"]?[key: "a"] == nil)
        #expect(node.children.count == 7)
        #expect(node[key: "l"]?.children.map(\.stringValue) == ["a", "b"])
        #expect(node[key: "name"]?.children.isEmpty == true)
        #expect(node.pairs?.map(\.key.scalar?.text) == ["name", "1", "n", "f", "b", "z", "l"])
    }

    @Test("the JSON view")
    func json() throws {
        let node = try root("a: [1, 2.5, true, ~, s]\n1: x\nnull: y\n")
        #expect(
            node.jsonValue
                == .object([
                    "a": .array([.int(1), .double(2.5), .bool(true), .null, .string("s")]), "1": .string("x"),
                    "null": .string("y"),
                ]))
        #expect(YAMLNode.JSONValue.int(1) == .double(1))
        #expect(YAMLNode.JSONValue.double(.nan) == .double(.nan))
        #expect(YAMLNode.JSONValue.string("1") != .int(1))
    }
}
