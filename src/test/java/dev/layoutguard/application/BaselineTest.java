package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BaselineTest {

    private static final Violation DOCKERFILE = new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, "Dockerfile",
            null, "Docker file in the project root (matches Dockerfile*)", "deploy/docker/Dockerfile", null);
    private static final Violation NOTES = new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, "notes.txt", null,
            "file not allowed in the project root", null, null);

    @Test
    void acceptsViolationsOfTheSameRulePathAndReferenceWhateverTheLineAndMessage() {
        Baseline baseline = Baseline.of(List.of(
                new BaselineEntry(RuleId.LAYER_DEPENDENCY, "src/a/domain/A.java", "a.infrastructure.Db", 1)));
        Violation moved = new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/a/domain/A.java", 42,
                "domain imports infrastructure, worded anew", null, "a.infrastructure.Db");

        assertEquals(new Baseline.Filtered(List.of(), 1), baseline.filter(List.of(moved), rule -> true,
                Severity.WARNING));
    }

    @Test
    void addsCountsUpToTheLargestCountWithoutWrappingAround() {
        BaselineEntry most = new BaselineEntry(RuleId.ROOT_ALLOWLIST, "a", null, Integer.MAX_VALUE);
        BaselineEntry other = new BaselineEntry(RuleId.ROOT_ALLOWLIST, "b", null, Integer.MAX_VALUE);

        Baseline baseline = Baseline.of(List.of(most, most, other));

        assertEquals(List.of(most, other), baseline.entries());
        assertEquals(2L * Integer.MAX_VALUE, baseline.size());
    }

    @Test
    void reportsANewViolationOnTopOfTheBaseline() {
        Baseline baseline = Baseline.accepting(List.of(DOCKERFILE));

        assertEquals(new Baseline.Filtered(List.of(NOTES), 1), baseline.filter(List.of(DOCKERFILE, NOTES),
                rule -> true, Severity.WARNING));
    }

    @Test
    void doesNotAcceptTheSamePathReferencingSomethingElse() {
        Baseline baseline = Baseline.of(List.of(
                new BaselineEntry(RuleId.LAYER_DEPENDENCY, "src/a/domain/A.java", "a.infrastructure.Db", 1)));
        Violation other = new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/a/domain/A.java", 3,
                "domain imports presentation", null, "a.presentation.Web");

        List<Violation> reported = baseline.filter(List.of(other), rule -> true, Severity.WARNING).violations();

        assertEquals(other, reported.get(0));
        assertEquals(2, reported.size());
    }

    @Test
    void acceptsAsManyViolationsOfOneKeyAsItsCountAndReportsTheRest() {
        Violation first = new Violation(RuleId.CONFIG_SECRET, Severity.ERROR, "config/app.yml", 3, "secret", null,
                null);
        Violation second = new Violation(RuleId.CONFIG_SECRET, Severity.ERROR, "config/app.yml", 9, "secret", null,
                null);
        Violation third = new Violation(RuleId.CONFIG_SECRET, Severity.ERROR, "config/app.yml", 12, "secret", null,
                null);
        Baseline baseline = Baseline.accepting(List.of(first, second));

        assertEquals(List.of(new BaselineEntry(RuleId.CONFIG_SECRET, "config/app.yml", null, 2)), baseline.entries());
        assertEquals(new Baseline.Filtered(List.of(third), 2), baseline.filter(List.of(third, first, second),
                rule -> true, Severity.WARNING));
    }

    @Test
    void reportsAnEntryThatNoLongerMatchesAsAStaleWarningAtItsPath() {
        Baseline baseline = Baseline.accepting(List.of(DOCKERFILE, NOTES));

        assertEquals(new Baseline.Filtered(List.of(new Violation(RuleId.ROOT_PROHIBITED, Severity.WARNING,
                "Dockerfile", null, "stale baseline entry: the baseline accepts 1 violation of this rule here, the "
                        + "check found none; run mvn layout:baseline to shrink the baseline", null, null)), 1),
                baseline.filter(List.of(NOTES), rule -> true, Severity.WARNING));
    }

    @Test
    void reportsAStaleEntryWithTheGivenSeverityAndItsReference() {
        Baseline baseline = Baseline.of(List.of(
                new BaselineEntry(RuleId.LAYER_DEPENDENCY, "src/a/domain/A.java", "a.infrastructure.Db", 3)));
        Violation left = new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR, "src/a/domain/A.java", 4, "imports",
                null, "a.infrastructure.Db");

        assertEquals(new Baseline.Filtered(List.of(new Violation(RuleId.LAYER_DEPENDENCY, Severity.ERROR,
                "src/a/domain/A.java", null, "stale baseline entry: the baseline accepts 3 violations of this rule "
                        + "here referencing a.infrastructure.Db, the check found 1; run mvn layout:baseline to shrink "
                        + "the baseline", null, "a.infrastructure.Db")), 1),
                baseline.filter(List.of(left), rule -> true, Severity.ERROR));
    }

    @Test
    void entriesOfRulesThatDidNotRunAreNeitherMatchedNorStale() {
        Baseline baseline = Baseline.accepting(List.of(DOCKERFILE, NOTES));

        assertEquals(new Baseline.Filtered(List.of(), 1), baseline.filter(List.of(NOTES),
                Set.of(RuleId.ROOT_ALLOWLIST)::contains, Severity.WARNING));
    }

    @Test
    void sortsEntriesByRulePathAndReferenceAndAddsUpDuplicates() {
        Baseline baseline = Baseline.of(List.of(
                new BaselineEntry(RuleId.ROOT_PROHIBITED, "b", null, 1),
                new BaselineEntry(RuleId.LAYER_DEPENDENCY, "a", "x.Z", 1),
                new BaselineEntry(RuleId.ROOT_PROHIBITED, "a", null, 2),
                new BaselineEntry(RuleId.LAYER_DEPENDENCY, "a", null, 1),
                new BaselineEntry(RuleId.ROOT_PROHIBITED, "a", null, 1)));

        assertEquals(List.of(
                new BaselineEntry(RuleId.LAYER_DEPENDENCY, "a", null, 1),
                new BaselineEntry(RuleId.LAYER_DEPENDENCY, "a", "x.Z", 1),
                new BaselineEntry(RuleId.ROOT_PROHIBITED, "a", null, 3),
                new BaselineEntry(RuleId.ROOT_PROHIBITED, "b", null, 1)), baseline.entries());
        assertEquals(6, baseline.size());
    }

    @Test
    void keepsTheOlderEntriesOfRulesThatDidNotRun() {
        Baseline older = Baseline.accepting(List.of(DOCKERFILE, NOTES));
        Baseline fresh = Baseline.none();

        assertEquals(Baseline.accepting(List.of(DOCKERFILE)),
                fresh.keeping(older, Set.of(RuleId.ROOT_ALLOWLIST)::contains));
    }

    @Test
    void rejectsEntriesThatLeaveTheProjectOrCountNothing() {
        assertThrows(IllegalArgumentException.class, () -> new BaselineEntry(RuleId.ROOT_ALLOWLIST, "../x", null, 1));
        assertThrows(IllegalArgumentException.class, () -> new BaselineEntry(RuleId.ROOT_ALLOWLIST, "x", null, 0));
        assertThrows(IllegalArgumentException.class, () -> new BaselineEntry(RuleId.ROOT_ALLOWLIST, "x", "", 1));
    }
}
