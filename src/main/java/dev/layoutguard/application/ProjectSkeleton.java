package dev.layoutguard.application;

import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.ConfigPolicy;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.Preset;
import dev.layoutguard.domain.preset.Presets;
import dev.layoutguard.domain.preset.StructurePolicy;
import dev.layoutguard.domain.preset.TestPolicy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The directories a preset expects, derived from its data, which {@code init} creates when missing: the root
 * directories of its allowlist; the first source root and test root with the test categories; the configuration
 * locations and the main one's subdirectories; the docs directory with its required pages; the script and deploy
 * categories; the environments and runtime directories. Only what the root allowlist permits is listed.
 *
 * <p>Each directory gets a short {@code README.md} saying what belongs there, except in the source tree (every file
 * there is part of the build), in a test root whose entries are restricted to its categories, and where every file
 * is an environment configuration; runtime directories also get a {@code .gitignore} that keeps their contents out
 * of git, as the target layout wants.
 */
public final class ProjectSkeleton {

    /**
     * What was done, with project-relative paths (directories end in {@code /}).
     *
     * @param created  the directories and files created, in order
     * @param existing the skeleton's directories and files that were already there
     * @param blocked  the ones that could not be created, with why
     */
    public record Outcome(List<String> created, List<String> existing, List<String> blocked) {
    }

    private static final Map<String, String> PURPOSES = Map.ofEntries(
            Map.entry("tests/unit", "Unit tests, one per module, mirroring the source tree."),
            Map.entry("tests/integration", "Integration tests: several parts, or real external systems, together."),
            Map.entry("tests/e2e", "End-to-end tests of whole user workflows."),
            Map.entry("tests/performance", "Performance tests and benchmarks."),
            Map.entry("tests/ui", "User interface tests."),
            Map.entry("tests/fixtures", "Test data and fixtures shared by the tests."),
            Map.entry("docs", "All documentation; start at the index."),
            Map.entry("docs/getting-started", "New user onboarding: installation and first steps."),
            Map.entry("docs/user-guides", "Guides to using each feature."),
            Map.entry("docs/developer-guides", "Technical documentation for the people who develop the project."),
            Map.entry("docs/reference", "Technical reference: APIs, configuration, formats."),
            Map.entry("docs/deployment", "Deploying and running the project in production."),
            Map.entry("docs/examples", "Real-world examples."),
            Map.entry("scripts", "Utility scripts, one directory per category."),
            Map.entry("scripts/build", "Build automation scripts."),
            Map.entry("scripts/test", "Testing utilities."),
            Map.entry("scripts/deploy", "Deployment scripts."),
            Map.entry("scripts/dev", "Development utilities: setup, local tooling."),
            Map.entry("scripts/maintenance", "Maintenance scripts: migrations, clean-ups, one-off fixes."),
            Map.entry("scripts/validation", "Validation scripts, such as checks of the project's organization."),
            Map.entry("config", "Configuration management: every configuration file of the project."),
            Map.entry("config/templates", "Configuration templates."),
            Map.entry("config/validation", "Configuration validation schemas."),
            Map.entry("config/defaults", "Default configuration."),
            Map.entry("deploy", "Deployment configuration, one directory per kind."),
            Map.entry("deploy/docker", "Dockerfiles and Docker Compose files."),
            Map.entry("deploy/kubernetes", "Kubernetes manifests and Helm charts."),
            Map.entry("deploy/ci-cd", "CI/CD pipeline configuration."),
            Map.entry("deploy/cloud", "Cloud-provider-specific configuration."),
            Map.entry("examples", "Sample code and tutorials."),
            Map.entry("environments", "Virtual environments, each as a hidden directory (.venv, .test_env)."),
            Map.entry("reports", "Generated reports and artifacts: coverage, performance, security, builds."),
            Map.entry("storage", "Runtime data: application data, logs, cache, temporary files."));

    private ProjectSkeleton() {
    }

    /**
     * What {@code init} creates for a project of a preset, parents before children. A python project gets the
     * preset's whole tree ({@link #of}). A Maven build gets only
     * what its kind needs: a build that compiles sources gets its first source root and test root, with no stubs
     * (every file there is part of the build); one that compiles none (a {@code pom} aggregator or parent) gets
     * nothing. The maven preset requires no other directory: {@code docs/}, {@code config/}, {@code scripts/} and
     * {@code deploy/} are where such files go once there are some, and the rules say so when one is elsewhere.
     *
     * @param compilesSources whether the build compiles sources (its packaging is not {@code pom})
     */
    public static List<SkeletonEntry> needed(Preset preset, boolean compilesSources) {
        if (!preset.name().equals(Presets.MAVEN)) {
            return of(preset);
        }
        if (!compilesSources) {
            return List.of();
        }
        TreeMap<String, SkeletonEntry> skeleton = new TreeMap<>();
        first(preset.layers().sourceRoots()).ifPresent(root -> add(skeleton, root));
        first(preset.tests().roots()).ifPresent(root -> add(skeleton, root));
        return List.copyOf(skeleton.values());
    }

    /** Adds a directory without stubs, and each of its parents not there yet. */
    private static void add(TreeMap<String, SkeletonEntry> skeleton, String directory) {
        for (String path = directory; !path.isEmpty(); path = RelativePath.parent(path)) {
            skeleton.putIfAbsent(path, new SkeletonEntry(path, true, Map.of(), null));
        }
    }

    /** The skeleton of a preset, the whole tree its data describes, parents before children. */
    public static List<SkeletonEntry> of(Preset preset) {
        TestPolicy tests = preset.tests();
        ConfigPolicy config = preset.config();
        StructurePolicy structure = preset.structure();
        List<String> directories = new ArrayList<>();
        preset.root().allowedDirectories().stream().map(Glob::pattern)
                .filter(name -> !name.startsWith(".") && literal(name)).forEach(directories::add);
        first(preset.layers().sourceRoots()).ifPresent(directories::add);
        first(tests.roots()).ifPresent(root -> {
            directories.add(root);
            tests.categories().forEach(category -> directories.add(root + "/" + category));
        });
        directories.addAll(config.locations());
        first(config.locations()).ifPresent(main -> config.subdirectories().stream().filter(ProjectSkeleton::isDirectory)
                .forEach(sub -> directories.add(main + "/" + sub)));
        String docs = structure.docs().directory();
        directories.add(docs);
        List<String> files = new ArrayList<>();
        for (String required : structure.docs().required()) {
            if (required.endsWith("/")) {
                directories.add(docs + "/" + required.substring(0, required.length() - 1));
            } else {
                files.add(docs + "/" + required);
            }
        }
        String scripts = structure.scripts().directory();
        directories.add(scripts);
        structure.scripts().categories().forEach(category -> directories.add(scripts + "/" + category));
        String deploy = structure.deploy().directory();
        directories.add(deploy);
        structure.deploy().categories().forEach(category -> directories.add(deploy + "/" + category));
        if (structure.environmentsDirectory() != null) {
            directories.add(structure.environmentsDirectory());
        }
        directories.addAll(structure.runtimeDirectories());

        TreeMap<String, SkeletonEntry> skeleton = new TreeMap<>();
        String sourceTree = first(preset.layers().sourceRoots()).map(ProjectSkeleton::top).orElse(null);
        for (String directory : directories) {
            if (!allowedAtRoot(preset, top(directory))) {
                continue;
            }
            for (String path = directory; !path.isEmpty(); path = RelativePath.parent(path)) {
                if (!skeleton.containsKey(path)) {
                    boolean stub = !top(path).equals(sourceTree) && !restrictedTestRoot(tests, path);
                    skeleton.put(path, new SkeletonEntry(path, true, stub ? stubs(preset, path, files) : Map.of(),
                            null));
                }
            }
        }
        for (String file : files) {
            if (skeleton.containsKey(RelativePath.parent(file))) {
                skeleton.put(file, new SkeletonEntry(file, false, Map.of(), page(preset, file)));
            }
        }
        return List.copyOf(skeleton.values());
    }

    private static Map<String, String> stubs(Preset preset, String directory, List<String> files) {
        Map<String, String> stubs = new LinkedHashMap<>();
        boolean hasPage = files.stream().anyMatch(file -> RelativePath.parent(file).equals(directory));
        boolean environmentFiles = Glob.anyMatches(preset.config().environmentFiles(), directory + "/README.md");
        if (!hasPage && !environmentFiles) {
            stubs.put("README.md", readme(preset, directory));
        }
        if (preset.structure().runtimeDirectories().contains(directory)) {
            stubs.put(".gitignore", "# Runtime data stays out of git; only this file and the README are kept.\n*\n"
                    + "!.gitignore\n!README.md\n");
        }
        return stubs;
    }

    private static String readme(Preset preset, String directory) {
        String purpose = PURPOSES.getOrDefault(directory, "What the " + preset.name() + " preset keeps in "
                + directory + "/.");
        return "# " + directory + "\n\n" + purpose + "\n\n" + origin(preset);
    }

    private static String page(Preset preset, String file) {
        String directory = RelativePath.parent(file);
        return "# " + directory + "\n\n" + PURPOSES.getOrDefault(directory, "The documentation hub.") + "\n\n"
                + origin(preset);
    }

    private static String origin(Preset preset) {
        return "Created by `mvn layout:init` (" + preset.name() + " preset); replace this text with what your team "
                + "keeps here.\n";
    }

    private static boolean allowedAtRoot(Preset preset, String name) {
        return Glob.anyMatches(preset.root().allowedDirectories(), name);
    }

    private static boolean restrictedTestRoot(TestPolicy tests, String path) {
        return tests.roots().contains(path) && !tests.categories().isEmpty()
                && !tests.rootFiles().contains("README.md");
    }

    /** Whether a name the preset lists as a directory's content is a directory rather than a file. */
    private static boolean isDirectory(String name) {
        return RelativePath.name(name).indexOf('.') < 0;
    }

    private static boolean literal(String pattern) {
        return pattern.chars().noneMatch(c -> "*?[]{}".indexOf(c) >= 0);
    }

    private static String top(String path) {
        int slash = path.indexOf('/');
        return slash < 0 ? path : path.substring(0, slash);
    }

    private static Optional<String> first(List<String> values) {
        return values.stream().filter(value -> !value.isBlank()).findFirst();
    }
}
