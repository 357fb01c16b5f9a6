package dev.layoutguard.domain.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class EntryTest {

    @Test
    void cutsNameParentAndExtensionFromThePath() {
        Entry entry = Entry.file("src/main/java/Order.java", 10);

        assertEquals("Order.java", entry.name());
        assertEquals("src/main/java", entry.parent());
        assertEquals("java", entry.extension());
        assertEquals("", Entry.file(".gitignore", 1).extension());
        assertEquals("", Entry.directory("docs").parent());
    }

    @Test
    void isAValueOfItsPathKindSizeAndMarks() {
        assertEquals(Entry.file("a/B.java", 3), new Entry("a/B.java", EntryKind.FILE, 3, false, false));
        assertEquals(Entry.file("a/B.java", 3).hashCode(),
                new Entry("a/B.java", EntryKind.FILE, 3, false, false).hashCode());
        assertNotEquals(Entry.file("a/B.java", 3), Entry.file("a/B.java", 4));
        assertNotEquals(Entry.file("a/B.java", 3), new Entry("a/B.java", EntryKind.FILE, 3, false, true));
        assertNotEquals(Entry.directory("a"), new Entry("a", EntryKind.DIRECTORY, 0, true));
    }

    @Test
    void rejectsPathsOutsideTheProject() {
        assertThrows(IllegalArgumentException.class, () -> Entry.file("/etc/passwd", 1));
        assertThrows(IllegalArgumentException.class, () -> Entry.file("a/../../b", 1));
        assertThrows(NullPointerException.class, () -> new Entry("a", null, 0, false));
    }

    @Test
    void anEntryMadeInItsDirectoryEqualsOneCutFromItsPathAndSharesTheParentString() {
        String parent = "src/main/java";
        Entry made = Entry.inDirectory(parent, "Order.java", "src/main/java/Order.java", EntryKind.FILE, 10, false,
                false);

        assertEquals(Entry.file("src/main/java/Order.java", 10), made);
        assertSame(parent, made.parent());
        assertEquals("Order.java", made.name());
        assertEquals(Entry.directory("docs"), Entry.inDirectory("", "docs", "docs", EntryKind.DIRECTORY, 0, false,
                false));
    }

    @Test
    void anEntryMadeInItsDirectoryMustHaveThePathOfItsParentAndName() {
        assertThrows(IllegalArgumentException.class,
                () -> Entry.inDirectory("src", "A.java", "lib/A.java", EntryKind.FILE, 1, false, false));
        assertThrows(IllegalArgumentException.class,
                () -> Entry.inDirectory("src", "A.java", "src/B.java", EntryKind.FILE, 1, false, false));
        assertThrows(IllegalArgumentException.class,
                () -> Entry.inDirectory("", "a/b", "a/b", EntryKind.FILE, 1, false, false));
        assertThrows(IllegalArgumentException.class,
                () -> Entry.inDirectory("a", "..", "a/..", EntryKind.DIRECTORY, 0, false, false));
    }
}
