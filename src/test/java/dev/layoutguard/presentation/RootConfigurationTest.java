package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.preset.RootPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class RootConfigurationTest {

    private final RootPolicy maven = Presets.maven().root();

    @Test
    void allowExtendsFilesAndDirectories() {
        RootConfiguration configuration = new RootConfiguration();
        configuration.setAllow(List.of("NOTICE", "tools/"));

        RootPolicy policy = configuration.applyTo(maven);

        assertTrue(Glob.anyMatches(policy.allowedFiles(), "NOTICE"));
        assertTrue(Glob.anyMatches(policy.allowedDirectories(), "tools"));
        assertFalse(Glob.anyMatches(policy.allowedFiles(), "tools"));
        assertTrue(Glob.anyMatches(policy.allowedFiles(), "pom.xml"));
    }

    @Test
    void disallowRemovesAPresetEntry() {
        RootConfiguration configuration = new RootConfiguration();
        configuration.setDisallow(List.of("Makefile", "examples/"));

        RootPolicy policy = configuration.applyTo(maven);

        assertFalse(Glob.anyMatches(policy.allowedFiles(), "Makefile"));
        assertFalse(Glob.anyMatches(policy.allowedDirectories(), "examples"));
    }

    @Test
    void disallowingSomethingThePresetDoesNotAllowIsAnError() {
        RootConfiguration configuration = new RootConfiguration();
        configuration.setDisallow(List.of("Rakefile"));

        assertEquals("disallow: 'Rakefile' is not in the preset's allowlist",
                assertThrows(IllegalArgumentException.class, () -> configuration.applyTo(maven)).getMessage());
    }

    @Test
    void prohibitedEntriesComeFirstAndKeepTheirTargets() {
        ProhibitedConfiguration notes = new ProhibitedConfiguration();
        notes.setPattern("notes/");
        notes.setTarget("docs/notes/");
        ProhibitedConfiguration backups = new ProhibitedConfiguration();
        backups.setPattern("*.java.bak");
        RootConfiguration configuration = new RootConfiguration();
        configuration.setProhibit(List.of(notes, backups));

        RootPolicy policy = configuration.applyTo(maven);

        ProhibitedEntry entry = policy.prohibitedFor("notes", true);
        assertEquals("docs/notes/notes", entry.fixFor("notes"));
        assertEquals("prohibited entry in the project root", policy.prohibitedFor("A.java.bak", false).description());
        assertNull(policy.prohibitedFor("A.java.bak", false).fixFor("A.java.bak"));
        assertEquals("src/main/java/", policy.prohibitedFor("A.java", false).target());
    }

    @Test
    void aTargetThatLeavesTheProjectIsAnError() {
        ProhibitedConfiguration escape = new ProhibitedConfiguration();
        escape.setPattern("*.txt");
        escape.setTarget("../elsewhere/");
        RootConfiguration configuration = new RootConfiguration();
        configuration.setProhibit(List.of(escape));

        assertEquals("prohibit: target '../elsewhere/' leaves the project",
                assertThrows(IllegalArgumentException.class, () -> configuration.applyTo(maven)).getMessage());
    }

    @Test
    void anInvalidGlobNamesThePartAndThePattern() {
        RootConfiguration configuration = new RootConfiguration();
        configuration.setAllow(List.of("{broken"));

        String message = assertThrows(IllegalArgumentException.class, () -> configuration.applyTo(maven)).getMessage();

        assertTrue(message.startsWith("allow: invalid glob '{broken'"), message);
    }

    @Test
    void maxFilesReplacesTheLimit() {
        RootConfiguration configuration = new RootConfiguration();
        configuration.setMaxFiles(20);

        assertEquals(20, configuration.applyTo(maven).maxFiles());
        assertEquals(12, new RootConfiguration().applyTo(maven).maxFiles());
    }
}
