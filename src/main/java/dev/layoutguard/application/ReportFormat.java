package dev.layoutguard.application;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The report files the {@code formats} parameter can ask for, each with its file name in the output directory. */
public enum ReportFormat {
    JSON, SARIF, HTML, JUNIT, MERMAID;

    /** The name users write in {@code formats}: the format's name in lower case. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The file the format is written to, inside the output directory: {@code report.json}, {@code report-junit.xml},
     * {@code layers.mmd} (the layer graph alone, under the extension Mermaid's tools read).
     */
    public String fileName() {
        return switch (this) {
            case JUNIT -> "report-junit.xml";
            case MERMAID -> "layers.mmd";
            default -> "report." + label();
        };
    }

    /** The format of a name, ignoring case. */
    public static Optional<ReportFormat> named(String label) {
        String normalized = label.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(format -> format.label().equals(normalized)).findFirst();
    }

    /** Every format's name, in order. */
    public static List<String> labels() {
        return Arrays.stream(values()).map(ReportFormat::label).toList();
    }
}
