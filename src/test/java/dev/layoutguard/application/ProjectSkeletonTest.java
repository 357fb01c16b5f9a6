package dev.layoutguard.application;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.RootPolicy;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProjectSkeletonTest {

    @Test
    void thePythonSkeletonIsThePlansTargetStructure() {
        List<SkeletonEntry> skeleton = ProjectSkeleton.of(Presets.python());

        assertEquals(List.of("config", "config/defaults", "config/environments", "config/templates",
                "config/validation", "deploy", "deploy/ci-cd", "deploy/cloud", "deploy/docker", "deploy/kubernetes",
                "docs", "docs/deployment", "docs/developer-guides", "docs/examples", "docs/getting-started",
                "docs/index.md", "docs/reference", "docs/user-guides", "environments", "examples", "reports", "scripts",
                "scripts/build", "scripts/deploy", "scripts/dev", "scripts/maintenance", "scripts/test",
                "scripts/validation", "src", "storage", "tests", "tests/e2e", "tests/fixtures", "tests/integration",
                "tests/performance", "tests/ui", "tests/unit"), skeleton.stream().map(SkeletonEntry::path).toList());
    }

    @Test
    void givesEachDirectoryAReadmeSayingWhatBelongsThere() {
        assertEquals(new SkeletonEntry("tests/unit", true, Map.of("README.md", """
                # tests/unit

                Unit tests, one per module, mirroring the source tree.

                Created by `mvn layout:init` (python preset); replace this text with what your team keeps here.
                """), null), find(ProjectSkeleton.of(Presets.python()), "tests/unit"));
    }

    @Test
    void leavesStubsOutOfTheSourceTreeAndOutOfATestRootThatHoldsOnlyItsCategories() {
        List<SkeletonEntry> python = ProjectSkeleton.of(Presets.python());

        assertEquals(Map.of(), find(python, "src").files());
        assertEquals(Map.of(), find(python, "tests").files());
        assertEquals(List.of(), ProjectSkeleton.of(Presets.maven()).stream()
                .filter(entry -> entry.path().startsWith("src")).filter(entry -> !entry.files().isEmpty()).toList());
    }

    @Test
    void leavesStubsOutOfADirectoryWhereEveryFileIsAnEnvironmentConfiguration() {
        assertEquals(Map.of(), find(ProjectSkeleton.of(Presets.python()), "config/environments").files());
        assertEquals(1, find(ProjectSkeleton.of(Presets.python()), "config/templates").files().size());
    }

    @Test
    void theDocsDirectoryGetsItsRequiredIndexInsteadOfAReadme() {
        List<SkeletonEntry> python = ProjectSkeleton.of(Presets.python());

        assertEquals(Map.of(), find(python, "docs").files());
        assertEquals(new SkeletonEntry("docs/index.md", false, Map.of(), """
                # docs

                All documentation; start at the index.

                Created by `mvn layout:init` (python preset); replace this text with what your team keeps here.
                """), find(python, "docs/index.md"));
    }

    @Test
    void runtimeDirectoriesKeepTheirContentsOutOfGit() {
        assertEquals(List.of("README.md", ".gitignore"),
                List.copyOf(find(ProjectSkeleton.of(Presets.python()), "storage").files().keySet()));
        assertEquals("# Runtime data stays out of git; only this file and the README are kept.\n*\n!.gitignore\n"
                + "!README.md\n", find(ProjectSkeleton.of(Presets.python()), "reports").files().get(".gitignore"));
    }

    @Test
    void aMavenBuildThatCompilesSourcesGetsItsSourceAndTestRootsOnly() {
        List<SkeletonEntry> skeleton = ProjectSkeleton.needed(Presets.maven(), true);

        assertEquals(List.of("src", "src/main", "src/main/java", "src/test", "src/test/java"),
                skeleton.stream().map(SkeletonEntry::path).toList());
        assertEquals(List.of(), skeleton.stream().filter(entry -> !entry.files().isEmpty()).toList(),
                "no stub in the source tree");
    }

    @Test
    void aPomBuildGetsNothingAndAPythonProjectThePlansTree() {
        assertEquals(List.of(), ProjectSkeleton.needed(Presets.maven(), false));
        assertEquals(ProjectSkeleton.of(Presets.python()), ProjectSkeleton.needed(Presets.python(), false));
    }

    @Test
    void listsOnlyWhatTheRootAllowlistPermits() {
        RootPolicy root = Presets.python().root();
        RootPolicy narrower = new RootPolicy(root.allowedFiles(), Glob.all("src", "tests", "docs"), root.prohibited(),
                root.maxFiles());

        assertEquals(List.of("docs", "src", "tests"), ProjectSkeleton.of(Presets.python().withRoot(narrower)).stream()
                .map(SkeletonEntry::path).filter(path -> path.indexOf('/') < 0).toList());
    }

    private static SkeletonEntry find(List<SkeletonEntry> skeleton, String path) {
        return skeleton.stream().filter(entry -> entry.path().equals(path)).findFirst().orElseThrow();
    }
}
