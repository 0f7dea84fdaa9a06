import YAMLSource

/// libFuzzer entry: loads arbitrary bytes as a YAML file. Any outcome but a crash, a hang or a
/// sanitizer report is fine; an error must point inside the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let bytes = Array(UnsafeRawBufferPointer(start: start, count: count))
    let file = SourceFile(path: "fuzz.yaml", bytes: bytes)
    do {
        let stream = try YAMLLoader().load(file)
        for document in stream.documents {
            _ = document.root.jsonValue
            _ = file.excerpt(around: document.span, context: 1)
        }
        for comment in stream.comments {
            precondition(comment.span.start.offset <= bytes.count, "comment outside the file")
            _ = file.excerpt(around: comment.span, context: 0)
        }
    } catch {
        precondition(error.position.offset >= 0 && error.position.offset <= bytes.count, "error outside the file")
        precondition(error.position.line >= 1 && error.position.line <= file.lineCount, "error line out of range")
        precondition(error.position.column >= 1, "error column below 1")
        _ = error.rendered(source: file)
    }
    return 0
}
