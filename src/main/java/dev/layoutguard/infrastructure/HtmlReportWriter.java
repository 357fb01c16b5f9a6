package dev.layoutguard.infrastructure;

import dev.layoutguard.application.Baseline;
import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Writes {@code report.html}: one self-contained page (inline style, script and SVG; its content security policy
 * lets it load nothing) with the summary, the metrics, the layer diagram, the violations grouped by rule with filters
 * by rule and severity, and the page of each rule that ran, which the rule names link to. Every name and message is
 * escaped.
 */
public final class HtmlReportWriter implements ReportWriter {

    /** The file name inside the output directory. */
    public static final String FILE_NAME = ReportFormat.HTML.fileName();

    private static final String STYLE = """
            :root{color-scheme:light;--error:#c62828;--warning:#b26a00;--ok:#2e7d32;--muted:#5a6472;--line:#e2e6ec}
            *{box-sizing:border-box}
            body{margin:0;font:14px/1.45 system-ui,-apple-system,'Segoe UI',sans-serif;color:#1a202c;background:#f6f8fa}
            header{background:#1f2937;color:#fff;padding:18px 32px}
            header h1{margin:0;font-size:22px;font-weight:600}
            header .meta{margin:4px 0 0;color:#cbd5e1}
            main{max-width:1200px;margin:0 auto;padding:20px 32px 40px}
            h2{font-size:18px;margin:28px 0 10px}
            .cards{display:flex;flex-wrap:wrap;gap:12px}
            .card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 18px;min-width:130px}
            .card .value{display:block;font-size:26px;font-weight:600}
            .card .label{color:var(--muted)}
            .card.errors .value{color:var(--error)}
            .card.warnings .value{color:var(--warning)}
            .verdict{font-weight:600;margin:14px 0 0}
            .verdict.failing{color:var(--error)}
            .verdict.passing{color:var(--ok)}
            table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line)}
            th,td{text-align:left;padding:6px 10px;border-bottom:1px solid var(--line);vertical-align:top}
            th{background:#f1f4f8;font-weight:600}
            table.metrics{width:auto;min-width:320px}
            table.violations{table-layout:fixed}
            table.violations th:nth-child(1){width:96px}
            table.violations th:nth-child(2){width:30%}
            table.violations th:nth-child(3){width:56px}
            table.violations th:nth-child(5){width:24%}
            td.number{text-align:right;font-variant-numeric:tabular-nums}
            code{font:13px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;overflow-wrap:break-word}
            td.message{overflow-wrap:break-word}
            .badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:12px;font-weight:600;color:#fff}
            .badge.error{background:var(--error)}
            .badge.warning{background:var(--warning)}
            .layers{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
            .layers figure{margin:0;background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px}
            .layers ul{margin:0;padding-left:20px}
            .filters{display:flex;flex-wrap:wrap;gap:16px;align-items:center;margin:0 0 12px}
            .filters select{font:inherit;padding:3px 6px}
            #shown{color:var(--muted)}
            section.rule{margin:0 0 22px}
            section.rule h3{font-size:16px;margin:0 0 4px}
            section.rule h3 a{color:inherit}
            section.rule .count{font-weight:400;color:var(--muted);margin-left:6px}
            section.rule p.summary{margin:0 0 8px;color:var(--muted)}
            ul.rules{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 16px}
            ul.rules .passed::before{content:'\\2713  ';color:var(--ok)}
            ul.rules .warned::before{content:'!  ';color:var(--warning);font-weight:700}
            ul.rules .failed::before{content:'\\2717  ';color:var(--error)}
            ul.rules a{color:inherit}
            ul.rules .note{color:var(--muted)}
            article.rule-page{background:#fff;border:1px solid var(--line);border-radius:8px;padding:4px 20px 12px;
              margin:0 0 16px}
            article.rule-page h3{font-size:17px}
            article.rule-page h4{font-size:15px}
            article.rule-page pre{background:#f1f4f8;padding:8px 10px;border-radius:6px;overflow-x:auto}
            article.rule-page pre code{overflow-wrap:normal;white-space:pre}
            article.rule-page table{width:auto}
            footer{color:var(--muted);text-align:center;padding:0 0 24px;font-size:12px}
            """;

    private static final String SCRIPT = """
            (function () {
              var rule = document.getElementById('filter-rule');
              var severity = document.getElementById('filter-severity');
              if (!rule || !severity) { return; }
              function choose(select, value) {
                for (var i = 0; i < select.options.length; i++) {
                  if (select.options[i].value === value) { select.value = value; return; }
                }
              }
              function decoded(text) {
                try { return decodeURIComponent(text); } catch (e) { return null; }
              }
              function fromHash() {
                var parts = location.hash.replace(/^#/, '').split('&');
                rule.value = ''; severity.value = '';
                for (var i = 0; i < parts.length; i++) {
                  var pair = parts[i].split('=');
                  var value = decoded(pair[1] || '');
                  if (value === null) { continue; }
                  if (pair[0] === 'rule') { choose(rule, value); }
                  if (pair[0] === 'severity') { choose(severity, value); }
                }
              }
              function apply() {
                var rows = document.querySelectorAll('tr.violation');
                var shown = 0;
                for (var i = 0; i < rows.length; i++) {
                  var row = rows[i];
                  var match = (!rule.value || row.getAttribute('data-rule') === rule.value)
                      && (!severity.value || row.getAttribute('data-severity') === severity.value);
                  row.hidden = !match;
                  if (match) { shown++; }
                }
                var groups = document.querySelectorAll('section.rule');
                for (var j = 0; j < groups.length; j++) {
                  groups[j].hidden = !groups[j].querySelector('tr.violation:not([hidden])');
                }
                document.getElementById('shown').textContent =
                    'Showing ' + shown + ' of ' + rows.length + (rows.length === 1 ? ' violation' : ' violations');
              }
              function remember() {
                var hash = [];
                if (rule.value) { hash.push('rule=' + encodeURIComponent(rule.value)); }
                if (severity.value) { hash.push('severity=' + encodeURIComponent(severity.value)); }
                try { history.replaceState(null, '', hash.length ? '#' + hash.join('&') : location.pathname); }
                catch (e) { /* file pages may refuse; the filter still applies */ }
                apply();
              }
              rule.addEventListener('change', remember);
              severity.addEventListener('change', remember);
              window.addEventListener('hashchange', function () { fromHash(); apply(); });
              fromHash();
              apply();
            })();
            """;

    /** The start of the id of a rule's page inside the report. */
    private static final String PAGE = "page-";

    private static final String POLICY = "default-src 'none'; style-src '" + sha256(STYLE) + "'; script-src '"
            + sha256(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private final String projectName;

    /** A writer whose page is titled with the project directory's name. */
    public HtmlReportWriter() {
        this(null);
    }

    /** A writer whose page is titled with the project's name, or the directory's when it is {@code null}. */
    public HtmlReportWriter(String projectName) {
        this.projectName = projectName;
    }

    @Override
    public void write(Report report, Path projectDirectory, Writer out) throws IOException {
        Path name = projectDirectory.toAbsolutePath().normalize().getFileName();
        String project = projectName != null && !projectName.isBlank() ? projectName
                : name == null ? projectDirectory.toString() : name.toString();
        TreeSet<RuleId> rules = new TreeSet<>(report.rules());
        report.violations().forEach(violation -> rules.add(violation.rule()));
        Map<RuleId, String> pages = new TreeMap<>();
        rules.forEach(rule -> RuleDocs.page(rule).ifPresent(page -> pages.put(rule, page)));
        StringBuilder html = new StringBuilder(8192 + report.violations().size() * 320);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<title>LayoutGuard report: ").append(Markup.escape(project)).append("</title>\n")
                .append("<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<header><h1>LayoutGuard report: <span class=\"project\">").append(Markup.escape(project))
                .append("</span></h1><p class=\"meta\">LayoutGuard ").append(Markup.escape(report.version()))
                .append(" \u00b7 ").append(Markup.escape(report.preset())).append(" preset \u00b7 ")
                .append(plural(report.files(), "file")).append(" checked in ").append(report.durationMs())
                .append(" ms</p></header>\n<main>\n");
        summary(html, report, rules, pages.keySet());
        metrics(html, report.metrics());
        layers(html, report.layers());
        violations(html, report, pages.keySet());
        rulePages(html, pages);
        html.append("</main>\n<footer>Written by LayoutGuard ").append(Markup.escape(report.version()))
                .append(". This page is self-contained and loads nothing from the network.</footer>\n")
                .append("<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        out.write(html.toString());
    }

    private static void summary(StringBuilder html, Report report, Set<RuleId> rules, Set<RuleId> pages) {
        html.append("<section id=\"summary\">\n<h2>Summary</h2>\n<div class=\"cards\">")
                .append(card("errors", report.errors(), report.errors() == 1 ? "error" : "errors"))
                .append(card("warnings", report.warnings(), report.warnings() == 1 ? "warning" : "warnings"))
                .append(card("baselined", report.baselined(), "baselined"))
                .append(card("files", report.files(), report.files() == 1 ? "file" : "files"))
                .append("</div>\n");
        boolean failing = report.errors() > 0;
        html.append("<p class=\"verdict ").append(failing ? "failing" : "passing").append("\">")
                .append(report.violations().isEmpty() ? "The layout follows every rule that ran."
                        : plural(report.errors(), "error") + " and " + plural(report.warnings(), "warning")
                                + " in the layout.")
                .append("</p>\n");
        if (!rules.isEmpty()) {
            html.append("<ul class=\"rules\" aria-label=\"Rules that ran\">");
            for (RuleId rule : rules) {
                List<Violation> found = report.violationsOf(rule).stream().filter(v -> !Baseline.isStale(v)).toList();
                String mark = found.stream().anyMatch(v -> v.severity() == Severity.ERROR) ? "failed"
                        : found.isEmpty() ? "passed" : "warned";
                html.append("<li class=\"").append(mark).append("\">").append(ruleLink(rule, pages));
                if (found.size() < report.violationsOf(rule).size()) {
                    html.append(" <span class=\"note\">stale baseline entry</span>");
                }
                html.append("</li>");
            }
            html.append("</ul>\n");
        }
        html.append("</section>\n");
    }

    /** A rule's id, linked to its page inside the report when the report holds one. */
    private static String ruleLink(RuleId rule, Set<RuleId> pages) {
        return pages.contains(rule) ? "<a href=\"#" + PAGE + rule.id() + "\">" + rule.id() + "</a>" : rule.id();
    }

    /** Each rule's page, rendered from the Markdown the plugin ships, its links to other pages held kept. */
    private static void rulePages(StringBuilder html, Map<RuleId, String> pages) {
        if (pages.isEmpty()) {
            return;
        }
        html.append("<section id=\"rule-pages\">\n<h2>The rules</h2>\n<p class=\"summary\">What each rule that ran "
                + "checks, why, and how to fix what it flags: the text <code>mvn layout:explain</code> prints.</p>\n");
        pages.forEach((rule, page) -> html.append("<article class=\"rule-page\" id=\"").append(PAGE).append(rule.id())
                .append("\">\n").append(RuleDocs.html(page, linked -> pages.containsKey(linked)
                        ? Optional.of("#" + PAGE + linked.id()) : Optional.empty()))
                .append("</article>\n"));
        html.append("</section>\n");
    }

    private static String card(String kind, long value, String label) {
        return "<div class=\"card " + kind + "\"><span class=\"value\">" + value + "</span><span class=\"label\">"
                + label + "</span></div>";
    }

    private static void metrics(StringBuilder html, Map<String, Integer> metrics) {
        if (metrics.isEmpty()) {
            return;
        }
        html.append("<section id=\"metrics\">\n<h2>Metrics</h2>\n<table class=\"metrics\"><thead><tr><th>Metric</th>"
                + "<th>Value</th></tr></thead><tbody>");
        metrics.forEach((name, value) -> html.append("<tr><td>").append(Markup.escape(name))
                .append("</td><td class=\"number\">").append(value).append("</td></tr>"));
        html.append("</tbody></table>\n</section>\n");
    }

    private static void layers(StringBuilder html, LayerGraph graph) {
        if (graph.isEmpty()) {
            return;
        }
        html.append("<section id=\"layers\">\n<h2>Layers</h2>\n<div class=\"layers\"><figure>")
                .append(LayerDiagramSvg.render(graph)).append("</figure><div>");
        List<LayerGraph.Edge> violating = graph.violatingEdges();
        if (violating.isEmpty()) {
            html.append("<p>No dependency between layers breaks the rules.</p>");
        } else {
            html.append("<p>Dependencies that break the rules:</p><ul class=\"violating-edges\">");
            for (LayerGraph.Edge edge : violating) {
                html.append("<li>").append(Markup.escape(edge.text())).append(": ").append(plural(edge.violations(), "violation"))
                        .append("</li>");
            }
            html.append("</ul>");
        }
        html.append("</div></div>\n</section>\n");
    }

    private static void violations(StringBuilder html, Report report, Set<RuleId> pages) {
        html.append("<section id=\"violations\">\n<h2>Violations</h2>\n");
        if (report.violations().isEmpty()) {
            html.append("<p id=\"none\">No violations.</p>\n</section>\n");
            return;
        }
        TreeSet<RuleId> rules = new TreeSet<>();
        report.violations().forEach(violation -> rules.add(violation.rule()));
        html.append("<div class=\"filters\"><label>Rule <select id=\"filter-rule\"><option value=\"\">All rules (")
                .append(report.violations().size()).append(")</option>");
        for (RuleId rule : rules) {
            html.append("<option value=\"").append(rule.id()).append("\">").append(rule.id()).append(" (")
                    .append(report.violationsOf(rule).size()).append(")</option>");
        }
        html.append("</select></label><label>Severity <select id=\"filter-severity\"><option value=\"\">All</option>")
                .append("<option value=\"error\">Errors (").append(report.errors()).append(")</option>")
                .append("<option value=\"warning\">Warnings (").append(report.warnings()).append(")</option>")
                .append("</select></label><span id=\"shown\" aria-live=\"polite\">Showing ")
                .append(report.violations().size()).append(" of ").append(plural(report.violations().size(),
                        "violation")).append("</span></div>\n");
        for (RuleId rule : rules) {
            group(html, rule, report.violationsOf(rule), pages);
        }
        html.append("</section>\n");
    }

    private static void group(StringBuilder html, RuleId rule, List<Violation> violations, Set<RuleId> pages) {
        long errors = violations.stream().filter(violation -> violation.severity() == Severity.ERROR).count();
        long warnings = violations.size() - errors;
        String count = errors > 0 && warnings > 0 ? plural(errors, "error") + ", " + plural(warnings, "warning")
                : errors > 0 ? plural(errors, "error") : plural(warnings, "warning");
        html.append("<section class=\"rule\" id=\"rule-").append(rule.id()).append("\" data-rule=\"")
                .append(rule.id()).append("\">\n<h3>").append(ruleLink(rule, pages))
                .append("<span class=\"count\">").append(count)
                .append("</span></h3>\n<p class=\"summary\">").append(Markup.escape(RuleDocs.shortDescription(rule)))
                .append("</p>\n<table class=\"violations\"><thead><tr><th>Severity</th><th>Path</th>"
                        + "<th>Line</th><th>Message</th><th>Fix</th></tr></thead><tbody>\n");
        for (Violation violation : violations) {
            String severity = violation.severity().label();
            html.append("<tr class=\"violation\" data-rule=\"").append(rule.id()).append("\" data-severity=\"")
                    .append(severity).append("\"><td><span class=\"badge ").append(severity).append("\">")
                    .append(severity).append("</span></td><td class=\"path\"><code>")
                    .append(breakable(violation.path())).append("</code></td><td class=\"number\">")
                    .append(violation.line() == null ? "" : violation.line()).append("</td><td class=\"message\">")
                    .append(breakable(violation.message())).append("</td><td class=\"fix\">");
            if (violation.fix() != null) {
                html.append("<code>").append(breakable(violation.fix())).append("</code>");
            }
            html.append("</td></tr>\n");
        }
        html.append("</tbody></table>\n</section>\n");
    }

    /** Escaped text that a narrow column breaks after a {@code /}, between a path's names, rather than inside one. */
    static String breakable(String text) {
        return Markup.escape(text).replace("/", "/<wbr>");
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }

    private static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
