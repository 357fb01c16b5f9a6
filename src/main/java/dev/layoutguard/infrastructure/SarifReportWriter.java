package dev.layoutguard.infrastructure;

import com.google.gson.stream.JsonWriter;
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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Writes {@code report.sarif}, SARIF 2.1.0 for code-scanning tools: the rules that ran with their descriptions and
 * documentation links, and one result per violation located relative to the project directory ({@code %SRCROOT%}).
 */
public final class SarifReportWriter implements ReportWriter {

    /** The file name inside the output directory. */
    public static final String FILE_NAME = ReportFormat.SARIF.fileName();

    /** The base URI id results are relative to. */
    static final String SOURCE_ROOT = "%SRCROOT%";

    private static final String SCHEMA =
            "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    @Override
    public void write(Report report, Path projectDirectory, Writer out) throws IOException {
        List<RuleId> rules = rules(report);
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.beginObject();
        json.name("$schema").value(SCHEMA);
        json.name("version").value("2.1.0");
        json.name("runs").beginArray().beginObject();
        json.name("tool").beginObject().name("driver").beginObject();
        json.name("name").value("LayoutGuard");
        json.name("version").value(report.version());
        json.name("rules").beginArray();
        for (RuleId rule : rules) {
            writeRule(json, rule);
        }
        json.endArray();
        json.endObject().endObject();
        json.name("originalUriBaseIds").beginObject().name(SOURCE_ROOT).beginObject();
        json.name("uri").value(PercentEncoding.directory(projectDirectory));
        json.name("description").beginObject().name("text").value("The project directory").endObject();
        json.endObject().endObject();
        json.name("results").beginArray();
        for (Violation violation : report.violations()) {
            writeResult(json, violation, rules.indexOf(violation.rule()));
        }
        json.endArray();
        writeProperties(json, report);
        json.endObject().endArray();
        json.endObject();
        json.flush();
        out.write(System.lineSeparator());
    }

    private static List<RuleId> rules(Report report) {
        TreeSet<RuleId> rules = new TreeSet<>(report.rules());
        report.violations().forEach(violation -> rules.add(violation.rule()));
        return new ArrayList<>(rules);
    }

    private static void writeRule(JsonWriter json, RuleId rule) throws IOException {
        json.beginObject();
        json.name("id").value(rule.id());
        json.name("name").value(pascalCase(rule.id()));
        json.name("shortDescription").beginObject().name("text").value(RuleDocs.shortDescription(rule))
                .endObject();
        json.name("fullDescription").beginObject().name("text").value(RuleDocs.fullDescription(rule))
                .endObject();
        json.name("help").beginObject();
        json.name("text").value(RuleDocs.help(rule));
        json.name("markdown").value(RuleDocs.helpMarkdown(rule));
        json.endObject();
        json.name("defaultConfiguration").beginObject().name("level").value(level(rule.defaultSeverity()))
                .endObject();
        json.name("properties").beginObject().name("tags").beginArray().value("layout").value(rule.family().label())
                .endArray().endObject();
        json.endObject();
    }

    private static void writeResult(JsonWriter json, Violation violation, int ruleIndex) throws IOException {
        json.beginObject();
        json.name("ruleId").value(violation.rule().id());
        json.name("ruleIndex").value(ruleIndex);
        json.name("level").value(level(violation.severity()));
        String text = violation.fix() == null ? violation.message()
                : violation.message() + " (fix: move it to " + violation.fix() + ")";
        json.name("message").beginObject().name("text").value(text).endObject();
        json.name("locations").beginArray().beginObject().name("physicalLocation").beginObject();
        json.name("artifactLocation").beginObject();
        json.name("uri").value(PercentEncoding.relative(violation.path()));
        json.name("uriBaseId").value(SOURCE_ROOT);
        json.endObject();
        if (violation.line() != null) {
            json.name("region").beginObject().name("startLine").value(violation.line()).endObject();
        }
        json.endObject().endObject().endArray();
        json.name("partialFingerprints").beginObject().name("layoutguardKey/v1").value(fingerprint(violation))
                .endObject();
        if (violation.fix() != null) {
            json.name("properties").beginObject().name("fix").value(violation.fix()).endObject();
        }
        json.endObject();
    }

    private static void writeProperties(JsonWriter json, Report report) throws IOException {
        json.name("properties").beginObject();
        json.name("preset").value(report.preset());
        json.name("files").value(report.files());
        json.name("baselined").value(report.baselined());
        json.name("durationMs").value(report.durationMs());
        json.name("metrics").beginObject();
        for (Map.Entry<String, Integer> metric : report.metrics().entrySet()) {
            json.name(metric.getKey()).value(metric.getValue());
        }
        json.endObject();
        json.endObject();
    }

    /** A key that survives line moves: the rule, the path, and what was referenced (or the message). */
    private static String fingerprint(Violation violation) {
        String key = violation.rule().id() + "\n" + violation.path() + "\n"
                + (violation.reference() != null ? violation.reference() : violation.message());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String level(Severity severity) {
        return severity == Severity.ERROR ? "error" : "warning";
    }

    private static String pascalCase(String id) {
        StringBuilder name = new StringBuilder();
        for (String word : id.split("-")) {
            name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
        }
        return name.toString();
    }
}
