package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WrittenReportsTest {

    private static final List<String> WHAT = List.of("shop", "/work/shop", "[JSON, HTML]");

    @TempDir
    Path output;

    private Path cache;
    private WrittenReports written;

    @BeforeEach
    void reportsWrittenFromAKeptResult() throws IOException {
        cache = output.resolve("cache");
        write(cache.resolve("check-root.cache"), "kept\n");
        write(output.resolve("report.json"), "{}\n");
        write(output.resolve("report.html"), "<html></html>\n");
        written = new WrittenReports(cache, "check-root", output);
    }

    @Test
    void reportsLeftAsTheyWereNotedAreUnchanged() {
        written.note(WHAT);

        assertTrue(new WrittenReports(cache, "check-root", output).unchanged(WHAT));
    }

    @Test
    void aReportWrittenAgainOfTheSameSizeIsChanged() throws IOException {
        written.note(WHAT);

        write(output.resolve("report.json"), "[]\n");

        assertFalse(written.unchanged(WHAT));
    }

    @Test
    void aReportRemovedOrOneOfAnotherFormatPutThereIsAChange() throws IOException {
        written.note(WHAT);
        write(output.resolve("report.sarif"), "{}\n");
        assertFalse(written.unchanged(WHAT));

        Files.delete(output.resolve("report.sarif"));
        written.note(WHAT);
        Files.delete(output.resolve("report.html"));
        assertFalse(written.unchanged(WHAT));
    }

    @Test
    void anotherKeptResultTitleProjectOrFormatsIsAChange() throws IOException {
        written.note(WHAT);

        assertFalse(written.unchanged(List.of("shop", "/work/shop", "[JSON]")));
        assertFalse(written.unchanged(List.of("store", "/work/shop", "[JSON, HTML]")));
        assertFalse(new WrittenReports(cache, "check-layers", output).unchanged(WHAT));
        write(cache.resolve("check-root.cache"), "anew\n");
        assertFalse(written.unchanged(WHAT));
    }

    @Test
    void withoutAKeptResultNothingIsNoted() throws IOException {
        Files.delete(cache.resolve("check-root.cache"));

        written.note(WHAT);

        assertFalse(Files.exists(cache.resolve("check-root.reports")));
        assertFalse(written.unchanged(WHAT));
    }

    @Test
    void aNoteThatIsNoNoteOrIsForgottenVouchesForNothing() throws IOException {
        written.note(WHAT);
        write(cache.resolve("check-root.reports"), "layoutguard-reports 1\nshop\n");
        assertFalse(written.unchanged(WHAT));

        written.note(WHAT);
        written.forget();
        assertFalse(written.unchanged(WHAT));
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
