package dev.layoutguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.LayoutCheck;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.LayerException;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.infrastructure.FileContents;
import dev.layoutguard.infrastructure.ProjectScanner;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** LayoutGuard checks its own repository with its own engine and the maven preset, as its users would. */
class LayoutGuardArchitectureTest {

    @Test
    void thisRepositoryPassesItsOwnCheck() throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        Preset maven = Presets.maven();
        LayerPolicy layers = maven.layers();
        List<LayerException> exceptions = new ArrayList<>(layers.exceptions());
        // The Mojos are the composition root: the one place that wires the scanner and report writers in.
        exceptions.add(new LayerException("dev.layoutguard.presentation", "infrastructure",
                "the Mojos are the composition root that wires infrastructure to the application"));
        Preset preset = maven.withLayers(new LayerPolicy(layers.sourceRoots(), layers.basePackage(), layers.layers(),
                layers.allowed(), exceptions));
        Project project = Project.standalone(new ProjectScanner(true, Set.of("target")).scan(repository), preset,
                new FileContents(repository, 64L * 1024 * 1024));

        Report report = LayoutCheck.withAllRules("self").run(project, Selection.all());

        assertEquals(List.of(), report.violations().stream().map(Violation::toString).toList());
        // the layer rules saw our code: every source under dev/layoutguard/<layer>/ was read and lexed
        assertEquals(0, report.metrics().get("unreadableSources"));
        assertTrue(report.metrics().get("layeredSources") > 40, "layered sources: " + report.metrics());
    }
}
