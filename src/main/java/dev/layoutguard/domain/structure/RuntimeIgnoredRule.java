package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Flags files in the runtime directories ({@code storage/}, {@code reports/}) that git does not ignore: tracked, or
 * untracked and not ignored. A README and the files that keep a directory in git ({@code .gitignore},
 * {@code .gitkeep}, {@code .keep}) may stay.
 */
public final class RuntimeIgnoredRule implements Rule {

    private static final Set<String> KEEPERS = Set.of(".gitignore", ".gitkeep", ".keep");

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        for (String directory : project.preset().structure().runtimeDirectories()) {
            if (!project.tree().hasDirectory(directory)) {
                continue;
            }
            Deque<String> pending = new ArrayDeque<>(List.of(directory));
            while (!pending.isEmpty()) {
                for (Entry entry : project.tree().children(pending.removeFirst())) {
                    if (entry.isDirectory()) {
                        pending.addLast(entry.path());
                    } else if (!entry.ignored() && !KEEPERS.contains(entry.name())
                            && !entry.name().toUpperCase(Locale.ROOT).startsWith("README")) {
                        findings.add(Finding.at(entry.path(), "runtime data that git does not ignore; " + directory
                                + "/ holds generated data: ignore it in .gitignore (and git rm --cached what git "
                                + "already tracks)"));
                    }
                }
            }
        }
        return findings;
    }
}
