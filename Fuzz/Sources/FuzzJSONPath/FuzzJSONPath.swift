import JSONPath
import PactLint
import YAMLSource

/// The fixed document every parsed query and expression is evaluated over: objects, arrays,
/// every scalar type, non-ASCII names, nesting.
private let document: YAMLNode = {
    let text = """
        store:
          book:
            - {category: reference, author: Nigel Rees, title: Sayings, price: 8.95}
            - {category: fiction, author: Evelyn Waugh, title: Sword, price: 12.99, isbn: 0-553}
            - {category: fiction, title: Moby Dick, price: 8, tags: [sea, whale], n: null, ok: true}
          bicycle: {color: red, price: 19.95, "日本": 日本語, "": empty}
        actions:
          - {area: return-readmission, amount: 1.5e3, partners: [a, b, c], nested: [[1, 2], [3, [4, 5]]]}
          - {area: legal-pathways, amount: -7, flag: false}
        numbers: [0, -0, 1, 0x1F, .inf, -.inf, .nan, 1e308, 2.5]

        """
    guard let root = try? YAMLLoader().load(SourceFile(path: "doc.yaml", text: text)).documents.first?.root else {
        fatalError("the fixed document must load")
    }
    return root
}()

/// libFuzzer entry: parses arbitrary text as a query (allowing `@` at its start) and as a
/// standalone logical expression, and evaluates whatever parses over the fixed document.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    let current = document[key: "store"] ?? document
    do {
        let query = try JSONPathQuery(text, allowingCurrentNodeRoot: true)
        _ = query.isSingular
        for error in query.patternErrors { _ = error.rendered() }
        for match in query.evaluate(root: document, current: current) { _ = match.path.description }
        _ = query.nodes(root: document, current: current)
    } catch {
        precondition(error.offset >= 0 && error.offset <= text.unicodeScalars.count, "error offset outside the query")
        _ = error.rendered()
    }
    do {
        let expression = try JSONPathExpression(text)
        for error in expression.patternErrors { _ = error.rendered() }
        _ = expression.evaluate(current: current, root: document)
        _ = expression.evaluate(current: document, root: document)
    } catch {
        _ = error.rendered()
    }
    return 0
}
