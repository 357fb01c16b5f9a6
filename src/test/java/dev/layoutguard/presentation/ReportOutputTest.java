package dev.layoutguard.presentation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.layoutguard.application.Baseline;
import dev.layoutguard.application.CheckKey;
import dev.layoutguard.application.LayoutSession;
import dev.layoutguard.application.PresetLimits;
import dev.layoutguard.application.Report;
import dev.layoutguard.application.Selection;
import dev.layoutguard.application.settings.Build;
import dev.layoutguard.application.settings.Settings;
import dev.layoutguard.domain.ContentReader;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RuleFamily;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.tree.ProjectTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportOutputTest {

    private static final Path PROJECT = Path.of("/work/shop").toAbsolutePath();

    private final List<String> lines = new ArrayList<>();

    @Test
    void warnsWhenTheLayerRulesRunOnAGraphWithACycle() {
        LayerPolicy layers = Presets.maven().layers();
        Map<String, Set<String>> cyclic = new HashMap<>(layers.allowed());
        cyclic.put("domain", Set.of("infrastructure"));
        Preset preset = Presets.maven().withLayers(new LayerPolicy(layers.sourceRoots(), layers.basePackage(),
                layers.layers(), cyclic, layers.exceptions()));

        announce(preset, EnumSet.of(RuleFamily.LAYERS));
        announce(preset, EnumSet.of(RuleFamily.ROOT));
        announce(Presets.maven(), EnumSet.of(RuleFamily.LAYERS));

        assertEquals(1, lines.stream().filter(line -> line.startsWith("WARN")).count(), String.join("\n", lines));
        assertEquals("WARN The layer graph has a cycle, domain -> infrastructure -> domain: layers in "
                + "a cycle may use each other, so none of them is kept inner; remove an edge from layers.dependencies "
                + "or layers.allow", lines.get(1));
    }

    @Test
    void aCheckAnsweredFromTheKeptResultSaysSoAndHowToCheckAgain() {
        announce(Presets.maven(), EnumSet.of(RuleFamily.ROOT), true);

        assertEquals(List.of("INFO LayoutGuard 1.0: maven preset, 1 rule, 0 files", "INFO Nothing the check reads "
                + "changed since the last one: its findings are the ones kept in target/layout/cache "
                + "(-Dlayout.cache=false checks again)"), lines);
    }

    @Test
    void aCheckAnsweredFromTheKeptResultLeavesTheReportFilesItWroteFromItAsTheyAre(@TempDir Path project)
            throws IOException {
        ReportOutput output = withKeptResult(project);
        Path json = project.resolve("target/layout/report.json");

        output.publish(outcome(ROOT, true));
        Object written = fileKey(json);
        output.publish(outcome(ROOT, true));
        assertEquals(written, fileKey(json));

        output.publish(outcome(ROOT, false));
        Object checked = fileKey(json);
        assertNotEquals(written, checked);
        output.publish(outcome(ROOT, true));
        assertNotEquals(checked, fileKey(json));
    }

    @Test
    void theFirstCheckAnsweredFromAResultLeavesTheReportFilesOfTheCheckThatKeptItAsTheyAre(@TempDir Path project)
            throws IOException {
        ReportOutput output = withKeptResult(project);
        Path json = project.resolve("target/layout/report.json");

        output.publish(outcome(ROOT, false, true));
        Object kept = fileKey(json);
        output.publish(outcome(ROOT, true));
        assertEquals(kept, fileKey(json));

        output.publish(outcome(ROOT, false, false));
        Object notKept = fileKey(json);
        output.publish(outcome(ROOT, true));
        assertNotEquals(notKept, fileKey(json));
    }

    private static final Selection ROOT = new Selection(EnumSet.of(RuleFamily.ROOT), Set.of(), Set.of());

    /** The output of a project whose cache holds a kept result of the root rules. */
    private ReportOutput withKeptResult(Path project) throws IOException {
        Settings settings = Settings.builder(new Build(project, project.resolve("target"), List.of(), true, project))
                .build();
        Path cache = settings.outputDirectory().resolve(Wiring.CACHE).resolve(CheckKey.name(ROOT) + ".cache");
        Files.createDirectories(cache.getParent());
        Files.writeString(cache, "kept\n");
        return new ReportOutput(settings, "1.0", recording(), name -> null, Commands.MAVEN);
    }

    private static LayoutSession.Outcome outcome(Selection selection, boolean kept) {
        return outcome(selection, kept, kept);
    }

    private static LayoutSession.Outcome outcome(Selection selection, boolean kept, boolean cached) {
        Preset preset = Presets.named("maven").orElseThrow();
        Project project = new Project(ProjectTree.of(List.of()), preset, List.of(), true, ContentReader.none());
        Report report = new Report("1.0", preset.name(), 0, List.of(), Map.of(), 0, 1);
        return new LayoutSession.Outcome(project, selection, 1, report, Baseline.none(), kept, cached,
                PresetLimits.of(preset));
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class).fileKey();
    }

    private void announce(Preset preset, Set<RuleFamily> families) {
        announce(preset, families, false);
    }

    private void announce(Preset preset, Set<RuleFamily> families, boolean kept) {
        Build build = new Build(PROJECT, PROJECT.resolve("target"), List.of(), true, PROJECT);
        Project project = new Project(ProjectTree.of(List.of()), preset, List.of(), true, ContentReader.none());
        Report report = new Report("1.0", preset.name(), 0, List.of(), Map.of(), 0, 1);
        LayoutSession.Outcome outcome = new LayoutSession.Outcome(project, new Selection(families, Set.of(), Set.of()),
                1, report, Baseline.none(), kept, kept, PresetLimits.of(preset));
        new ReportOutput(Settings.builder(build).build(), "1.0", recording(), name -> null, Commands.MAVEN)
                .announce(outcome);
    }

    /** A console that keeps each line with its level. */
    private Console recording() {
        return new Console() {
            @Override
            public void info(String line) {
                lines.add("INFO " + line);
            }

            @Override
            public void warn(String line) {
                lines.add("WARN " + line);
            }

            @Override
            public void error(String line) {
                lines.add("ERROR " + line);
            }
        };
    }
}
