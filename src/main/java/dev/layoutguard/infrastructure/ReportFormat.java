package dev.layoutguard.infrastructure;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/** The report files the {@code formats} parameter can ask for, each with its file name and writer. */
public enum ReportFormat {
    JSON("json", JsonReportWriter.FILE_NAME, JsonReportWriter::new),
    SARIF("sarif", SarifReportWriter.FILE_NAME, SarifReportWriter::new),
    HTML("html", HtmlReportWriter.FILE_NAME, HtmlReportWriter::new),
    JUNIT("junit", JunitReportWriter.FILE_NAME, JunitReportWriter::new);

    private final String label;
    private final String fileName;
    private final Supplier<ReportWriter> writer;

    ReportFormat(String label, String fileName, Supplier<ReportWriter> writer) {
        this.label = label;
        this.fileName = fileName;
        this.writer = writer;
    }

    /** The name users write in {@code formats}. */
    public String label() {
        return label;
    }

    /** The file the format is written to, inside the output directory. */
    public String fileName() {
        return fileName;
    }

    public ReportWriter writer() {
        return writer.get();
    }

    /** The format of a name, ignoring case. */
    public static Optional<ReportFormat> named(String label) {
        String normalized = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.label.equals(normalized)).findFirst();
    }

    /** Every format's name, in order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportFormat::label).toList();
    }
}
