package dev.layoutguard.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.domain.tree.Entry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs twice in the build: under the developer's locale and, in the surefire execution {@code posix-locale}, under
 * {@code LC_ALL=C}, where the JVM cannot turn these names into paths from their strings.
 */
class NativeNamesTest {

    private static final String GUIDE = "\u00dcn\u00efcode_GUIDE.md";
    private static final String CONFIG = "src/main/resources/configuraci\u00f3n.properties";

    @TempDir
    Path dir;

    @Test
    void aNonAsciiPathIsMadeFromItsUtf8BytesUnderAnyLocale() throws IOException {
        Path guide = NativeNames.path(dir, GUIDE);
        Files.writeString(guide, "# Guide");

        assertEquals(NativeNames.fromUtf8(dir, GUIDE), guide);
        assertEquals(dir.toAbsolutePath().toUri() + "%C3%9Cn%C3%AFcode_GUIDE.md", guide.toUri().toString());
        assertEquals("# Guide", Files.readString(NativeNames.path(dir, GUIDE)));
    }

    @Test
    void nonAsciiNamesAreWalkedReadAndPrintedByTheirRealNamesUnderAnyLocale() throws IOException {
        Files.createDirectories(NativeNames.path(dir, "docs/r\u00e9f\u00e9rences"));
        Files.writeString(NativeNames.path(dir, "docs/r\u00e9f\u00e9rences/index.md"), "# Index");
        Files.writeString(NativeNames.path(dir, GUIDE), "# Guide");
        Files.createDirectories(NativeNames.path(dir, "src/main/resources"));
        Files.writeString(NativeNames.path(dir, CONFIG), "password=Hx7LpQ2sNv4T\n", StandardCharsets.UTF_8);
        NativeNames natives = new NativeNames();

        List<String> paths = new ProjectScanner(false, Set.of(), natives).scan(dir).entries().stream()
                .map(Entry::path).toList();
        Optional<String> config = new FileContents(dir, 1024, natives).read(CONFIG);

        assertTrue(paths.containsAll(List.of(GUIDE, CONFIG, "docs/r\u00e9f\u00e9rences/index.md")), paths::toString);
        assertEquals(Optional.of("password=Hx7LpQ2sNv4T\n"), config);
        assertEquals(dir + "/" + GUIDE, NativeNames.text(dir, GUIDE));
    }

    @Test
    void anAsciiPathIsTheOneResolveGives() {
        assertEquals(dir.resolve("docs/index.md"), NativeNames.path(dir, "docs/index.md"));
        assertEquals(dir.resolve("docs/index.md").toString(), NativeNames.text(dir, "docs/index.md"));
    }

    @Test
    void aRelativePathIsReadByItsRealNamesUnderAnyLocale() throws IOException {
        Path index = NativeNames.path(dir, "docs/r\u00e9f\u00e9rences/index.md");
        Files.createDirectories(index.getParent());

        assertEquals("docs/r\u00e9f\u00e9rences/index.md", NativeNames.relative(dir.relativize(index)));
        assertEquals("docs/index.md", NativeNames.relative(dir.relativize(dir.resolve("docs/index.md"))));
    }
}
