package dev.layoutguard.domain.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectTreeTest {

    private static final ProjectTree TREE = ProjectTree.of(List.of(
            Entry.directory("src"),
            Entry.directory("src/main"),
            Entry.directory("src/main/java"),
            Entry.file("src/main/java/A.java", 1),
            Entry.directory("src/main/java/app"),
            Entry.file("src/main/java/app/B.java", 1),
            // look-alikes that share the directory's name as a prefix, sorting before and after its entries
            Entry.directory("src/main/java-gen"),
            Entry.file("src/main/java-gen/C.java", 1),
            Entry.file("src/main/java.txt", 1),
            Entry.directory("src/main/java0"),
            Entry.file("src/main/java0/D.java", 1),
            Entry.directory("src/main/javadoc"),
            Entry.file("src/main/javadoc/E.java", 1),
            Entry.directory("src/test"),
            Entry.directory("src/test/java"),
            Entry.file("src/test/java/ATest.java", 1),
            Entry.file("pom.xml", 1)));

    @Test
    void belowADirectoryAreItsEntriesAtAnyDepthButNotItself() {
        assertEquals(List.of("src/main/java/A.java", "src/main/java/app", "src/main/java/app/B.java"),
                paths(TREE.below(List.of("src/main/java"))));
    }

    @Test
    void belowSeveralDirectoriesIsInPathOrderWithNestedOnesListedOnce() {
        assertEquals(List.of("src/main/java/A.java", "src/main/java/app", "src/main/java/app/B.java",
                "src/test/java/ATest.java"),
                paths(TREE.below(List.of("src/test/java", "src/main/java/app", "src/main/java"))));
    }

    @Test
    void belowTheRootIsEveryEntryAndBelowAMissingDirectoryNothing() {
        assertSame(TREE.entries(), TREE.below(List.of("src/main/java", "")));
        assertEquals(List.of(), TREE.below(List.of("lib", "src/main/jav", "src/main/java/A.java")));
        assertEquals(List.of(), TREE.below(List.of()));
    }

    @Test
    void entriesAreSortedByPathAndFoundByPath() {
        assertEquals("pom.xml", TREE.entries().get(0).path());
        assertEquals(List.of("src/main/java/A.java", "src/main/java/app"),
                paths(TREE.children("src/main/java")));
        assertEquals(true, TREE.hasDirectory("src/main/java/app"));
        assertEquals(false, TREE.hasDirectory("src/main/java/A.java"));
        assertThrows(IllegalArgumentException.class,
                () -> ProjectTree.of(List.of(Entry.file("a", 1), Entry.file("a", 2))));
    }

    private static List<String> paths(List<Entry> entries) {
        return entries.stream().map(Entry::path).toList();
    }
}
