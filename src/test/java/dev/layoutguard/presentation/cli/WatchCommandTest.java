package dev.layoutguard.presentation.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchCommandTest {

    @TempDir
    Path project;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    /** Waits until the output holds a text, up to ten seconds; returns the output printed since the mark. */
    private String await(String text, int mark) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < end) {
            String printed = out.toString(StandardCharsets.UTF_8);
            if (printed.indexOf(text, mark) >= 0) {
                return printed.substring(mark);
            }
            Thread.sleep(20);
        }
        throw new AssertionError("watch did not print " + text + "; it printed:\n" + out.toString(
                StandardCharsets.UTF_8));
    }

    private int mark() {
        return out.toString(StandardCharsets.UTF_8).length();
    }

    @Test
    void printsWhatAppearsAndWhatIsFixedAsFilesAreCreatedFixedAndDeleted() throws Exception {
        Files.createDirectories(project.resolve("src/main/resources"));
        Files.writeString(project.resolve("pom.xml"), "<project/>\n");
        Path properties = project.resolve("src/main/resources/db.properties");
        Files.writeString(properties, "db.user=shop\n");
        PrintStream stream = new PrintStream(out, true, StandardCharsets.UTF_8);
        CompletableFuture<Integer> watch = CompletableFuture.supplyAsync(() -> LayoutGuardCommand.run(stream, stream,
                variable -> null, "watch", "--checks", "5", "--formats=", "--rules",
                "config-secret,root-prohibited", project.toString()));
        String first = await("[INFO] Watching " + project, 0);
        assertTrue(first.contains("[INFO] 0 errors, 0 warnings"), first);

        int mark = mark();
        Files.writeString(properties, "db.user=shop\ndb.password=hunter22\n");
        String created = await("1 appeared, 0 fixed; now 1 error, 0 warnings", mark);
        assertTrue(created.contains("[ERROR] " + properties + ":[2,1] [config-secret] secret key db.password holds a "
                + "literal value"), created);

        mark = mark();
        Files.writeString(properties, "db.user=shop\ndb.password=${DB_PASSWORD}\n");
        String fixed = await("0 appeared, 1 fixed; now 0 errors, 0 warnings", mark);
        assertTrue(fixed.contains("[INFO] fixed: " + properties + ":[2,1] [config-secret]"), fixed);

        mark = mark();
        Files.writeString(project.resolve("SETUP_GUIDE.md"), "# setup\n");
        await("1 appeared, 0 fixed", mark);
        mark = mark();
        Files.delete(project.resolve("SETUP_GUIDE.md"));
        String deleted = await("0 appeared, 1 fixed", mark);
        assertTrue(deleted.contains("[INFO] fixed: " + project.resolve("SETUP_GUIDE.md") + " [root-prohibited]"),
                deleted);

        assertEquals(LayoutGuardCommand.PASSED, watch.get(10, TimeUnit.SECONDS));
        assertFalse(out.toString(StandardCharsets.UTF_8).contains("Exception"));
    }
}
