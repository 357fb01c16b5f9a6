package dev.layoutguard.domain.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.ProjectMother;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.StructurePolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StructureDepthRuleTest {

    private final StructureDepthRule rule = new StructureDepthRule();

    @Test
    void flagsOnlyTheShallowestDirectoryBeyondTheLimitBelowATopLevelDirectory() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/pkg/a/b/c/", "src/pkg/a/b/c/d/e/f.py").build();

        assertEquals(List.of(Finding.at("src/pkg/a/b/c/d", "directory nested 5 levels below src/, the limit is 4;"
                + " flatten it or split it into siblings")), rule.check(project));
        assertEquals(Map.of("maxDepth", 6), rule.metrics(project));
    }

    @Test
    void aFocusedProjectFindsOnlyOnTheDirectoriesItReports() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/pkg/a/b/c/d/e/f.py", "docs/a/b/c/d/e/notes.md").build();

        assertEquals(List.of(Finding.at("src/pkg/a/b/c/d", "directory nested 5 levels below src/, the limit is 4;"
                + " flatten it or split it into siblings")),
                rule.check(project.focused(path -> path.startsWith("src/pkg/a/b/c/d"))));
        assertEquals(List.of(), rule.check(project.focused(path -> path.equals("src/pkg/a/b/c/d/e"))),
                "only the shallowest too-deep directory is flagged, and it is not reported on");
    }

    @Test
    void acceptsTheSeedsDeepestDirectoriesAtTheLimit() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/pynomaly/infrastructure/persistence/repositories/",
                        "deploy/kubernetes/charts/pynomaly/templates/deployment.yaml")
                .build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(Map.of("maxDepth", 4), rule.metrics(project));
    }

    @Test
    void countsMavenSourcesBelowTheBasePackage() {
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/com/example/shop/domain/order/line/item/", "src/main/java/com/example/shop/"
                        + "application/a/b/c/d/", "src/test/java/com/example/shop/domain/order/line/item/x/")
                .build();

        assertEquals(List.of(
                Finding.at("src/main/java/com/example/shop/application/a/b/c/d", "directory nested 5 levels below "
                        + "src/main/java/com/example/shop/, the limit is 4; flatten it or split it into siblings"),
                Finding.at("src/test/java/com/example/shop/domain/order/line/item/x", "directory nested 5 levels below "
                        + "src/test/java/com/example/shop/, the limit is 4; flatten it or split it into siblings")),
                rule.check(project));
        assertEquals(Map.of("maxDepth", 5), rule.metrics(project));
    }

    @Test
    void neverFlagsTheDirectoriesLeadingToALongBasePackage() {
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/org/acme/platform/billing/core/engine/Invoice.java").build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(Map.of("maxDepth", 1), rule.metrics(project));
    }

    @Test
    void countsMavenPathsOutsideTheBasePackageBelowTheirSourceDirectory() {
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/com/example/shop/domain/", "src/main/resources/static/assets/img/icons/small/",
                        "docs/a/b/c/d/e/")
                .build();

        assertEquals(List.of(
                Finding.at("docs/a/b/c/d/e", "directory nested 5 levels below docs/, the limit is 4; flatten it or"
                        + " split it into siblings"),
                Finding.at("src/main/resources/static/assets/img/icons/small", "directory nested 5 levels below "
                        + "src/main/resources/, the limit is 4; flatten it or split it into siblings")),
                rule.check(project));
    }

    @Test
    void doesNotLookInsideVirtualEnvironmentsOrRuntimeData() {
        Project project = ProjectMother.with(Presets.python())
                .paths("environments/.venv/pyvenv.cfg", "environments/.venv/lib/python3.12/site-packages/a/b/",
                        "storage/cache/a/b/c/d/e/")
                .build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(Map.of("maxDepth", 1), rule.metrics(project));
    }

    @Test
    void leavesExcludedDirectoriesOutOfTheMetric() {
        Project project = ProjectMother.with(Presets.python().withExcludes(Glob.all("legacy/**")))
                .paths("legacy/a/b/c/d/e/", "src/pkg/").build();

        assertEquals(Map.of("maxDepth", 1), rule.metrics(project));
    }

    @Test
    void countsEveryTopLevelPackageTreeOfABuildsSourceRootFromItsOwnBase() {
        // jacoco's org.jacoco.agent.rt: <sourceDirectory>src</sourceDirectory> holding two package trees
        Preset preset = withSourceRoots(Presets.maven(), "src");
        Project project = ProjectMother.with(preset)
                .paths("src/org/jacoco/agent/rt/RT.java", "src/org/jacoco/agent/rt/internal/output/File.java",
                        "src/com/vladium/emma/rt/RT.java")
                .build();
        Project deeper = ProjectMother.with(preset)
                .paths("src/org/jacoco/agent/rt/RT.java", "src/org/jacoco/agent/rt/a/b/c/d/e/F.java").build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(List.of(Finding.at("src/org/jacoco/agent/rt/a/b/c/d/e", "directory nested 5 levels below "
                + "src/org/jacoco/agent/rt/, the limit is 4; flatten it or split it into siblings")), rule.check(deeper));
    }

    @Test
    void countsSiblingPackagesAndTheirMirrorsInEverySourceSetFromTheSameBase() {
        // ddd-by-examples/library: a layer package deep in one feature must not move the base for its siblings
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/io/pillopl/library/LibraryApplication.java",
                        "src/main/java/io/pillopl/library/lending/book/application/A.java",
                        "src/main/java/io/pillopl/library/lending/book/infrastructure/B.java",
                        "src/main/java/io/pillopl/library/commons/events/publisher/C.java",
                        "src/test/groovy/io/pillopl/library/lending/patron/model/D.groovy",
                        "src/integration-test/groovy/io/pillopl/library/common/events/E.groovy")
                .build();
        Project deeper = ProjectMother.with(Presets.maven())
                .paths("src/main/java/io/pillopl/library/LibraryApplication.java",
                        "src/main/java/io/pillopl/library/lending/book/application/A.java",
                        "src/integration-test/groovy/io/pillopl/library/lending/a/b/c/d/E.groovy")
                .build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(List.of(Finding.at("src/integration-test/groovy/io/pillopl/library/lending/a/b/c/d",
                "directory nested 5 levels below src/integration-test/groovy/io/pillopl/library/, the limit is 4;"
                        + " flatten it or split it into siblings")), rule.check(deeper));
    }

    @Test
    void startsAgainInEachGradleSubprojectAndSourceSet() {
        // square/kotlinpoet: Gradle subprojects and Kotlin multiplatform source sets
        Project project = ProjectMother.with(Presets.maven())
                .paths("interop/ksp/test-processor/build.gradle.kts",
                        "interop/ksp/test-processor/src/main/kotlin/com/squareup/kotlinpoet/ksp/test/processor/P.kt",
                        "kotlinpoet/build.gradle.kts", "kotlinpoet/src/jvmMain/kotlin/com/squareup/kotlinpoet/A.kt",
                        "kotlinpoet/src/jvmTest/java/com/squareup/kotlinpoet/B.java")
                .build();
        Project deeper = ProjectMother.with(Presets.maven())
                .paths("interop/ksp/test-processor/build.gradle.kts", "interop/ksp/test-processor/docs/a/b/c/d/e/",
                        "interop/ksp/other/a/b/c/")
                .build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(List.of(
                Finding.at("interop/ksp/other/a/b/c", "directory nested 5 levels below interop/, the limit is 4;"
                        + " flatten it or split it into siblings"),
                Finding.at("interop/ksp/test-processor/docs/a/b/c/d/e", "directory nested 5 levels below "
                        + "interop/ksp/test-processor/docs/, the limit is 4; flatten it or split it into siblings")),
                rule.check(deeper));
    }

    @Test
    void countsATestOnlyModulesTestsAndOtherSourceKindsFromTheirOwnBase() {
        // gson's test-jpms (src/main/java holds only module-info.java) and its src/main/java-templates
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/java/module-info.java", "src/test/java/module-info.java",
                        "src/test/java/com/google/gson/jpms_test/opened/ReflectionTest.java",
                        "src/main/java-templates/com/google/gson/internal/GsonBuildConfig.java")
                .build();

        assertEquals(List.of(), rule.check(project));
    }

    @Test
    void doesNotLookInsideMigrationsVendoredDependenciesOrServicesOfTheirOwn() {
        Project project = ProjectMother.with(Presets.python())
                .paths("src/shop/infrastructure/persistence/migrations/script.py.mako",
                        "src/shop/infrastructure/persistence/migrations/versions/1a2b_init.py",
                        "web/node_modules/@scope/pkg/dist/esm/a/b.js", "third/vendor/a/b/c/d/e/", "third/go.mod",
                        "src/currencyservice/package.json", "src/currencyservice/proto/grpc/health/v1/health.proto")
                .build();
        Project lookAlike = ProjectMother.with(Presets.python())
                .paths("src/shop/infrastructure/persistence/releases/versions/1a2b_init.py",
                        "vendor/a/b/c/d/e/", "src/paymentservice/proto/grpc/health/v1/health.proto")
                .build();

        assertEquals(List.of(), rule.check(project));
        assertEquals(List.of(
                Finding.at("src/paymentservice/proto/grpc/health/v1", "directory nested 5 levels below src/, the limit"
                        + " is 4; flatten it or split it into siblings"),
                Finding.at("src/shop/infrastructure/persistence/releases/versions", "directory nested 5 levels below"
                        + " src/, the limit is 4; flatten it or split it into siblings"),
                Finding.at("vendor/a/b/c/d/e", "directory nested 5 levels below vendor/, the limit is 4; flatten it or"
                        + " split it into siblings")),
                rule.check(lookAlike));
    }

    @Test
    void keepsCountingFromATopLevelDirectoryThatHoldsABuild() {
        // cosmicpython/code keeps setup.py in src/: src is still where the python preset counts from
        Project project = ProjectMother.with(Presets.python())
                .paths("src/setup.py", "src/allocation/adapters/a/b/c/").build();

        assertEquals(List.of(Finding.at("src/allocation/adapters/a/b/c", "directory nested 5 levels below src/, the"
                + " limit is 4; flatten it or split it into siblings")), rule.check(project));
    }

    @Test
    void doesNotLookInsideFlywayOrLiquibaseMigrations() {
        Project project = ProjectMother.with(Presets.maven())
                .paths("src/main/resources/db/migration/postgres/a/b/c/V1__init.sql",
                        "src/main/resources/db/changelog/a/b/c/d/changes.yaml", "src/main/resources/db/seeds/a/b/c/d/")
                .build();

        assertEquals(List.of(Finding.at("src/main/resources/db/seeds/a/b/c", "directory nested 5 levels below "
                + "src/main/resources/, the limit is 4; flatten it or split it into siblings")), rule.check(project));
    }

    @Test
    void countsAnAntoraComponentsPagesBelowTheDirectoriesAntoraRequires() {
        String[] pages = {"docs/modules/ROOT/pages/servlet/oauth2/login/advanced.adoc", "docs/modules/ROOT/nav.adoc"};
        Project antora = ProjectMother.with(Presets.maven()).paths("docs/antora.yml").paths(pages).build();
        Project plain = ProjectMother.with(Presets.maven()).paths(pages).build();
        Project deeper = ProjectMother.with(Presets.maven())
                .paths("docs/antora.yml", "docs/modules/ROOT/pages/a/b/c/d/e/x.adoc").build();

        assertEquals(List.of(), rule.check(antora));
        assertEquals(List.of(Finding.at("docs/modules/ROOT/pages/servlet/oauth2", "directory nested 5 levels below "
                + "docs/, the limit is 4; flatten it or split it into siblings")), rule.check(plain));
        assertEquals(List.of(Finding.at("docs/modules/ROOT/pages/a/b/c/d/e", "directory nested 5 levels below "
                + "docs/modules/ROOT/pages/, the limit is 4; flatten it or split it into siblings")), rule.check(deeper));
    }

    private static Preset withSourceRoots(Preset preset, String... roots) {
        StructurePolicy structure = preset.structure();
        return preset.withStructure(structure.withRoots(List.of(roots), structure.resourceRoots()));
    }
}
