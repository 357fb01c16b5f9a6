package dev.layoutguard.infrastructure;

import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Renders a report in one file format; {@link ReportFormat} names them all. */
public interface ReportWriter {

    /** The writer of a format. */
    static ReportWriter of(ReportFormat format) {
        return of(format, null);
    }

    /** The writer of a format for a project of the given name ({@code null}: the directory's name), which titles it. */
    static ReportWriter of(ReportFormat format, String projectName) {
        return switch (format) {
            case JSON -> new JsonReportWriter();
            case SARIF -> new SarifReportWriter();
            case HTML -> new HtmlReportWriter(projectName);
            case JUNIT -> new JunitReportWriter();
            case MERMAID -> new MermaidReportWriter();
        };
    }

    /** Writes the report of the project at {@code projectDirectory}, whose paths the report's are relative to. */
    void write(Report report, Path projectDirectory, Writer out) throws IOException;

    /**
     * Writes the report in each format into a directory, and removes the report files of the other formats that an
     * earlier run left there (only files LayoutGuard wrote: a file of that name from another tool stays), so that the
     * directory holds what this run found and nothing older.
     *
     * @return the files removed
     */
    static List<Path> writeAll(Report report, Path projectDirectory, String projectName, List<ReportFormat> formats,
            Path directory) throws IOException {
        for (ReportFormat format : formats) {
            of(format, projectName).write(report, projectDirectory, directory.resolve(format.fileName()));
        }
        List<Path> removed = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            Path old = directory.resolve(format.fileName());
            if (!formats.contains(format) && Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS) && written(old)) {
                Files.delete(old);
                removed.add(old);
            }
        }
        return removed;
    }

    /** Whether a report file names LayoutGuard near its start, as every file it writes does. */
    private static boolean written(Path file) throws IOException {
        byte[] start = new byte[4096];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(start, 0, start.length);
        }
        return new String(start, 0, read, StandardCharsets.UTF_8).toLowerCase(Locale.ROOT).contains("layoutguard");
    }

    /**
     * Writes the report to a file as UTF-8, creating its directory; the file is replaced in one step and never
     * written through a link ({@link FileReplacement}).
     */
    default void write(Report report, Path projectDirectory, Path file) throws IOException {
        FileReplacement.write(file, out -> write(report, projectDirectory, out));
    }
}
