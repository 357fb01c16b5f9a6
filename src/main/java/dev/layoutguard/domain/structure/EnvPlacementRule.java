package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags virtual environments (folders holding {@code pyvenv.cfg}) anywhere but {@code environments/.<name>/}; where
 * the preset has no environments directory (maven), every virtual environment git does not ignore. Root entries are
 * the root rules' to report; the insides of an environment are never looked at.
 */
public final class EnvPlacementRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        String environments = project.preset().structure().environmentsDirectory();
        List<Finding> findings = new ArrayList<>();
        for (String venv : GeneratedAreas.of(project).virtualEnvironments()) {
            if (venv.indexOf('/') < 0 && project.executionRoot()) {
                continue;
            }
            String name = RelativePath.name(venv);
            if (environments == null) {
                boolean ignored = project.tree().find(venv).map(Entry::ignored).orElse(false);
                if (!ignored) {
                    findings.add(Finding.at(venv, "virtual environment that git does not ignore (it holds "
                            + GeneratedAreas.VENV_MARKER + "); the " + project.preset().name()
                            + " preset keeps virtual environments out of the repository: ignore it in .gitignore"));
                }
                continue;
            }
            if (RelativePath.parent(venv).equals(environments) && name.startsWith(".")) {
                continue;
            }
            String target = environments + "/." + name.replaceFirst("^\\.+", "");
            String where = RelativePath.parent(venv).equals(environments)
                    ? "in " + environments + "/ without the dot prefix"
                    : "outside " + environments + "/";
            findings.add(Finding.at(venv, "virtual environment " + where + " (it holds " + GeneratedAreas.VENV_MARKER
                    + "); environments live only as " + environments + "/.<name>/").withFix(target));
        }
        return findings;
    }
}
