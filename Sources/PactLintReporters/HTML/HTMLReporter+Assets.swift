// The page's only style sheet and script. Both are constants, so that no document or rule text
// can ever reach them, and both are hashed into the page's Content-Security-Policy, so that the
// browser runs them and nothing else. Neither may contain `<` or `&`: the page must stay
// well-formed XML without CDATA sections.

extension HTMLReporter {
    /// Colours (contrast ratios on their background, WCAG AA asks 4.5:1 for text, 3:1 for graphics):
    /// body text #1d2939 on #fff 14.7; muted #475467 on #fff 7.7; links #1849a9 on #fff 8.2;
    /// error #b42318 on #fef3f2 6.1; warning #93370d on #fffaeb 7.2; info #175cd3 on #eff8ff 5.6;
    /// waived #475467 on #f2f4f7 7.0; pass #067647 on #ecfdf3 5.4; highlighted source line
    /// #1d2939 on #fef0c7 13.0; bars: control #b54708 5.4, balance #175cd3 6.0, neutral #667085 5.0.
    static let styleSheet = """

        :root { color-scheme: light; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
          color: #1d2939; background: #fff; }
        main, .page-header, .toc { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
        h1 { font-size: 1.9rem; margin: 1.5rem 0 0.5rem; }
        h2 { font-size: 1.5rem; margin: 0 0 0.5rem; }
        h3 { font-size: 1.2rem; margin: 1.75rem 0 0.5rem; border-bottom: 1px solid #d0d5dd; padding-bottom: 0.2rem; }
        h4 { font-size: 1.05rem; margin: 1.25rem 0 0.5rem; }
        h5 { font-size: 1rem; margin: 0; }
        a { color: #1849a9; }
        code, pre, .mono { font-family: ui-monospace, "DejaVu Sans Mono", Menlo, Consolas, monospace; font-size: 0.9em; }
        .muted { color: #475467; }
        .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
          white-space: nowrap; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 1rem; margin: 0.5rem 0; }
        dl.facts dt { font-weight: 600; }
        dl.facts dd { margin: 0; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
        caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
        th, td { border: 1px solid #d0d5dd; padding: 0.3rem 0.55rem; text-align: left; vertical-align: top; }
        thead th { background: #f2f4f7; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .table-scroll { overflow-x: auto; }
        table.matrix { width: 100%; table-layout: fixed; }
        table.matrix th:first-child { width: 14%; }
        table.matrix tbody th { font-size: 0.75rem; }
        table.matrix th, table.matrix td { padding: 0.4rem 0.3rem; overflow-wrap: break-word; }
        table.matrix thead th { font-size: 0.7rem; }
        table.matrix td { font-size: 0.85rem; }
        .sev { display: inline-block; border-radius: 0.25rem; padding: 0 0.4rem; font-weight: 600; font-size: 0.85em;
          border: 1px solid currentColor; }
        .sev-error, td.cell-error { color: #b42318; background: #fef3f2; }
        .sev-warning, td.cell-warning { color: #93370d; background: #fffaeb; }
        .sev-info, td.cell-info { color: #175cd3; background: #eff8ff; }
        .sev-waived, td.cell-waived, td.cell-none { color: #475467; background: #f2f4f7; }
        .sev-pass, td.cell-pass { color: #067647; background: #ecfdf3; }
        td.cell a { color: inherit; font-weight: 600; }
        .totals td { font-weight: 600; }
        .toc ol { columns: 2; padding-left: 1.5rem; }
        section.document { border-top: 3px solid #1d2939; margin-top: 2.5rem; padding-top: 1rem; }
        .chart { max-width: 46rem; }
        .chart { margin: 0.5rem 0; }
        .chart svg { width: 100%; height: auto; display: block; }
        .chart svg text { font-size: 13px; fill: #1d2939; }
        .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1.25rem; margin: 0.25rem 0; padding: 0; list-style: none; }
        .swatch { display: inline-block; width: 0.9em; height: 0.9em; margin-right: 0.35em; vertical-align: -0.1em;
          border: 1px solid #1d2939; }
        .swatch-control { background: #b54708; }
        .swatch-balance { background: #175cd3; }
        .swatch-neutral { background: #667085; }
        .share { font-weight: 600; }
        .share.over { color: #b42318; }
        article.finding { border: 1px solid #d0d5dd; border-left: 0.4rem solid #667085; border-radius: 0.25rem;
          padding: 0.6rem 0.9rem; margin: 0.75rem 0; }
        article.finding.severity-error { border-left-color: #b42318; }
        article.finding.severity-warning { border-left-color: #93370d; }
        article.finding.severity-info { border-left-color: #175cd3; }
        article.finding.waived { border-left-color: #667085; border-left-style: dashed; }
        .finding-head { display: flex; flex-wrap: wrap; gap: 0.4rem 0.75rem; align-items: baseline; }
        .finding p { margin: 0.35rem 0; }
        .waiver { background: #f2f4f7; padding: 0.3rem 0.6rem; border-radius: 0.25rem; }
        pre.excerpt { background: #f9fafb; border: 1px solid #d0d5dd; border-radius: 0.25rem; padding: 0.4rem 0;
          overflow-x: auto; margin: 0.5rem 0; line-height: 1.4; tab-size: 4; }
        pre.excerpt .line { display: inline-block; min-width: 100%; padding: 0 0.6rem 0 0; }
        pre.excerpt .ln { display: inline-block; min-width: 3.5em; padding-right: 0.75em; text-align: right;
          color: #475467; user-select: none; }
        pre.excerpt .hl { background: #fef0c7; box-shadow: inset 0.25rem 0 0 #b54708; }
        pre.excerpt mark { background: #fedf89; color: inherit; text-decoration: underline; }
        details { margin: 0.35rem 0; }
        summary { cursor: pointer; color: #1849a9; }
        ul.plain { list-style: none; margin: 0; padding: 0; }
        ul.related, ul.sources { margin: 0.25rem 0; padding-left: 1.25rem; }
        .filters { display: none; }
        .js .filters { display: block; max-width: 69.5rem; margin: 1rem auto; padding: 0.5rem 1rem;
          background: #f9fafb; border: 1px solid #d0d5dd; border-radius: 0.25rem; }
        .filters fieldset { border: 0; display: inline-flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
        .filters legend { font-weight: 600; float: left; margin-right: 0.75rem; }
        .filters .row { display: flex; flex-wrap: wrap; gap: 0.5rem 2rem; align-items: center; }
        .principle-group[hidden], .finding[hidden] { display: none; }
        @media print {
          body { font-size: 11pt; color: #000; background: #fff; }
          .filters, .js .filters, .toc { display: none; }
          .principle-group[hidden], .finding[hidden] { display: block; }
          section.document { break-before: page; border-top: 0; }
          h2, h3, h4, h5, caption { break-after: avoid; }
          .table-scroll { overflow: visible; }
          table.matrix, table.routes { width: 100%; table-layout: fixed; font-size: 9pt; }
          table.matrix th:first-child, table.routes th:first-child { width: 24%; }
          table.matrix th, table.matrix td, table.routes th, table.routes td { overflow-wrap: anywhere; }
          .balance { break-inside: avoid; }
          article.finding, .chart, table { break-inside: avoid; }
          thead th, pre.excerpt, .waiver { background: #fff; }
          details::details-content { content-visibility: visible; display: block; }
          summary { color: #000; }
          a { color: #000; }
          pre.excerpt { white-space: pre-wrap; overflow: visible; }
        }

        """

    /// The filters: hidden until this script marks the page with the `js` class, so that without
    /// JavaScript the page shows everything and offers no control that does nothing.
    static let script = """

        (function () {
          'use strict';
          document.documentElement.classList.add('js');
          var filters = document.getElementById('filters');
          if (filters === null) { return; }
          var status = document.getElementById('filter-status');
          var principleSelect = document.getElementById('filter-principle');
          function apply() {
            var wanted = {};
            filters.querySelectorAll('input[name=severity]').forEach(function (box) { wanted[box.value] = box.checked; });
            var principle = principleSelect.value;
            var shown = 0;
            var total = 0;
            document.querySelectorAll('article.finding').forEach(function (finding) {
              total += 1;
              var key = finding.getAttribute('data-waived') === 'true' ? 'waived' : finding.getAttribute('data-severity');
              var visible = wanted[key] === true;
              if (principle !== '') {
                visible = visible ? finding.getAttribute('data-principle') === principle : false;
              }
              finding.hidden = !visible;
              if (visible) { shown += 1; }
            });
            document.querySelectorAll('.principle-group').forEach(function (group) {
              group.hidden = group.querySelector('article.finding:not([hidden])') === null;
            });
            status.textContent = 'Showing ' + shown + ' of ' + total + ' findings.';
          }
          filters.addEventListener('change', apply);
          var closedForPrint = [];
          window.addEventListener('beforeprint', function () {
            closedForPrint = Array.prototype.filter.call(document.querySelectorAll('details'), function (details) {
              return !details.open;
            });
            closedForPrint.forEach(function (details) { details.open = true; });
          });
          window.addEventListener('afterprint', function () {
            closedForPrint.forEach(function (details) { details.open = false; });
            closedForPrint = [];
          });
          apply();
        })();

        """

    /// Allows exactly the page's own style sheet and script, and no request of any kind: even
    /// if some text escaped escaping, the browser would neither run nor fetch anything.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src \(HTMLContentHash.cspSource(styleSheet)); "
        + "script-src \(HTMLContentHash.cspSource(script)); img-src 'none'; base-uri 'none'; form-action 'none'"
}
