package dev.layoutguard.domain.root;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Flags root entries that neither the target layout's list nor a tool's needs allow. Prohibited entries are
 * {@link RootProhibitedRule}'s and entries with a preferred home {@link RootPreferredHomeRule}'s, so each entry is
 * reported once; the build's modules and a Gradle build's subprojects are never flagged.
 */
public final class RootAllowlistRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : RootEntries.standing(project, RootEntries.Standing.NOT_ALLOWED)) {
            findings.add(Finding.at(entry.path(), message(project, entry)));
        }
        return findings;
    }

    private static String message(Project project, Entry entry) {
        String preset = project.preset().name();
        if (entry.isDirectory()) {
            String directories = project.preset().root().allowedDirectories().stream()
                    .map(Glob::pattern)
                    .filter(name -> !name.startsWith("."))
                    .collect(Collectors.joining(", "));
            String nested = entry.nestedProject() ? "; it holds a pom.xml: declare it as a module or move it" : "";
            return "directory not allowed in the project root by the " + preset + " preset (allowed: " + directories
                    + ", and the build's modules)" + nested;
        }
        String kind = switch (entry.kind()) {
            case SYMLINK -> "symbolic link";
            case OTHER -> "special file";
            default -> "file";
        };
        return kind + " not allowed in the project root by the " + preset
                + " preset; move it into a directory such as docs/ or config/, or allow it with <root><allow>";
    }
}
