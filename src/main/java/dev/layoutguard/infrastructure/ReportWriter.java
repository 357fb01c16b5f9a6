package dev.layoutguard.infrastructure;

import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/** Renders a report in one file format; {@link ReportFormat} names them all. */
public interface ReportWriter {

    /** The writer of a format. */
    static ReportWriter of(ReportFormat format) {
        return switch (format) {
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter();
            case HTML -> new HtmlReportWriter();
            case JUNIT -> new JunitReportWriter();
        };
    }

    /** Writes the report of the project at {@code projectDirectory}, whose paths the report's are relative to. */
    void write(Report report, Path projectDirectory, Writer out) throws IOException;

    /**
     * Writes the report to a file as UTF-8, creating its directory; the file is replaced in one step and never
     * written through a link ({@link FileReplacement}).
     */
    default void write(Report report, Path projectDirectory, Path file) throws IOException {
        FileReplacement.write(file, out -> write(report, projectDirectory, out));
    }
}
