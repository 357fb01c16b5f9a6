package dev.layoutguard.application.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuildTest {

    private static final Path PROJECT = Path.of("/work/shop");

    @Test
    void keepsTheModulesInsideTheProjectWithSlashes() {
        Build build = new Build(PROJECT, PROJECT.resolve("target"), List.of("./api", "modules\\web", "../sibling",
                "/abs/module", ""), true, PROJECT);

        assertEquals(List.of("api", "modules/web"), build.modules());
    }

    @Test
    void keepsTheLayoutsDirectoriesInsideTheProjectAndOutsideItsBuildDirectory() {
        BuildLayout layout = new BuildLayout(List.of("/work/shop/src/main/java", "/work/shop/target/generated-sources",
                "src", "/elsewhere/src"), List.of("src\\it\\java", "/work/shop/src/main/../test/java"),
                List.of("/work/shop/src/main/resources", "/work/shop/src/main/resources/"), List.of("**/*Check.java"),
                List.of());

        BuildLayout kept = new Build(PROJECT, PROJECT.resolve("target"), List.of(), true, PROJECT, layout).layout();

        assertEquals(List.of("src/main/java", "src"), kept.sourceRoots());
        assertEquals(List.of("src/it/java", "src/test/java"), kept.testRoots());
        assertEquals(List.of("src/main/resources"), kept.resourceRoots());
        assertEquals(List.of("**/*Check.java"), kept.unitIncludes());
    }

    @Test
    void modulesMayBeAbsoluteOrClimbBackIntoTheProject() {
        Build build = new Build(PROJECT.resolve("build"), PROJECT.resolve("build/target"), List.of("../core"), true,
                PROJECT);
        Build root = new Build(PROJECT, PROJECT.resolve("target"), List.of("/work/shop/build/../core", "/work/shop",
                "build"), true, PROJECT);

        assertEquals(List.of(), build.modules());
        assertEquals(List.of("core", "build"), root.modules());
    }

    @Test
    void exemptsTheBuildDirectoryOnlyWhenItIsInsideTheProject() {
        assertEquals(Set.of("target", ".mvn/target"), Build.standalone(PROJECT).exempt());
        assertEquals(Set.of("build/out", ".mvn/target"), new Build(PROJECT, PROJECT.resolve("build/./out"), List.of(),
                true, PROJECT).exempt());
        assertEquals(Set.of(".mvn/target"), new Build(PROJECT, Path.of("/tmp/out"), List.of(), true, PROJECT)
                .exempt());
        assertEquals(Set.of(".mvn/target"), new Build(PROJECT, PROJECT, List.of(), true, PROJECT).exempt());
    }
}
