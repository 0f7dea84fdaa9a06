import Foundation
import PactLint

// Locale-independent number and text formatting, so that the page (and its golden file) is the
// same on every machine.

extension HTMLReporter {
    /// An amount in full with thousands separators: `105,000,000`, `12,500.50`.
    static func fullAmount(_ amount: Double) -> String {
        guard amount.isFinite else { return "not a number" }
        let whole = amount.rounded() == amount
        let digits = String(format: whole ? "%.0f" : "%.2f", abs(amount))
        let parts = digits.split(separator: ".", maxSplits: 1)
        let integer = grouped(String(parts.first ?? "0"))
        let sign = amount < 0 ? "-" : ""
        return parts.count > 1 ? sign + integer + "." + parts[1] : sign + integer
    }

    /// A short amount for chart labels: `105 m`, `1.25 bn`, `40,000`.
    static func compactAmount(_ amount: Double) -> String {
        guard amount.isFinite else { return "not a number" }
        let magnitude = abs(amount)
        if magnitude >= 1e9 { return trimmed(String(format: "%.2f", amount / 1e9)) + " bn" }
        if magnitude >= 1e6 { return trimmed(String(format: "%.1f", amount / 1e6)) + " m" }
        return fullAmount(amount.rounded())
    }

    /// `currency` and `amount` together, for people: `EUR 105 m`.
    static func money(_ amount: Double, currency: String?, compact: Bool) -> String {
        let number = compact ? compactAmount(amount) : fullAmount(amount)
        guard let currency, !currency.isEmpty else { return number }
        return currency + " " + number
    }

    /// A fraction as a percentage with one decimal: `62.5 %`.
    static func percent(_ fraction: Double) -> String {
        trimmed(String(format: "%.1f", fraction * 100)) + " %"
    }

    /// `file:line:col`, as compilers and editors print positions.
    static func position(_ location: Location) -> String {
        "\(location.file):\(location.span.start.line):\(location.span.start.column)"
    }

    /// Inserts a comma every three digits from the right of a string of digits.
    private static func grouped(_ digits: String) -> String {
        let characters = Array(digits)
        var result = ""
        for (offset, digit) in characters.enumerated() {
            if offset > 0, (characters.count - offset) % 3 == 0 { result.append(",") }
            result.append(digit)
        }
        return result
    }

    private static func trimmed(_ number: String) -> String {
        guard number.contains(".") else { return number }
        var result = number
        while result.hasSuffix("0") { result.removeLast() }
        if result.hasSuffix(".") { result.removeLast() }
        return result
    }
}
