package dev.layoutguard.domain.root;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.PreferredHome;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags root entries a tool reads where they are but the target layout keeps elsewhere (a Dockerfile, a tool's own settings
 * file), saying where and what else moving them takes. It offers no fix: the move alone would break the tool.
 * Prohibited entries are {@link RootProhibitedRule}'s.
 */
public final class RootPreferredHomeRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : RootEntries.standing(project, RootEntries.Standing.PREFERRED_HOME)) {
            PreferredHome home = project.preset().root().preferredFor(entry.name(), entry.isDirectory());
            findings.add(Finding.at(entry.path(), home.messageFor(entry.name())));
        }
        return findings;
    }
}
