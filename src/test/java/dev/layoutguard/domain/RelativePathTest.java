package dev.layoutguard.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RelativePathTest {

    @Test
    void aParentSegmentAnywhereLeavesTheProject() {
        assertTrue(RelativePath.leavesProject(".."));
        assertTrue(RelativePath.leavesProject("../a"));
        assertTrue(RelativePath.leavesProject("a/.."));
        assertTrue(RelativePath.leavesProject("a/../b"));
        assertTrue(RelativePath.leavesProject("a/..b/../c"));
    }

    @Test
    void namesThatOnlyHoldTwoDotsStayInside() {
        assertFalse(RelativePath.leavesProject("..a"));
        assertFalse(RelativePath.leavesProject("a.."));
        assertFalse(RelativePath.leavesProject("a/..b/c"));
        assertFalse(RelativePath.leavesProject("a/b..c"));
        assertFalse(RelativePath.leavesProject("a/..."));
        assertFalse(RelativePath.leavesProject("."));
    }

    @Test
    void namesParentsAndJoins() {
        assertEquals("C.java", RelativePath.name("a/b/C.java"));
        assertEquals("C.java", RelativePath.name("C.java"));
        assertEquals("a/b", RelativePath.parent("a/b/C.java"));
        assertEquals("", RelativePath.parent("C.java"));
        assertEquals("a/C.java", RelativePath.join("a", "C.java"));
        assertEquals("C.java", RelativePath.join("", "C.java"));
    }
}
