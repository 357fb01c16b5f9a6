package dev.layoutguard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FindingTest {

    @Test
    void factoriesBuildWholeFindings() {
        assertEquals(new Finding("a/B.java", 3, "imports x", "c/B.java", "x.Y"),
                Finding.atLine("a/B.java", 3, "imports x").withFix("c/B.java").withReference("x.Y"));
        assertEquals(new Finding("README.txt", null, "not allowed", null, null), Finding.at("README.txt", "not allowed"));
    }

    @Test
    void rejectsAbsolutePathsAndPathsLeavingTheProject() {
        assertEquals("path must be relative to the project and stay inside it: /etc/passwd",
                assertThrows(IllegalArgumentException.class, () -> Finding.at("/etc/passwd", "m")).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Finding.at("a/../../b", "m"));
        assertThrows(IllegalArgumentException.class, () -> Finding.at("a", "m").withFix("../b"));
    }

    @Test
    void rejectsBlankMessagesAndLinesBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> Finding.at("a", " "));
        assertEquals("line must be 1 or more, was 0",
                assertThrows(IllegalArgumentException.class, () -> Finding.atLine("a", 0, "m")).getMessage());
    }

    @Test
    void namesThatOnlyLookLikeParentsAreFine() {
        assertEquals("a/..b/c", Finding.at("a/..b/c", "m").path());
    }
}
