package dev.layoutguard.presentation;

import dev.layoutguard.application.LayerGraph;
import dev.layoutguard.application.Report;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.infrastructure.ConsoleReport;
import dev.layoutguard.infrastructure.LayerDiagramSvg;
import dev.layoutguard.infrastructure.RuleDocs;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.maven.doxia.sink.Sink;

/**
 * The layout report as a page of the Maven site, written through Doxia's sink: the summary, the metrics, the layer
 * diagram (inline SVG), and the violations grouped by rule. The sink escapes all text.
 */
final class SiteReportPage {

    /** The page title and menu name. */
    static final String NAME = "LayoutGuard";

    private final Sink sink;

    SiteReportPage(Sink sink) {
        this.sink = sink;
    }

    void render(Report report) {
        sink.head();
        sink.title();
        sink.text(NAME);
        sink.title_();
        sink.head_();
        sink.body();
        sink.section1();
        sink.sectionTitle1();
        sink.text("LayoutGuard layout report");
        sink.sectionTitle1_();
        paragraph("LayoutGuard " + report.version() + " checked " + report.files() + " files with the "
                + report.preset() + " preset: " + ConsoleReport.summary(report) + ".");
        summary(report);
        layers(report.layers());
        violations(report);
        sink.section1_();
        sink.body_();
        sink.flush();
        sink.close();
    }

    private void summary(Report report) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Summary");
        sink.sectionTitle2_();
        sink.table();
        sink.tableRows(null, false);
        row(true, "Figure", "Value");
        row(false, "errors", String.valueOf(report.errors()));
        row(false, "warnings", String.valueOf(report.warnings()));
        row(false, "baselined", String.valueOf(report.baselined()));
        row(false, "files", String.valueOf(report.files()));
        for (Map.Entry<String, Integer> metric : report.metrics().entrySet()) {
            row(false, metric.getKey(), String.valueOf(metric.getValue()));
        }
        sink.tableRows_();
        sink.table_();
        sink.section2_();
    }

    private void layers(LayerGraph graph) {
        if (graph.isEmpty()) {
            return;
        }
        sink.section2();
        sink.sectionTitle2();
        sink.text("Layers");
        sink.sectionTitle2_();
        sink.rawText(LayerDiagramSvg.render(graph));
        List<LayerGraph.Edge> violating = graph.violatingEdges();
        if (violating.isEmpty()) {
            paragraph("No dependency between layers breaks the rules.");
        } else {
            sink.list();
            for (LayerGraph.Edge edge : violating) {
                sink.listItem();
                sink.text(edge.text() + ": " + edge.violations()
                        + (edge.violations() == 1 ? " violation" : " violations"));
                sink.listItem_();
            }
            sink.list_();
        }
        sink.section2_();
    }

    private void violations(Report report) {
        sink.section2();
        sink.sectionTitle2();
        sink.text("Violations");
        sink.sectionTitle2_();
        if (report.violations().isEmpty()) {
            paragraph("No violations.");
        }
        TreeSet<RuleId> rules = new TreeSet<>();
        report.violations().forEach(violation -> rules.add(violation.rule()));
        for (RuleId rule : rules) {
            List<Violation> violations = report.violationsOf(rule);
            sink.section3();
            sink.sectionTitle3();
            sink.text(rule.id() + " (" + violations.size() + ")");
            sink.sectionTitle3_();
            sink.paragraph();
            sink.text(RuleDocs.shortDescription(rule) + " Why it matters and how to fix it: "
                    + RuleDocs.explainCommand(rule));
            sink.paragraph_();
            sink.table();
            sink.tableRows(null, false);
            row(true, "Severity", "Path", "Line", "Message", "Fix");
            for (Violation violation : violations) {
                row(false, violation.severity().label(), violation.path(),
                        violation.line() == null ? "" : String.valueOf(violation.line()), violation.message(),
                        violation.fix() == null ? "" : violation.fix());
            }
            sink.tableRows_();
            sink.table_();
            sink.section3_();
        }
        sink.section2_();
    }

    private void row(boolean header, String... cells) {
        sink.tableRow();
        for (String cell : cells) {
            if (header) {
                sink.tableHeaderCell();
            } else {
                sink.tableCell();
            }
            sink.text(cell);
            if (header) {
                sink.tableHeaderCell_();
            } else {
                sink.tableCell_();
            }
        }
        sink.tableRow_();
    }

    private void paragraph(String text) {
        sink.paragraph();
        sink.text(text);
        sink.paragraph_();
    }
}
