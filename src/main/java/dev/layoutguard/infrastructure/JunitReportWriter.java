package dev.layoutguard.infrastructure;

import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Violation;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * Writes {@code report-junit.xml} for CI dashboards (Jenkins, GitLab): one test case per rule that ran, passing when
 * it found nothing, with one {@code <failure>} per violation (its {@code type} is the severity) and every violation
 * listed again in the case's {@code <system-out>}, since some dashboards show only a case's first failure.
 */
public final class JunitReportWriter implements ReportWriter {

    /** The file name inside the output directory. */
    public static final String FILE_NAME = ReportFormat.JUNIT.fileName();

    private static final String NEWLINE = "\n";

    @Override
    public void write(Report report, Path projectDirectory, Writer out) throws IOException {
        TreeSet<RuleId> rules = new TreeSet<>(report.rules());
        report.violations().forEach(violation -> rules.add(violation.rule()));
        long failing = rules.stream().filter(rule -> !report.violationsOf(rule).isEmpty()).count();
        String time = String.format(Locale.ROOT, "%.3f", report.durationMs() / 1000.0);
        String counts = " tests=\"" + rules.size() + "\" failures=\"" + failing + "\" errors=\"0\" skipped=\"0\" time=\""
                + time + "\"";
        StringBuilder xml = new StringBuilder();
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").append(NEWLINE);
        xml.append("<testsuites name=\"LayoutGuard\"").append(counts).append('>').append(NEWLINE);
        xml.append("  <testsuite name=\"LayoutGuard\"").append(counts).append('>').append(NEWLINE);
        xml.append("    <properties>").append(NEWLINE);
        property(xml, "version", report.version());
        property(xml, "preset", report.preset());
        property(xml, "files", String.valueOf(report.files()));
        property(xml, "baselined", String.valueOf(report.baselined()));
        xml.append("    </properties>").append(NEWLINE);
        for (RuleId rule : rules) {
            testCase(xml, rule, report.violationsOf(rule));
        }
        xml.append("  </testsuite>").append(NEWLINE);
        xml.append("</testsuites>").append(NEWLINE);
        out.write(xml.toString());
    }

    private static void testCase(StringBuilder xml, RuleId rule, List<Violation> violations) {
        xml.append("    <testcase classname=\"layoutguard.").append(rule.family().label()).append("\" name=\"")
                .append(rule.id()).append("\" time=\"0\"");
        if (violations.isEmpty()) {
            xml.append("/>").append(NEWLINE);
            return;
        }
        xml.append('>').append(NEWLINE);
        StringBuilder all = new StringBuilder();
        for (Violation violation : violations) {
            String line = describe(violation);
            xml.append("      <failure type=\"").append(violation.severity().label()).append("\" message=\"")
                    .append(Markup.escape(line)).append("\">").append(Markup.escape(detail(violation)))
                    .append("</failure>").append(NEWLINE);
            all.append(violation.severity().label()).append(": ").append(line).append(NEWLINE);
        }
        xml.append("      <system-out>").append(Markup.escape(all.toString())).append("</system-out>").append(NEWLINE);
        xml.append("    </testcase>").append(NEWLINE);
    }

    /** {@code path[:line]: message (fix: target)}. */
    private static String describe(Violation violation) {
        StringBuilder text = new StringBuilder(violation.path());
        if (violation.line() != null) {
            text.append(':').append(violation.line());
        }
        text.append(": ").append(violation.message());
        if (violation.fix() != null) {
            text.append(" (fix: ").append(violation.fix()).append(')');
        }
        return text.toString();
    }

    private static String detail(Violation violation) {
        return describe(violation) + NEWLINE + "rule: " + violation.rule().id() + ", severity: "
                + violation.severity().label() + NEWLINE + "explained by " + RuleDocs.explainCommand(violation.rule());
    }

    private static void property(StringBuilder xml, String name, String value) {
        xml.append("      <property name=\"").append(name).append("\" value=\"").append(Markup.escape(value))
                .append("\"/>").append(NEWLINE);
    }
}
