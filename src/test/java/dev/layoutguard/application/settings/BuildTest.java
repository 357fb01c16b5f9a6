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
    void exemptsTheBuildDirectoryOnlyWhenItIsInsideTheProject() {
        assertEquals(Set.of("target"), Build.standalone(PROJECT).exempt());
        assertEquals(Set.of("build/out"), new Build(PROJECT, PROJECT.resolve("build/./out"), List.of(), true, PROJECT)
                .exempt());
        assertEquals(Set.of(), new Build(PROJECT, Path.of("/tmp/out"), List.of(), true, PROJECT).exempt());
        assertEquals(Set.of(), new Build(PROJECT, PROJECT, List.of(), true, PROJECT).exempt());
    }
}
