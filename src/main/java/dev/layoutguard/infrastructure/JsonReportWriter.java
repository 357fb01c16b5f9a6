package dev.layoutguard.infrastructure;

import com.google.gson.stream.JsonWriter;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import dev.layoutguard.domain.Violation;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Map;

/** Writes {@code report.json}, the machine-readable contract of SPEC section 4. */
public final class JsonReportWriter implements ReportWriter {

    /** The file name inside the output directory. */
    public static final String FILE_NAME = ReportFormat.JSON.fileName();

    /** Writes the report to a file, creating its directory, as every report file is written. */
    public void write(Report report, Path file) throws IOException {
        FileReplacement.write(file, out -> write(report, out));
    }

    @Override
    public void write(Report report, Path projectDirectory, Writer out) throws IOException {
        write(report, out);
    }

    /** Writes the report as indented JSON. */
    public void write(Report report, Writer out) throws IOException {
        JsonWriter json = new JsonWriter(out);
        json.setIndent("  ");
        json.setSerializeNulls(true);
        json.beginObject();
        json.name("tool").value(Report.TOOL);
        json.name("version").value(report.version());
        json.name("preset").value(report.preset());
        json.name("summary").beginObject();
        json.name("files").value(report.files());
        json.name("errors").value(report.errors());
        json.name("warnings").value(report.warnings());
        json.name("baselined").value(report.baselined());
        json.name("durationMs").value(report.durationMs());
        json.endObject();
        json.name("metrics").beginObject();
        for (Map.Entry<String, Integer> metric : report.metrics().entrySet()) {
            json.name(metric.getKey()).value(metric.getValue());
        }
        json.endObject();
        json.name("violations").beginArray();
        for (Violation violation : report.violations()) {
            json.beginObject();
            json.name("rule").value(violation.rule().id());
            json.name("severity").value(violation.severity().label());
            json.name("path").value(violation.path());
            json.name("line").value(violation.line());
            json.name("message").value(violation.message());
            json.name("fix").value(violation.fix());
            json.endObject();
        }
        json.endArray();
        json.endObject();
        json.flush();
        out.write(System.lineSeparator());
    }
}
