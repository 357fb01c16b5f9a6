package dev.layoutguard.application.settings;

import static dev.layoutguard.application.settings.PresetChanges.empty;
import static dev.layoutguard.application.settings.PresetChanges.plus;
import static dev.layoutguard.application.settings.Setting.named;

import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code tests} block: changes to the preset's test policy. Every list extends the preset's; {@code unitCategory}
 * replaces it. Unit and integration test names are test names too.
 *
 * @param roots                test source directories besides the preset's
 * @param categories           directories a test root may hold besides the preset's categories
 * @param rootFiles            files a test root may hold besides its categories
 * @param unitCategory         the category whose tests mirror the sources, or {@code null} for the preset's
 * @param testNames            test name patterns besides the preset's
 * @param unitTestNames        unit test name patterns besides the preset's
 * @param integrationTestNames integration test name patterns besides the preset's
 * @param testAnnotations      simple names of annotations that make a method a test, besides the preset's
 * @param mirrorRoots          directories of the sources unit tests mirror, besides the preset's
 * @param exempt               globs of files that are neither tests nor sources to mirror
 * @param unmirrored           globs of tests that mirror no single source
 * @param strictMirror         whether every unit test must mirror a source in its own package, or {@code null} for
 *                             the preset's choice
 */
public record TestChanges(List<ConfiguredDirectory> roots, List<String> categories, List<String> rootFiles,
        String unitCategory, List<TestNamePattern> testNames, List<TestNamePattern> unitTestNames,
        List<TestNamePattern> integrationTestNames, List<String> testAnnotations, List<ConfiguredDirectory> mirrorRoots,
        List<Glob> exempt, List<Glob> unmirrored, Boolean strictMirror) {

    /** No change. */
    public static final TestChanges NONE = new TestChanges(List.of(), List.of(), List.of(), null, List.of(), List.of(),
            List.of(), List.of(), List.of(), List.of(), List.of(), null);

    /**
     * The preset's policy with these changes, for a project whose directories the tree holds: a directory that is
     * not optional must exist, and the unit category must be one of the categories.
     */
    public TestPolicy applyTo(TestPolicy preset, ProjectTree tree) throws SettingsException {
        if (unchanged()) {
            return preset;
        }
        List<TestNamePattern> allNames = new ArrayList<>(testNames);
        allNames.addAll(unitTestNames);
        allNames.addAll(integrationTestNames);
        List<String> allCategories = plus(preset.categories(), categories);
        String unit = unitCategory == null ? preset.unitCategory() : unitCategory;
        if (unit != null && !allCategories.contains(unit)) {
            throw named("tests.unitCategory").invalid(unit, "not a test category (categories: "
                    + String.join(", ", allCategories) + ")");
        }
        List<String> existingRoots = named("tests.roots").requireIn(roots, tree::hasDirectory);
        List<String> existingMirrorRoots = named("tests.mirrorRoots").requireIn(mirrorRoots,
                tree::hasDirectory);
        return preset.toBuilder()
                .roots(plus(preset.roots(), existingRoots))
                .categories(allCategories)
                .rootFiles(plus(preset.rootFiles(), rootFiles))
                .unitCategory(unit)
                .testNames(plus(preset.testNames(), allNames))
                .collectedNames(plus(preset.collectedNames(), allNames))
                .unitTestNames(plus(preset.unitTestNames(), unitTestNames))
                .integrationNames(plus(preset.integrationNames(), integrationTestNames))
                .testAnnotations(plus(preset.testAnnotations(), testAnnotations))
                .mirrorRoots(plus(preset.mirrorRoots(), existingMirrorRoots))
                .exempt(plus(preset.exempt(), exempt))
                .unmirrored(plus(preset.unmirrored(), unmirrored))
                .strictMirror(strictMirror == null ? preset.strictMirror() : strictMirror)
                .build();
    }

    /** Whether this changes nothing: equal to {@link #NONE}. */
    boolean unchanged() {
        return unitCategory == null && strictMirror == null && empty(roots, categories, rootFiles, testNames,
                unitTestNames, integrationTestNames, testAnnotations, mirrorRoots, exempt, unmirrored);
    }
}
