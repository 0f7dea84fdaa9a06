// Micro-benchmark: queries per second of typical rule queries over a ~10 KB partnership
// description. Not a test: run it in release mode and read the figures.
//
//     swift run -c release jsonpath-bench
import JSONPath

let areas = [
    "border-management", "return-readmission", "reintegration", "protection", "legal-migration",
    "root-causes", "anti-smuggling", "reception",
]
let beneficiaries: [BenchNode] = ["coast-guard", "ministry-interior", "iom", "unhcr", "civil-society"]

func action(_ index: Int) -> BenchNode {
    let area = areas[index % areas.count]
    let safeguards: BenchNode = index % 3 == 0 ? [] : ["non-refoulement", "end-user-vetting"]
    return [
        "id": .string("a\(index)"),
        "pillar": "migration-mobility",
        "area": .string(area),
        "title": .string("Action \(index): \(area) support"),
        "implementers": ["IOM", "ICMPD"],
        "activities": ["equipment", "training"],
        "beneficiaries": [beneficiaries[index % 5], beneficiaries[(index + 2) % 5]],
        "budget": .array([.string("b\(index)")]),
        "safeguards": safeguards,
        "indicators": index % 4 == 0 ? [] : .array([.string("i\(index)")]),
        "sources": ["s1"],
    ]
}

func line(_ index: Int) -> BenchNode {
    [
        "id": .string("b\(index)"),
        "amount": .int(5_000_000 + index * 3_250_000),
        "amount_kind": "exact",
        "instrument": "NDICI-GE",
        "modality": "grant",
        "status": "announced",
        "new_money": .bool(index % 2 == 0),
        "area": .string(areas[index % areas.count]),
        "period": ["start": "2025-01-01", "end": "2027-12-31"],
        "sources": ["s1"],
    ]
}

let document: BenchNode = [
    "schema": "partnership/v1",
    "id": "eu-alv-2025-mou",
    "title": "Memorandum of Understanding on a Strategic Partnership between the EU and Alvaria",
    "status": "draft",
    "partner": [
        "country": "Alvaria", "iso3": "ALV", "region": "north-africa", "neighbourhood": "southern",
        "roles": ["origin", "transit"], "refugee_convention_party": true,
    ],
    "routes": ["central-mediterranean"],
    "agreement": [
        "type": "memorandum-of-understanding", "legally_binding": false, "date": "2025-03-01",
        "period": ["start": "2025-03-01", "end": "2027-12-31"],
    ],
    "pillars": [
        ["id": "migration-mobility", "title": "Migration and mobility", "areas": ["protection", "legal-migration"]],
        ["id": "economy", "title": "Economic development", "areas": ["root-causes"]],
    ],
    "actions": .array((1...14).map(action)),
    "commitments": [
        "partner": ["readmission-own-nationals", "prevent-departures", "border-cooperation"],
        "eu": ["budget-support", "legal-pathways", "visa-facilitation", "investment"],
    ],
    "budget": ["currency": "EUR", "total": 255_000_000, "lines": .array((1...14).map(line))],
    "international_partners": ["IOM", "UNHCR", "ICMPD"],
]

let queries = [
    "$.partner.country",
    "$.actions[?@.area == 'return-readmission']",
    "$..safeguards",
    "$.budget.lines[*].amount",
    "$.actions[?@.beneficiaries[?@ == 'coast-guard']]",
    "$.actions[?@.area == 'border-management' && count(@.safeguards[*]) == 0].id",
    "$.budget.lines[?@.area == 'border-management' || @.area == 'return-readmission'].amount",
    "$.budget.lines[?@.amount > 20000000 && @.new_money == true].id",
    "$.actions[?match(@.id, 'a[0-9]+') && length(@.indicators) == 0].id",
    "$..[?@.sources]",
]

func measure(_ seconds: Double, _ body: () -> Int) -> (perSecond: Double, checksum: Int) {
    let clock = ContinuousClock()
    var iterations = 0
    var checksum = 0
    let start = clock.now
    var elapsed = Duration.zero
    while elapsed < .milliseconds(Int(seconds * 1000)) {
        for _ in 0..<50 { checksum &+= body() }
        iterations += 50
        elapsed = clock.now - start
    }
    let components = elapsed.components
    let time = Double(components.seconds) + Double(components.attoseconds) / 1e18
    return (Double(iterations) / time, checksum)
}

func format(_ value: Double) -> String {
    let rounded = Int(value + 0.5)
    var digits = String(rounded)
    var grouped = ""
    while digits.count > 3 {
        grouped = "," + digits.suffix(3) + grouped
        digits.removeLast(3)
    }
    return digits + grouped
}

print("document: \(document.json.utf8.count) bytes of compact JSON")
print("| query | results | evaluate (with paths) / s | nodes only / s | parse / s |")
print("|---|---:|---:|---:|---:|")
var checksum = 0
var totalTime = 0.0
for text in queries {
    guard let query = try? JSONPathQuery(text) else {
        print("invalid benchmark query: \(text)")
        continue
    }
    let results = query.evaluate(root: document).count
    let withPaths = measure(0.3) { query.evaluate(root: document).count }
    let nodesOnly = measure(0.3) { query.nodes(root: document).count }
    let parse = measure(0.2) { ((try? JSONPathQuery(text)) != nil) ? 1 : 0 }
    checksum &+= withPaths.checksum &+ nodesOnly.checksum &+ parse.checksum
    totalTime += 1 / withPaths.perSecond
    print(
        "| `\(text.replacingPipes)` | \(results) | \(format(withPaths.perSecond)) | \(format(nodesOnly.perSecond)) | \(format(parse.perSecond)) |"
    )
}
print("all \(queries.count) queries once, with paths: \(format(1 / totalTime)) documents / s (checksum \(checksum))")

extension String {
    /// The text with `|` escaped, so a query fits in a Markdown table cell.
    var replacingPipes: String {
        var escaped = ""
        for character in self { escaped += character == "|" ? "\\|" : String(character) }
        return escaped
    }
}
