/// Small partnership-like documents for the tiny pack, with the findings they give.
enum Samples {
    /// TINY-01 (error) at 1:1 and TINY-03 (info) at 4:13.
    static let untitled = """
        id: d1
        actions:
          - id: a1
            status: tbd
          - id: a2
            status: done

        """

    /// TINY-02 (warning) at 3:3 (four actions; at most three).
    static let busy = """
        title: Busy
        actions:
          - {id: b1}
          - {id: b2}
          - {id: b3}
          - {id: b4}

        """

    /// No finding.
    static let clean = """
        title: Clean
        actions:
          - id: c1
            status: done

        """

    /// A partnership/v1 document for the built-in pack.
    static let partnership = """
        schema: partnership/v1
        id: eu-alv-2026-test
        title: EU–Alvaria partnership (test)
        partner:
          country: Alvaria
          roles: [transit]
        actions:
          - id: a1
            area: border-management
            title: Coastal patrols

        """
}
