package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.Report;
import dev.layoutguard.application.ReportFormat;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

    private static final Report CLEAN = new Report("0.1.0", "maven", 1, List.of(), Map.of(), 0, 1);

    @TempDir
    Path project;

    @Test
    void removesTheReportFilesOfFormatsThisRunDoesNotWrite() throws IOException {
        Path directory = project.resolve("target/layout");
        ReportWriter.writeAll(CLEAN, project, "shop", List.of(ReportFormat.values()), directory);

        List<Path> removed = ReportWriter.writeAll(CLEAN, project, "shop", List.of(ReportFormat.JSON), directory);

        assertEquals(List.of(directory.resolve("report.sarif"), directory.resolve("report.html"),
                directory.resolve("report-junit.xml"), directory.resolve("layers.mmd")), removed);
        try (var files = Files.list(directory)) {
            assertEquals(List.of("report.json"), files.map(file -> file.getFileName().toString()).toList());
        }
    }

    @Test
    void leavesAFileOfTheSameNameThatAnotherToolWrote() throws IOException {
        Path directory = Files.createDirectories(project.resolve("target/layout"));
        Files.writeString(directory.resolve("report.html"), "<html><title>Coverage</title></html>");
        Files.writeString(directory.resolve("notes.txt"), "mine");

        assertEquals(List.of(), ReportWriter.writeAll(CLEAN, project, null, List.of(), directory));
        assertTrue(Files.exists(directory.resolve("report.html")));
        assertTrue(Files.exists(directory.resolve("notes.txt")));
    }
}
