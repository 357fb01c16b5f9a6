package dev.layoutguard.application.settings;

import dev.layoutguard.domain.layers.Reactor;
import java.io.File;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the build tells about the project being checked, whichever front end runs the check. Directories it names may
 * be absolute or relative to the project; it keeps those inside the project, relative to it with {@code /}
 * separators.
 *
 * @param directory              the project directory, absolute and normalized
 * @param buildDirectory         the build's output directory ({@code target}), which is never checked
 * @param modules                the module directories of the build, as the project sees them: every directory a pom
 *                               of the build declares as a module (in any profile) and every project of the build;
 *                               ones outside the project, and the project itself, are left out
 * @param executionRoot          whether the build was started in this project (root rules run only there)
 * @param executionRootDirectory the directory the build was started in, which GitHub annotations and the reactor
 *                               aggregate are relative to
 * @param layout                 where the build's configuration puts sources, tests and resources, and which tests
 *                               its runners run; directories inside the build directory are left out
 * @param reactor                the modules of the build the project is one of, as the layer rules see them
 */
public record Build(Path directory, Path buildDirectory, List<String> modules, boolean executionRoot,
        Path executionRootDirectory, BuildLayout layout, Reactor reactor) {

    /** Where Maven 4 writes its project-local repository, beside the project's {@code .mvn} settings. */
    static final String MAVEN_OUTPUT = ".mvn/target";

    public Build {
        directory = directory.toAbsolutePath().normalize();
        buildDirectory = buildDirectory.toAbsolutePath().normalize();
        modules = inside(directory, null, modules);
        executionRootDirectory = Objects.requireNonNull(executionRootDirectory, "executionRootDirectory")
                .toAbsolutePath().normalize();
        layout = new BuildLayout(inside(directory, buildDirectory, layout.sourceRoots()),
                inside(directory, buildDirectory, layout.testRoots()),
                inside(directory, buildDirectory, layout.resourceRoots()), layout.unitIncludes(),
                layout.integrationIncludes());
        reactor = Objects.requireNonNull(reactor, "reactor");
    }

    /** A build that is no build of modules, as the layer rules see it. */
    public Build(Path directory, Path buildDirectory, List<String> modules, boolean executionRoot,
            Path executionRootDirectory, BuildLayout layout) {
        this(directory, buildDirectory, modules, executionRoot, executionRootDirectory, layout, Reactor.NONE);
    }

    /** A build that says nothing of the project's layout beyond the preset's conventions. */
    public Build(Path directory, Path buildDirectory, List<String> modules, boolean executionRoot,
            Path executionRootDirectory) {
        this(directory, buildDirectory, modules, executionRoot, executionRootDirectory, BuildLayout.NONE);
    }

    /** A project built on its own: its own execution root, with no modules and {@code target} as build directory. */
    public static Build standalone(Path directory) {
        return new Build(directory, directory.resolve("target"), List.of(), true, directory);
    }

    /**
     * The project-relative directories the walk leaves out: the build directory, when it is inside the project, and
     * {@value #MAVEN_OUTPUT}, where Maven 4 keeps its project-local repository: both are Maven's output, not the
     * project's layout.
     */
    public Set<String> exempt() {
        Set<String> exempt = new LinkedHashSet<>();
        if (buildDirectory.startsWith(directory) && !buildDirectory.equals(directory)) {
            exempt.add(slashes(directory.relativize(buildDirectory)));
        }
        exempt.add(MAVEN_OUTPUT);
        return exempt;
    }

    /** A path relative to another, with {@code /} separators. */
    public static String slashes(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }

    /**
     * The directories that lie inside the project (and, given one, outside the build directory), relative to it, each
     * once, in order.
     */
    private static List<String> inside(Path directory, Path buildDirectory, List<String> paths) {
        List<String> inside = new ArrayList<>();
        for (String path : paths) {
            Path resolved;
            try {
                resolved = directory.resolve(path.replace('\\', '/')).normalize();
            } catch (InvalidPathException e) {
                continue;
            }
            if (resolved.startsWith(directory) && !resolved.equals(directory)
                    && (buildDirectory == null || !resolved.startsWith(buildDirectory))) {
                String relative = slashes(directory.relativize(resolved));
                if (!inside.contains(relative)) {
                    inside.add(relative);
                }
            }
        }
        return List.copyOf(inside);
    }
}
