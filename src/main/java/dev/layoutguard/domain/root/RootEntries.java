package dev.layoutguard.domain.root;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.tree.Entry;
import java.util.List;

/** The root entries the root rules judge: every one but the build's modules and a Gradle build's subprojects. */
final class RootEntries {

    private RootEntries() {
    }

    static List<Entry> judged(Project project) {
        return project.tree().rootEntries().stream().filter(entry -> !isModule(project, entry)).toList();
    }

    private static boolean isModule(Project project, Entry entry) {
        return project.isModuleRoot(entry.path())
                || entry.isDirectory() && GradleSubprojects.of(project).contains(entry.name());
    }
}
