/// A tiny rule pack of the tests' own, so that findings are exact and do not move when the
/// built-in pack changes. Use it with `--no-default-rules --rules tiny`.
enum TinyPack {
    static let files: [String: String] = [
        "pack.yaml": """
        name: tiny
        version: 0.1.0
        description: A tiny pack for the command-line tests.
        """,
        "principles.yaml": """
        principles:
          - id: clarity
            title: Clarity
            description: Descriptions say what they mean.
        """,
        "clarity.yaml": """
        rules:
          - id: TINY-01
            name: needs-title
            title: A document has a title
            principle: clarity
            severity: error
            assert:
              exists: "$.title"
            message: "the document has no title"
            help: Add a `title:` line.
            rationale: A reader must know what the document is.
            sources:
              - "Tiny Pact, article 1"
          - id: TINY-02
            name: few-actions
            title: A document lists few actions
            principle: clarity
            severity: warning
            parameters:
              max-actions: 3
            assert:
              count: {of: "$.actions[*]", max: {param: max-actions}}
            message: "{count} actions; at most {max-actions} are allowed"
          - id: TINY-03
            name: no-tbd
            title: Actions have a settled status
            principle: clarity
            severity: info
            given: "$.actions[*]"
            assert:
              none-of: {of: "@.status", values: [tbd, unknown]}
            message: "action {@.id} has status {value}"
        """,
        "fixtures/TINY-01/fail.yaml": """
        id: x   # expect: TINY-01
        """,
        "fixtures/TINY-01/pass.yaml": """
        title: A title
        """,
        "fixtures/TINY-02/fail.yaml": """
        title: T
        actions:
          - {id: a1}   # expect: TINY-02
          - {id: a2}
          - {id: a3}
          - {id: a4}
        """,
        "fixtures/TINY-03/fail.yaml": """
        title: T
        actions:
          - id: a1
            status: tbd   # expect: TINY-03
        """,
    ]

    /// Writes the pack into `directory` of `workdir`.
    static func write(to workdir: Workdir, directory: String = "tiny") throws {
        for (path, text) in files {
            try workdir.write("\(directory)/\(path)", text + "\n")
        }
    }

    /// The arguments that run only this pack.
    static func arguments(_ directory: String = "tiny") -> [String] {
        ["--no-default-rules", "--rules", directory]
    }
}
