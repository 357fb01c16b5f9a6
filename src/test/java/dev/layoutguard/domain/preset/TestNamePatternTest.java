package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestNamePatternTest {

    @Test
    void readsSurefireIncludesAsNamePatterns() {
        assertEquals(new TestNamePattern("", "Test"), TestNamePattern.parse("**/*Test.java"));
        assertEquals(new TestNamePattern("Test", ""), TestNamePattern.parse("Test*.kt"));
        assertEquals(new TestNamePattern("test_", ""), TestNamePattern.parse(" test_*.py "));
        assertEquals(new TestNamePattern("", "IT"), TestNamePattern.parse("*IT"));
    }

    @Test
    void rejectsPatternsWithoutOneStarOrWithOtherGlobSyntax() {
        for (String bad : List.of("FooTest", "*Test*", "*", "**/*.java", "*{Test,IT}", "Test?*", " ")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> TestNamePattern.parse(bad));
            assertTrue(e.getMessage().contains("'" + bad.trim() + "'") || bad.isBlank(), e.getMessage());
        }
    }

    @Test
    void matchesNamesAndSaysWhatTheyTest() {
        TestNamePattern suffix = TestNamePattern.parse("*Test");
        TestNamePattern prefix = TestNamePattern.parse("Test*");

        assertTrue(suffix.matches("OrderTest"));
        assertFalse(suffix.matches("OrderTests"));
        assertFalse(suffix.matches("ordertest"));
        assertEquals("Order", suffix.subject("OrderTest"));
        assertEquals("CategoryRuleTest", prefix.subject("TestCategoryRuleTest"));
        assertEquals("", prefix.subject("Test"));
        assertEquals("OrderChecksTest", suffix.nameFor("OrderChecks"));
        assertEquals("test_order", TestNamePattern.parse("test_*").nameFor("order"));
        assertEquals("*Test", suffix.toString());
    }

    @Test
    void aPrefixAndSuffixMayNotOverlap() {
        TestNamePattern pattern = new TestNamePattern("Test", "Test");

        assertFalse(pattern.matches("Test"));
        assertTrue(pattern.matches("TestTest"));
    }
}
