package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Presets;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoveForecastTest {

    private static final String TEST = "package com.acme.shop;\nimport org.junit.jupiter.api.Test;\n"
            + "class PaymentTest {\n  @Test void pays() {}\n}\n";
    private final LayoutCheck check = LayoutCheck.withAllRules("1");
    private final Selection all = Selection.families(EnumSet.allOf(RuleFamily.class));

    @Test
    void aTestMovedToTheTestRootNextToItsClassBringsNothingAbout() {
        Project project = ProjectMother.with(Presets.maven()).files("docs/index.md", "# shop",
                "src/main/java/com/acme/shop/Payment.java", "package com.acme.shop;\npublic class Payment {}",
                "src/main/java/com/acme/shop/PaymentTest.java", TEST).build();

        assertEquals(List.of(), forecast(project));
    }

    @Test
    void namesWhatAnotherRuleReportsWhereTheEntryLands() {
        Project project = ProjectMother.with(Presets.maven()).files("docs/index.md", "# shop",
                "src/main/java/com/acme/shop/Order.java", "package com.acme.shop;\npublic class Order {}",
                "src/main/java/com/acme/shop/billing/Payment.java",
                "package com.acme.shop.billing;\npublic class Payment {}",
                "src/main/java/com/acme/shop/PaymentTest.java", TEST).build();

        assertEquals(List.of("test-mirror src/test/java/com/acme/shop/PaymentTest.java"), forecast(project).stream()
                .map(violation -> violation.rule().id() + " " + violation.path()).toList());
    }

    @Test
    void namesAFindingAMoveBringsAboutElsewhere() {
        Project project = ProjectMother.with(Presets.maven()).files("pom.xml", "<project/>", "USER_GUIDE.md", "# guide")
                .build();

        assertEquals(List.of("docs-required docs/index.md: required documentation file is missing (docs/ must hold "
                + "index.md)"), forecast(project).stream()
                        .map(violation -> violation.rule().id() + " " + violation.path() + ": " + violation.message())
                        .toList());
    }

    @Test
    void movesWhatADirectoryHoldsWithIt() {
        Project project = ProjectMother.with(Presets.maven()).files("a/b/c.txt", "x", "d/", "").build();

        assertEquals(List.of("a", "d", "d/e", "d/e/b", "d/e/b/c.txt"), MoveForecast.moved(project.tree(),
                List.of(new Move("a/b", "d/e/b"))).entries().stream().map(entry -> entry.path()).toList());
    }

    private List<Violation> forecast(Project project) {
        Report before = check.run(project, all);
        MovePlan plan = MovePlan.of(before.violations());
        assertEquals(1, plan.moves().size(), "the plan moves the entry: " + plan);
        return MoveForecast.of(check, project, all, before.violations(), plan.moves());
    }
}
