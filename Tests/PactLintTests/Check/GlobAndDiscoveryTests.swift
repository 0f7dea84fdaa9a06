import Foundation
import PactLint
import Testing

@Suite struct GlobPatternTests {
    @Test(arguments: [
        ("*.yaml", "a.yaml", true), ("*.yaml", "dir/sub/a.yaml", true), ("*.yaml", "a.yml", false),
        ("drafts/**", "drafts/a.yaml", true), ("drafts/**", "drafts/x/a.yaml", true),
        ("drafts/**", "other/a.yaml", false),
        ("**/fixtures/*.yaml", "Rules/fixtures/a.yaml", true), ("**/fixtures/*.yaml", "fixtures/a.yaml", true),
        ("Samples/*.yaml", "Samples/portfolio/a.yaml", false), ("Samples/?.yaml", "Samples/a.yaml", true),
        ("./Samples/[ab].yaml", "Samples/b.yaml", true), ("drafts/", "drafts/a.yaml", true),
    ])
    func matches(pattern: String, path: String, expected: Bool) {
        #expect(GlobPattern(pattern).matches(path) == expected)
    }
}

@Suite struct FileDiscoveryTests {
    func makeTree() throws -> URL {
        let root = FileManager.default.temporaryDirectory.appending(path: "pactlint-discovery-\(UUID().uuidString)")
        for file in ["b.yaml", "a.yml", "notes.txt", "sub/c.yaml", "sub/draft.yaml", ".hidden/d.yaml"] {
            let url = root.appending(path: file)
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("x: 1\n".utf8).write(to: url)
        }
        return root
    }

    @Test func findsYAMLFilesRecursivelyInSortedOrder() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try FileDiscovery().files(in: [root.path])
        #expect(
            files.map { String($0.dropFirst(root.path.count)) } == [
                "/a.yml", "/b.yaml", "/sub/c.yaml", "/sub/draft.yaml",
            ])
    }

    @Test func appliesIncludeAndExcludeToSearchedFilesOnly() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let discovery = FileDiscovery(include: [GlobPattern("*.yaml")], exclude: [GlobPattern("draft.yaml")])
        let files = try discovery.files(in: [root.path, root.appending(path: "sub/draft.yaml").path])
        #expect(files.map { String($0.dropFirst(root.path.count)) } == ["/b.yaml", "/sub/c.yaml", "/sub/draft.yaml"])
    }

    @Test func keepsTwoFilesWhoseNamesAreCanonicallyEquivalent() throws {
        // `café` composed (NFC) and decomposed (NFD) are two names, hence two files.
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("x: 1\n".utf8).write(to: root.appending(path: "caf\u{E9}.yaml"))
        try Data("x: 2\n".utf8).write(to: root.appending(path: "cafe\u{301}.yaml"))
        let files = try FileDiscovery().files(in: [root.path])
        let names = files.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(names.count == 6)
        #expect(names.contains { Array($0.utf8) == Array("caf\u{E9}.yaml".utf8) })
        #expect(names.contains { Array($0.utf8) == Array("cafe\u{301}.yaml".utf8) })
    }

    @Test func checksANonASCIIFileOnceWhateverItIsCalled() throws {
        // ASCII and other paths are remembered apart: each kind still meets itself again.
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("x: 1\n".utf8).write(to: root.appending(path: "caf\u{E9}.yaml"))
        try Data("x: 2\n".utf8).write(to: root.appending(path: "cafe\u{301}.yaml"))
        let composed = root.appending(path: "caf\u{E9}.yaml").path
        let files = try FileDiscovery().files(in: [
            composed, root.path, root.path + "/./", composed, root.path + "/b.yaml",
        ])
        let names = files.map { String($0.dropFirst(root.path.count + 1)) }
        #expect(names.count == 6, "\(names)")
        #expect(names.filter { Array($0.utf8) == Array("caf\u{E9}.yaml".utf8) }.count == 1)
        #expect(names.filter { Array($0.utf8) == Array("cafe\u{301}.yaml".utf8) }.count == 1)
        #expect(names.filter { $0 == "b.yaml" }.count == 1)
    }

    @Test func skipsANameThatIsNotUTF8() throws {
        // No path string could name it again (the enumerator used before skipped it too).
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let name = Array((root.path + "/").utf8) + [0xFF] + Array(".yaml".utf8) + [0]
        let descriptor = name.withUnsafeBufferPointer { bytes in
            bytes.withMemoryRebound(to: CChar.self) { open($0.baseAddress!, O_CREAT | O_WRONLY, 0o600) }
        }
        try #require(descriptor >= 0)
        close(descriptor)
        let files = try FileDiscovery().files(in: [root.path])
        #expect(
            files.map { String($0.dropFirst(root.path.count)) } == [
                "/a.yml", "/b.yaml", "/sub/c.yaml", "/sub/draft.yaml",
            ])
    }

    @Test func skipsSymbolicLinksFoundInADirectory() throws {
        // As `URLResourceValues.isRegularFile` answered (the link itself is not a regular
        // file): a link to a file already in the tree would otherwise be checked twice.
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(
            at: root.appending(path: "link.yaml"), withDestinationURL: root.appending(path: "b.yaml"))
        let files = try FileDiscovery().files(in: [root.path])
        #expect(
            files.map { String($0.dropFirst(root.path.count)) } == [
                "/a.yml", "/b.yaml", "/sub/c.yaml", "/sub/draft.yaml",
            ])
    }

    @Test func doesNotEnterALinkedDirectory() throws {
        // As the enumerator searched (`fts` without following links): a link inside the tree,
        // or given as the directory itself, leads nowhere.
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createSymbolicLink(
            at: root.appending(path: "linked"), withDestinationURL: root.appending(path: "sub"))
        let linkedRoot = root.path + "-link"
        try FileManager.default.createSymbolicLink(atPath: linkedRoot, withDestinationPath: root.path)
        defer { try? FileManager.default.removeItem(atPath: linkedRoot) }
        let files = try FileDiscovery().files(in: [root.path])
        #expect(files.count == 4)
        #expect(try FileDiscovery().files(in: [linkedRoot]).isEmpty)
    }

    @Test func checksAFileReachedUnderTwoSpellingsOnce() throws {
        let root = try makeTree()
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try FileDiscovery().files(in: [
            root.path + "/sub/../b.yaml", root.path + "/", root.path + "/./sub", root.path + "//sub/c.yaml",
        ])
        #expect(
            files.map { String($0.dropFirst(root.path.count)) } == [
                "/sub/../b.yaml", "/a.yml", "/sub/c.yaml", "/sub/draft.yaml",
            ])
    }

    @Test func namesAMissingPath() {
        #expect(throws: DiscoveryError.self) { try FileDiscovery().files(in: ["/no/such/place.yaml"]) }
    }
}
