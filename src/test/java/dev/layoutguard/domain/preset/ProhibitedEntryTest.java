package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProhibitedEntryTest {

    @Test
    void aTargetDirectoryNamedLikeTheEntryIsItsNewPlaceNotItsParent() {
        ProhibitedEntry notes = ProhibitedEntry.of("notes/", "docs/notes/", "notes directory in the project root");

        assertEquals("docs/notes", notes.fixFor("notes"));
    }

    @Test
    void anyOtherTargetDirectoryKeepsTheEntrysName() {
        ProhibitedEntry notes = ProhibitedEntry.of("notes*/", "docs/notes/", "notes directory in the project root");
        ProhibitedEntry docs = ProhibitedEntry.of("notes/", "docs/", "notes directory in the project root");

        assertEquals("docs/notes/notes-2024", notes.fixFor("notes-2024"));
        assertEquals("docs/notes/old-notes", notes.fixFor("old-notes"));
        assertEquals("docs/notes", docs.fixFor("notes"));
    }

    @Test
    void anExactTargetNamesThePathAndNoTargetMeansRemove() {
        assertEquals("environments/.venv", ProhibitedEntry.of("venv/", "environments/.{bare}", "virtual environment")
                .fixFor("venv"));
        assertNull(ProhibitedEntry.of("*.bak", null, "backup file").fixFor("a.bak"));
    }
}
