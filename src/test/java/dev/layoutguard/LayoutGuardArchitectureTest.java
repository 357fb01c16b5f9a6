package dev.layoutguard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.layoutguard.application.LayoutCheck;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Violation;
import dev.layoutguard.domain.preset.Glob;
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

    /**
     * The composition root: the only presentation classes that may use infrastructure, each for its reason. Every
     * other class of presentation sees the application and the domain only.
     */
    static final List<LayerException> COMPOSITION_ROOT = List.of(
            new LayerException("dev.layoutguard.presentation.Wiring", "infrastructure",
                    "it picks what the goals run on: the file system walk, file contents, the baseline file, the "
                            + "mover, the skeleton writer and the rule pages"),
            new LayerException("dev.layoutguard.presentation.ReportOutput", "infrastructure",
                    "it renders a run's report through the console format, GitHub annotations and the report writers"),
            new LayerException("dev.layoutguard.presentation.SiteReportPage", "infrastructure",
                    "the site page shows the summary line, the layer diagram and the rule links the HTML report "
                            + "shows"));

    @Test
    void thisRepositoryPassesItsOwnCheck() throws Exception {
        Path repository = Path.of("").toAbsolutePath();
        Preset maven = Presets.maven();
        LayerPolicy layers = maven.layers();
        List<LayerException> exceptions = new ArrayList<>(layers.exceptions());
        exceptions.addAll(COMPOSITION_ROOT);
        // Jazzer reads a fuzz test's seeds from <package>/<TestClass>Inputs/<method>/, one level deeper than the limit
        Preset preset = maven.withLayers(layers.withExceptions(exceptions))
                .withExcludes(Glob.all("src/test/resources/dev/layoutguard/**/*TestInputs/*"));
        Project project = Project.standalone(new ProjectScanner(true, Set.of("target")).scan(repository), preset,
                new FileContents(repository, 64L * 1024 * 1024));

        Report report = LayoutCheck.withAllRules("self").run(project, Selection.all());

        assertEquals(List.of(), report.violations().stream().map(Violation::toString).toList());
        // the layer rules saw our code: every source under dev/layoutguard/<layer>/ was read and lexed
        assertEquals(0, report.metrics().get("unreadableSources"));
        assertTrue(report.metrics().get("layeredSources") > 40, "layered sources: " + report.metrics());
    }
}
