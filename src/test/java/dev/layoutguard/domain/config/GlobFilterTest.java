package dev.layoutguard.domain.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.tree.Entry;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobFilterTest {

    private static final List<Glob> GLOBS = Glob.all("*.yml", "*.yaml", ".env.*", "application-*.{yml,properties}",
            "config/**", "Makefile", "*.[jJ]son", "src/*/resources/*.xml", "*.\u212Aey");

    private static final List<String> PATHS = List.of("app.yml", "app.yaml", "src/main/resources/app.yml",
            "app.YML", "APP.Yaml", "app.ym", "app.yml.bak", "yml", ".env.local", ".env", "a/.env.prod",
            "application-dev.yml", "application-dev.properties", "application-dev.xml", "application-.yml",
            "config/x", "config/deep/y.txt", "configs/x", "Makefile", "a/Makefile", "makefile", "x.json", "x.Json",
            "x.jsoN", "src/main/resources/a.xml", "src/main/java/a.xml", "a.key", "a.\u212Aey", "b.kEy", "\u212A");

    @Test
    void findsTheFirstGlobThatMatchesWhateverThePathEndsWith() {
        GlobFilter filter = new GlobFilter(GLOBS);
        for (String path : PATHS) {
            Glob expected = GLOBS.stream().filter(glob -> glob.matches(path)).findFirst().orElse(null);
            Entry entry = Entry.file(path, 1);
            assertEquals(expected, filter.matching(entry), path);
            assertEquals(expected != null, filter.matches(entry), path);
        }
    }

    @Test
    void flagsConfigFilesAndPassesLookAlikes() {
        GlobFilter filter = new GlobFilter(GLOBS);

        assertEquals("*.yml", filter.matching(Entry.file("src/main/resources/app.yml", 1)).pattern());
        assertEquals(".env.*", filter.matching(Entry.file("a/.env.prod", 1)).pattern());
        assertEquals("application-*.{yml,properties}",
                filter.matching(Entry.file("application-dev.properties", 1)).pattern());
        assertTrue(filter.matches(Entry.file("x.Json", 1)));
        assertFalse(filter.matches(Entry.file("app.yml.bak", 1)));
        assertFalse(filter.matches(Entry.file("application-dev.xml", 1)));
        assertFalse(filter.matches(Entry.file("src/main/java/a.xml", 1)));
        assertNull(filter.matching(Entry.file("configs/x", 1)));
    }
}
