package dev.layoutguard.domain.root;

import dev.layoutguard.domain.Project;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The root directories a Gradle build includes, read from {@code settings.gradle} or {@code settings.gradle.kts}:
 * {@code include(":lib", ":tools:cli")} makes {@code lib} and {@code tools} subprojects, {@code includeBuild("logic")}
 * an included build. The build's modules, not clutter. A project whose directory a settings script moves elsewhere
 * ({@code project(":x").projectDir = ...}) is not read: such a directory needs a {@code <root><allow>} entry.
 */
final class GradleSubprojects {

    private static final String[] SETTINGS = {"settings.gradle", "settings.gradle.kts"};
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    /** {@code include(...)} in either language, or Groovy's {@code include 'a', 'b'}; the arguments in group 2. */
    private static final Pattern INCLUDE = Pattern.compile("\\b(include|includeBuild)\\s*(?:\\(([^)]*)\\)|"
            + "((?:[\"'][^\"'\\n]*[\"']\\s*,\\s*)*[\"'][^\"'\\n]*[\"']))");
    private static final Pattern LITERAL = Pattern.compile("[\"']([^\"'$\\n]+)[\"']");

    private final Set<String> directories;

    private GradleSubprojects(Project project) {
        Set<String> found = new LinkedHashSet<>();
        for (String file : SETTINGS) {
            project.read(file).ifPresent(text -> found.addAll(topDirectories(text)));
        }
        found.removeIf(name -> !project.tree().hasDirectory(name));
        this.directories = Set.copyOf(found);
    }

    /** The project's subprojects, read once per run. */
    static GradleSubprojects of(Project project) {
        return project.analysis(GradleSubprojects.class, GradleSubprojects::new);
    }

    /** Whether a root directory holds an included project or build. */
    boolean contains(String rootEntry) {
        return directories.contains(rootEntry);
    }

    /** The first directory of every project and build a settings script includes, whether or not it exists. */
    static Set<String> topDirectories(String settings) {
        Set<String> directories = new LinkedHashSet<>();
        Matcher include = INCLUDE.matcher(COMMENT.matcher(settings).replaceAll(" "));
        while (include.find()) {
            boolean build = include.group(1).equals("includeBuild");
            String arguments = include.group(2) != null ? include.group(2) : include.group(3);
            Matcher literal = LITERAL.matcher(arguments);
            while (literal.find()) {
                String path = build ? literal.group(1).trim() : literal.group(1).trim().replace(':', '/');
                path = path.replaceFirst("^(\\./|/)+", "");
                String top = path.contains("/") ? path.substring(0, path.indexOf('/')) : path;
                if (!top.isEmpty() && !top.equals("..") && !top.equals(".")) {
                    directories.add(top);
                }
            }
        }
        return directories;
    }
}
