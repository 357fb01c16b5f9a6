package dev.layoutguard.domain.preset;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TestPolicyTest {

    private final TestPolicy maven = Presets.maven().tests();
    private final TestPolicy python = Presets.python().tests();

    @Test
    void findsTheRootAPathLiesIn() {
        assertEquals("src/test/kotlin", maven.rootOf("src/test/kotlin/com/acme/OrderTest.kt"));
        assertEquals("src/main/java", maven.mirrorRootOf("src/main/java/Order.java"));
        assertNull(maven.rootOf("src/test/javax/OrderTest.java"));
        assertNull(maven.rootOf("src/test/java"));
    }

    @Test
    void exemptsMatchingFilesAndEverythingInsideMatchingDirectories() {
        assertTrue(maven.isExempt("src/test/java/com/acme/package-info.java"));
        assertTrue(maven.isExempt("src/test/java/com/acme/OrderMother.kt"));
        assertTrue(maven.isExempt("src/test/resources/fixtures/SampleTest.java"));
        assertFalse(maven.isExempt("src/test/java/com/acme/MotherTest.java"));
        assertTrue(python.isExempt("tests/unit/__pycache__/test_order.cpython-312.pyc"));
        assertTrue(python.isExempt(".venv/lib/python3.12/site-packages/pkg/test_x.py"));
        assertTrue(maven.isUnmirrored("src/test/java/com/acme/LayoutGuardArchitectureTest.java"));
    }

    @Test
    void knowsItsLanguages() {
        assertTrue(maven.isSource("OrderTest.kt"));
        assertFalse(maven.isSource("OrderTest.groovy"));
        assertFalse(python.isSource(".py"));
    }

    @Test
    void rejectsAUnitCategoryThatIsNotACategory() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TestPolicy(
                TestStyle.PYTEST, List.of("tests"), List.of("unit"), List.of(), "units", List.of("py"), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of("src"), List.of(), List.of(), false));

        assertEquals("unit category 'units' is not one of the categories unit", e.getMessage());
    }
}
