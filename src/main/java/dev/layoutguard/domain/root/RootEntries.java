package dev.layoutguard.domain.root;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.RootPolicy;
import dev.layoutguard.domain.tree.Entry;
import java.util.List;

/**
 * What the root rules make of each root entry, so that each entry is reported by one rule at most. The build's
 * modules and a Gradle build's subprojects are none of theirs.
 */
final class RootEntries {

    /** Where a root entry stands, in the order the root policy decides it. */
    enum Standing {
        /** A prohibited pattern matches it: {@link RootProhibitedRule}'s. */
        PROHIBITED,
        /** A tool reads it in the root, the target layout keeps it elsewhere: {@link RootPreferredHomeRule}'s. */
        PREFERRED_HOME,
        /** The target layout's list or a tool's needs allow it. */
        ALLOWED,
        /** Nothing allows it: {@link RootAllowlistRule}'s. */
        NOT_ALLOWED
    }

    private RootEntries() {
    }

    /** The root entries that stand so, in tree order. */
    static List<Entry> standing(Project project, Standing standing) {
        RootPolicy root = project.preset().root();
        return project.tree().rootEntries().stream()
                .filter(entry -> !isModule(project, entry) && standingOf(root, entry) == standing)
                .toList();
    }

    private static Standing standingOf(RootPolicy root, Entry entry) {
        boolean directory = entry.isDirectory();
        if (root.prohibitedFor(entry.name(), directory) != null) {
            return Standing.PROHIBITED;
        }
        if (root.preferredFor(entry.name(), directory) != null) {
            return Standing.PREFERRED_HOME;
        }
        return root.allows(entry.name(), directory) ? Standing.ALLOWED : Standing.NOT_ALLOWED;
    }

    private static boolean isModule(Project project, Entry entry) {
        return project.isModuleRoot(entry.path())
                || entry.isDirectory() && GradleSubprojects.of(project).contains(entry.name());
    }
}
