import Testing
import YAMLSource

/// YAML 1.2 core schema resolution of untagged plain scalars.
@Suite("core schema")
struct CoreSchemaTests {
    static let table: [(String, YAMLValue)] = [
        ("null", .null), ("Null", .null), ("NULL", .null), ("~", .null), ("", .null),
        ("nULL", .string("nULL")), ("none", .string("none")),
        ("true", .bool(true)), ("True", .bool(true)), ("TRUE", .bool(true)),
        ("false", .bool(false)), ("False", .bool(false)), ("FALSE", .bool(false)),
        ("tRUE", .string("tRUE")),
        // YAML 1.1 booleans stay strings: country codes like NO survive.
        ("NO", .string("NO")), ("no", .string("no")), ("yes", .string("yes")), ("Yes", .string("Yes")),
        ("on", .string("on")), ("off", .string("off")), ("y", .string("y")), ("n", .string("n")),
        ("0", .int(0)), ("42", .int(42)), ("-17", .int(-17)), ("+12", .int(12)), ("007", .int(7)),
        ("0o17", .int(15)), ("0x1F", .int(31)), ("0xff", .int(255)),
        ("0o18", .string("0o18")), ("0xG", .string("0xG")), ("0x", .string("0x")), ("-0x1", .string("-0x1")),
        ("0b101", .string("0b101")), ("1_000", .string("1_000")), ("+", .string("+")), ("-1-", .string("-1-")),
        ("9223372036854775807", .int(Int.max)), ("-9223372036854775808", .int(Int.min)),
        ("9223372036854775808", .float(9_223_372_036_854_775_808)),
        ("0x10000000000000000", .float(18_446_744_073_709_551_616)),
        ("1.5", .float(1.5)), ("-1.5", .float(-1.5)), ("1e3", .float(1000)), ("1E-2", .float(0.01)),
        ("+.5", .float(0.5)), ("1.", .float(1)), ("6.8523015e+5", .float(685_230.15)),
        (".inf", .float(.infinity)), (".Inf", .float(.infinity)), ("+.INF", .float(.infinity)),
        ("-.inf", .float(-.infinity)), ("-.Inf", .float(-.infinity)),
        (".", .string(".")), ("1.2.3", .string("1.2.3")), ("1e", .string("1e")), ("e3", .string("e3")),
        ("inf", .string("inf")), ("nan", .string("nan")), ("-.nan", .string("-.nan")),
        ("2024-05-01", .string("2024-05-01")), ("12:30", .string("12:30")),
        ("hello", .string("hello")), ("叶", .string("叶")),
        // Near misses of the spellings matched byte for byte.
        ("Nul", .string("Nul")), ("nulls", .string("nulls")), ("~~", .string("~~")), ("truE", .string("truE")),
        ("tru", .string("tru")), ("FALSe", .string("FALSe")), ("falsey", .string("falsey")),
        ("-.INF", .float(-.infinity)), ("+.nan", .string("+.nan")), ("-.NaN", .string("-.NaN")),
        (".infinity", .string(".infinity")), ("+.in", .string("+.in")),
    ]

    @Test("plain scalars resolve by the core schema", arguments: table)
    func resolve(_ text: String, _ expected: YAMLValue) throws {
        let node = try root("k: \(text)\n")
        #expect(node[key: "k"]?.scalarValue == expected)
        #expect(node[key: "k"]?.scalar?.text == text)
    }

    @Test("NaN", arguments: [".nan", ".NaN", ".NAN"])
    func nan(_ text: String) throws {
        let value = try root("k: \(text)\n")[key: "k"]?.scalarValue
        guard case .float(let number) = value else {
            Issue.record("\(text) resolved to \(String(describing: value))")
            return
        }
        #expect(number.isNaN)
    }

    @Test("quoted and block scalars are always strings")
    func quotedAreStrings() throws {
        let node = try root("a: '1'\nb: \"true\"\nc: |\n  null\nd: >-\n  0x1F\ne: ''\n")
        #expect(node[key: "a"]?.scalarValue == .string("1"))
        #expect(node[key: "b"]?.scalarValue == .string("true"))
        #expect(node[key: "c"]?.scalarValue == .string("null\n"))
        #expect(node[key: "d"]?.scalarValue == .string("0x1F"))
        #expect(node[key: "e"]?.scalarValue == .string(""))
        #expect(node[key: "a"]?.scalar?.style == .singleQuoted)
        #expect(node[key: "b"]?.scalar?.style == .doubleQuoted)
        #expect(node[key: "c"]?.scalar?.style == .literal)
        #expect(node[key: "d"]?.scalar?.style == .folded)
    }

    @Test("a missing value is null")
    func missingValue() throws {
        let node = try root("a:\nb: [x, ]\n")
        #expect(node[key: "a"]?.isNull == true)
        #expect(node[key: "b"]?.items?.count == 1)
    }
}
