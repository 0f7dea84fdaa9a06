/// A small strict JSON parser for test data: keeps member order and tells `true` from `1`,
/// which `JSONSerialization` does not.
public struct JSONReader {
    public struct Failure: Error, CustomStringConvertible {
        public let offset: Int
        public let description: String
    }

    private let bytes: [UInt8]
    private var position = 0

    /// Parses one JSON text.
    public static func parse(_ bytes: [UInt8]) throws -> JSONValue {
        var reader = JSONReader(bytes: bytes)
        let value = try reader.value()
        reader.skipWhitespace()
        guard reader.position == bytes.count else { throw reader.failure("trailing characters") }
        return value
    }

    /// Parses a stream of JSON texts, one after another (the yaml-test-suite's `in.json` holds
    /// one per YAML document).
    public static func parseAll(_ bytes: [UInt8]) throws -> [JSONValue] {
        var reader = JSONReader(bytes: bytes)
        var values: [JSONValue] = []
        reader.skipWhitespace()
        while reader.position < bytes.count {
            values.append(try reader.value())
            reader.skipWhitespace()
        }
        return values
    }

    private init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    private func failure(_ message: String) -> Failure {
        Failure(offset: position, description: "\(message) at byte \(position)")
    }

    private var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    private mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { position += 1 }
    }

    private mutating func expect(_ literal: String) throws {
        for byte in literal.utf8 {
            guard current == byte else { throw failure("expected \(literal)") }
            position += 1
        }
    }

    private mutating func value() throws -> JSONValue {
        skipWhitespace()
        switch current {
        case UInt8(ascii: "{"):
            position += 1
            var members: [(String, JSONValue)] = []
            skipWhitespace()
            if current == UInt8(ascii: "}") {
                position += 1
                return .object(members)
            }
            while true {
                skipWhitespace()
                let key = try string()
                skipWhitespace()
                try expect(":")
                members.append((key, try value()))
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                try expect("}")
                return .object(members)
            }
        case UInt8(ascii: "["):
            position += 1
            var elements: [JSONValue] = []
            skipWhitespace()
            if current == UInt8(ascii: "]") {
                position += 1
                return .array(elements)
            }
            while true {
                elements.append(try value())
                skipWhitespace()
                if current == UInt8(ascii: ",") {
                    position += 1
                    continue
                }
                try expect("]")
                return .array(elements)
            }
        case UInt8(ascii: "\""):
            return .string(try string())
        case UInt8(ascii: "t"):
            try expect("true")
            return .bool(true)
        case UInt8(ascii: "f"):
            try expect("false")
            return .bool(false)
        case UInt8(ascii: "n"):
            try expect("null")
            return .null
        default:
            return try number()
        }
    }

    private mutating func number() throws -> JSONValue {
        let start = position
        var isInteger = true
        while let byte = current,
            (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || byte == UInt8(ascii: "-")
                || byte == UInt8(ascii: "+") || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e")
                || byte == UInt8(ascii: "E")
        {
            if byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") { isInteger = false }
            position += 1
        }
        let text = String(decoding: bytes[start..<position], as: UTF8.self)
        if isInteger, let value = Int(text) { return .int(value) }
        guard !text.isEmpty, let value = Double(text) else { throw failure("invalid number '\(text)'") }
        return .double(value)
    }

    private mutating func string() throws -> String {
        try expect("\"")
        var scalars = String.UnicodeScalarView()
        var pendingHigh: UInt32?
        while true {
            guard let byte = current else { throw failure("unterminated string") }
            if byte == UInt8(ascii: "\"") {
                position += 1
                return String(scalars)
            }
            if byte == UInt8(ascii: "\\") {
                position += 1
                guard let escaped = current else { throw failure("unterminated escape") }
                position += 1
                switch escaped {
                case UInt8(ascii: "b"): scalars.append("\u{08}")
                case UInt8(ascii: "f"): scalars.append("\u{0C}")
                case UInt8(ascii: "n"): scalars.append("\n")
                case UInt8(ascii: "r"): scalars.append("\r")
                case UInt8(ascii: "t"): scalars.append("\t")
                case UInt8(ascii: "u"):
                    guard position + 4 <= bytes.count,
                        let unit = UInt32(String(decoding: bytes[position..<position + 4], as: UTF8.self), radix: 16)
                    else { throw failure("invalid \\u escape") }
                    position += 4
                    if (0xD800...0xDBFF).contains(unit) {
                        pendingHigh = unit
                        continue
                    }
                    if (0xDC00...0xDFFF).contains(unit), let high = pendingHigh {
                        pendingHigh = nil
                        guard let scalar = Unicode.Scalar(0x10000 + ((high - 0xD800) << 10) + (unit - 0xDC00)) else {
                            throw failure("invalid surrogate pair")
                        }
                        scalars.append(scalar)
                        continue
                    }
                    guard let scalar = Unicode.Scalar(unit) else { throw failure("lone surrogate") }
                    scalars.append(scalar)
                default: scalars.append(Unicode.Scalar(escaped))
                }
                continue
            }
            // Copy one UTF-8 encoded scalar.
            let length = byte < 0x80 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4
            guard position + length <= bytes.count else { throw failure("truncated UTF-8") }
            scalars.append(
                contentsOf: String(decoding: bytes[position..<position + length], as: UTF8.self).unicodeScalars)
            position += length
        }
    }
}
