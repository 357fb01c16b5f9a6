package dev.layoutguard.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report files the {@code formats} parameter can ask for, each with its file name in the output directory. */
public enum ReportFormat {
    JSON("json", "report.json"),
    SARIF("sarif", "report.sarif"),
    HTML("html", "report.html"),
    JUNIT("junit", "report-junit.xml");

    private final String label;
    private final String fileName;

    ReportFormat(String label, String fileName) {
        this.label = label;
        this.fileName = fileName;
    }

    /** The name users write in {@code formats}. */
    public String label() {
        return label;
    }

    /** The file the format is written to, inside the output directory. */
    public String fileName() {
        return fileName;
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
