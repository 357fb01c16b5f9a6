package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangedPathsTest {

    private final ChangedPaths changed = new ChangedPaths(Set.of("Notes_GUIDE.md", "tmp/scratch.txt",
            "src/main/java/shop/domain/Order.java"));

    @Test
    void coversChangedFilesAndDirectoriesWithChangesBelowThem() {
        assertTrue(changed.covers("Notes_GUIDE.md"));
        assertTrue(changed.covers("tmp"), "a root directory whose content changed");
        assertTrue(changed.covers("src/main/java/shop/domain"));
    }

    @Test
    void coversNeitherLookAlikesNorTheProjectAsAWhole() {
        assertFalse(changed.covers("tmp/scratch.txt.bak"));
        assertFalse(changed.covers("tm"));
        assertFalse(changed.covers("src/main/java/shop/domai"));
        assertFalse(changed.covers("."));
        assertFalse(changed.covers("README.md"));
    }

    @Test
    void narrowsAReportToTheViolationsOnChangedPaths() {
        Violation guide = violation("Notes_GUIDE.md");
        Report report = new Report("1", "maven", 9, List.of(violation("OLD_GUIDE.md"), guide), Map.of("rootFiles", 9),
                2, 5);

        Report narrowed = changed.narrow(report);

        assertEquals(List.of(guide), narrowed.violations());
        assertEquals(report.metrics(), narrowed.metrics());
        assertEquals(report.baselined(), narrowed.baselined());
        assertEquals(report.files(), narrowed.files());
    }

    private static Violation violation(String path) {
        return new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, path, null, "guide in the project root",
                "docs/" + path, null);
    }
}
