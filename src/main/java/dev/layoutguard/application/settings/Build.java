package dev.layoutguard.application.settings;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the build tells about the project being checked, whichever front end runs the check.
 *
 * @param directory              the project directory, absolute and normalized
 * @param buildDirectory         the build's output directory ({@code target}), which is never checked
 * @param modules                the module directories the build declares, relative to the project,
 *                               {@code /}-separated; ones outside the project are left out
 * @param executionRoot          whether the build was started in this project (root rules run only there)
 * @param executionRootDirectory the directory the build was started in, which GitHub annotations and the reactor
 *                               aggregate are relative to
 */
public record Build(Path directory, Path buildDirectory, List<String> modules, boolean executionRoot,
        Path executionRootDirectory) {

    public Build {
        directory = directory.toAbsolutePath().normalize();
        buildDirectory = buildDirectory.toAbsolutePath().normalize();
        modules = inside(modules);
        executionRootDirectory = Objects.requireNonNull(executionRootDirectory, "executionRootDirectory")
                .toAbsolutePath().normalize();
    }

    /** A project built on its own: its own execution root, with no modules and {@code target} as build directory. */
    public static Build standalone(Path directory) {
        return new Build(directory, directory.resolve("target"), List.of(), true, directory);
    }

    /** The project-relative directories the walk leaves out: the build directory, when it is inside the project. */
    public Set<String> exempt() {
        Set<String> exempt = new LinkedHashSet<>();
        if (buildDirectory.startsWith(directory) && !buildDirectory.equals(directory)) {
            exempt.add(slashes(directory.relativize(buildDirectory)));
        }
        return exempt;
    }

    /** A path relative to another, with {@code /} separators. */
    public static String slashes(Path relative) {
        return relative.toString().replace(File.separatorChar, '/');
    }

    private static List<String> inside(List<String> modules) {
        List<String> inside = new ArrayList<>();
        for (String module : modules) {
            String normalized = module.replace('\\', '/');
            while (normalized.startsWith("./")) {
                normalized = normalized.substring(2);
            }
            if (!normalized.isEmpty() && !normalized.startsWith("../") && !normalized.startsWith("/")) {
                inside.add(normalized);
            }
        }
        return List.copyOf(inside);
    }
}
