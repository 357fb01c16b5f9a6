package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.RuleId;
import dev.layoutguard.domain.Severity;
import dev.layoutguard.domain.Violation;
import java.util.List;
import org.junit.jupiter.api.Test;

class MovePlanTest {

    @Test
    void plansOneMovePerFixInPathOrderAndCountsViolationsWithoutAFix() {
        MovePlan plan = MovePlan.of(List.of(
                fix("test_api.py", "tests/test_api.py"),
                fix("Dockerfile", "deploy/docker/Dockerfile"),
                new Violation(RuleId.ROOT_ALLOWLIST, Severity.ERROR, "notes.txt", null, "not allowed", null, null)));

        assertEquals(new MovePlan(List.of(new Move("Dockerfile", "deploy/docker/Dockerfile"),
                new Move("test_api.py", "tests/test_api.py")), List.of(), 1), plan);
    }

    @Test
    void movesAnEntryOnceWhenSeveralRulesAgreeOnItsPlace() {
        MovePlan plan = MovePlan.of(List.of(fix("Dockerfile", "deploy/docker/Dockerfile"),
                new Violation(RuleId.DEPLOY_PLACEMENT, Severity.WARNING, "Dockerfile", null, "outside deploy/",
                        "deploy/docker/Dockerfile", null)));

        assertEquals(List.of(new Move("Dockerfile", "deploy/docker/Dockerfile")), plan.moves());
    }

    @Test
    void skipsAnEntryWhenRulesDisagreeOnItsPlace() {
        MovePlan plan = MovePlan.of(List.of(fix("app.yml", "config/app.yml"),
                new Violation(RuleId.CONFIG_PLACEMENT, Severity.ERROR, "app.yml", null, "misplaced",
                        "src/main/resources/app.yml", null)));

        assertEquals(List.of(), plan.moves());
        assertEquals(List.of(
                new MovePlan.Skipped(new Move("app.yml", "config/app.yml"),
                        "rules disagree on where it belongs: config/app.yml or src/main/resources/app.yml"),
                new MovePlan.Skipped(new Move("app.yml", "src/main/resources/app.yml"),
                        "rules disagree on where it belongs: config/app.yml or src/main/resources/app.yml")),
                plan.skipped());
    }

    @Test
    void skipsEntriesBoundForTheSamePlace() {
        MovePlan plan = MovePlan.of(List.of(fix("a/x.yml", "config/x.yml"), fix("b/x.yml", "config/x.yml"),
                fix("c.yml", "config/c.yml")));

        assertEquals(List.of(new Move("c.yml", "config/c.yml")), plan.moves());
        assertEquals(List.of(
                new MovePlan.Skipped(new Move("a/x.yml", "config/x.yml"),
                        "several entries would move to config/x.yml: a/x.yml, b/x.yml"),
                new MovePlan.Skipped(new Move("b/x.yml", "config/x.yml"),
                        "several entries would move to config/x.yml: a/x.yml, b/x.yml")), plan.skipped());
    }

    @Test
    void skipsAnEntryInsideADirectoryThatMovesAsAWhole() {
        MovePlan plan = MovePlan.of(List.of(fix("build", "reports/builds/build"),
                fix("build/app.yml", "config/app.yml")));

        assertEquals(List.of(new Move("build", "reports/builds/build")), plan.moves());
        assertEquals(List.of(new MovePlan.Skipped(new Move("build/app.yml", "config/app.yml"),
                "its directory build moves as a whole")), plan.skipped());
    }

    @Test
    void skipsTargetsInsideTheEntryOrInsideAnotherMovingEntry() {
        MovePlan plan = MovePlan.of(List.of(fix("docs", "docs/old/docs"), fix("env", "environments/env"),
                fix("x.env", "env/x.env")));

        assertEquals(List.of(new Move("env", "environments/env")), plan.moves());
        assertEquals(List.of(
                new MovePlan.Skipped(new Move("docs", "docs/old/docs"), "its target is inside the entry itself"),
                new MovePlan.Skipped(new Move("x.env", "env/x.env"), "its target overlaps env, which moves too")),
                plan.skipped());
    }

    @Test
    void skipsTheProjectItselfAndEntriesAlreadyInPlace() {
        MovePlan plan = MovePlan.of(List.of(fix(".", "elsewhere"), fix("docs/a.md", "docs/a.md")));

        assertEquals(List.of(), plan.moves());
        assertEquals(List.of(
                new MovePlan.Skipped(new Move(".", "elsewhere"), "the project directory itself cannot move"),
                new MovePlan.Skipped(new Move("docs/a.md", "docs/a.md"), "it is already in place")), plan.skipped());
    }

    private static Violation fix(String path, String target) {
        return new Violation(RuleId.ROOT_PROHIBITED, Severity.ERROR, path, null, "prohibited", target, null);
    }
}
