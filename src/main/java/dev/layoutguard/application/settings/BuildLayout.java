package dev.layoutguard.application.settings;

import static dev.layoutguard.application.settings.PresetChanges.empty;
import static dev.layoutguard.application.settings.PresetChanges.plus;

import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.preset.LayerPolicy;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.StructurePolicy;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the build's own configuration puts the sources, tests and resources, and which test classes its test runners
 * run: the build's model, which wins over the preset's conventions. Directories are relative to the project,
 * {@code /}-separated, inside it and outside the build directory ({@link Build} makes them so).
 *
 * @param sourceRoots   the directories the build compiles as main sources ({@code src/main/java}, {@code src})
 * @param testRoots     the directories the build compiles or runs as tests, its test runners' own included
 * @param resourceRoots       the main and test resource directories
 * @param unitIncludes        the names of the test classes the unit test runner (Surefire) runs, as it writes them
 *                            ({@code **}{@code /*Check.java}); empty for its defaults
 * @param integrationIncludes the names of the test classes the integration test runner (Failsafe) runs; empty for its
 *                            defaults
 */
public record BuildLayout(List<String> sourceRoots, List<String> testRoots, List<String> resourceRoots,
        List<String> unitIncludes, List<String> integrationIncludes) {

    /** A build that says nothing beyond the preset's conventions. */
    public static final BuildLayout NONE = new BuildLayout(List.of(), List.of(), List.of(), List.of(), List.of());

    public BuildLayout {
        sourceRoots = List.copyOf(sourceRoots);
        testRoots = List.copyOf(testRoots);
        resourceRoots = List.copyOf(resourceRoots);
        unitIncludes = List.copyOf(unitIncludes);
        integrationIncludes = List.copyOf(integrationIncludes);
    }

    /**
     * The preset with what the build configures, for the maven preset (the python preset's Maven build only drives the
     * check): test roots are test roots; source roots that are not test roots are layered sources and the sources
     * unit tests mirror; source and test roots hold packages, whose names and depth the structure rules judge;
     * resource roots are configuration locations and mirror the packages; the runners' includes are the names the
     * runners collect tests by, which are the test names too, the unit runner's the unit test names and the
     * integration runner's the integration test names. Directories the project does not hold are left out.
     */
    public Preset applyTo(Preset preset, ProjectTree tree) {
        if (!preset.name().equals(Presets.MAVEN) || unchanged()) {
            return preset;
        }
        List<String> tests = existing(testRoots, tree);
        List<String> sources = existing(sourceRoots, tree);
        sources.removeAll(tests);
        TestPolicy testPolicy = preset.tests().toBuilder()
                .roots(plus(preset.tests().roots(), tests))
                .mirrorRoots(plus(preset.tests().mirrorRoots(), sources))
                .build();
        LayerPolicy layers = preset.layers();
        ConfigPolicy config = preset.config();
        StructurePolicy structure = preset.structure();
        List<String> resources = existing(resourceRoots, tree);
        return preset.withTests(withIncludes(testPolicy))
                .withStructure(structure.withRoots(plus(structure.sourceRoots(), plus(sources, tests)),
                        plus(structure.resourceRoots(), resources)))
                .withLayers(layers.withSourceRoots(plus(layers.sourceRoots(), sources)))
                .withConfig(config.with(plus(config.locations(), resources),
                        config.allowedElsewhere(), config.files(), config.environments(), config.secretKeys()));
    }

    /** Whether this says nothing beyond the preset's conventions: equal to {@link #NONE}. */
    boolean unchanged() {
        return empty(sourceRoots, testRoots, resourceRoots, unitIncludes, integrationIncludes);
    }

    /** The test policy with the runners' names, when the build names its own and each is a name pattern. */
    private TestPolicy withIncludes(TestPolicy tests) {
        List<TestNamePattern> unit = names(unitIncludes);
        List<TestNamePattern> integration = names(integrationIncludes);
        if (unit == null || integration == null || unitIncludes.isEmpty() && integrationIncludes.isEmpty()) {
            return tests;
        }
        if (unit.isEmpty()) {
            // the unit test runner's defaults: what the preset collects that is no integration test name
            unit = tests.collectedNames().stream().filter(name -> !tests.integrationNames().contains(name)).toList();
        }
        List<TestNamePattern> integrationNames = integration.isEmpty() ? tests.integrationNames() : integration;
        List<TestNamePattern> collected = plus(unit, integrationNames);
        List<TestNamePattern> unitNames = unitIncludes.isEmpty() ? tests.unitTestNames() : unit;
        return tests.toBuilder().testNames(collected).collectedNames(collected).unitTestNames(unitNames)
                .integrationNames(integrationNames).build();
    }

    private static List<String> existing(List<String> directories, ProjectTree tree) {
        List<String> existing = new ArrayList<>();
        directories.stream().filter(tree::hasDirectory).filter(directory -> !existing.contains(directory))
                .forEach(existing::add);
        return existing;
    }

    /**
     * The includes as test name patterns, or {@code null} when one of them is not a name pattern
     * ({@code %regex[...]}, {@code **}{@code /*.java}, two {@code *}): the runner may then run classes no name pattern
     * describes, so the preset's names stay in force rather than calling tests that do run "never run".
     */
    private static List<TestNamePattern> names(List<String> includes) {
        List<TestNamePattern> names = new ArrayList<>();
        for (String include : includes) {
            try {
                TestNamePattern name = TestNamePattern.parse(include);
                if (!names.contains(name)) {
                    names.add(name);
                }
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        return names;
    }
}
