package dev.layoutguard.domain.root;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.ProhibitedEntry;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;

/** Flags root entries that match a prohibited pattern, with the place the preset says they belong. */
public final class RootProhibitedRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : RootEntries.standing(project, RootEntries.Standing.PROHIBITED)) {
            ProhibitedEntry prohibited = project.preset().root().prohibitedFor(entry.name(), entry.isDirectory());
            String fix = prohibited.fixFor(entry.name());
            String message = prohibited.description() + " (matches " + prohibited.written() + ")";
            findings.add(fix == null ? Finding.at(entry.path(), message) : Finding.at(entry.path(), message).withFix(fix));
        }
        return findings;
    }
}
