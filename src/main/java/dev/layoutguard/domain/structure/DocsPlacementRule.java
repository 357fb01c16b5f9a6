package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.Rule;
import dev.layoutguard.domain.preset.DocsPolicy;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Flags documentation files ({@code *.md}) outside the docs directory. READMEs may sit anywhere, and so may the
 * root allowlist's files and the preset's other documentation places ({@code .github/**}); other root entries are the
 * root rules' to report. Where the docs directory is optional (maven), a project without one is not flagged.
 */
public final class DocsPlacementRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        DocsPolicy docs = project.preset().structure().docs();
        if (docs.optional() && !project.tree().hasDirectory(docs.directory())) {
            return List.of();
        }
        GeneratedAreas generated = GeneratedAreas.of(project);
        List<Finding> findings = new ArrayList<>();
        for (Entry entry : project.tree().entries()) {
            if (!entry.isFile() || !project.reports(entry.path()) || !Glob.anyMatches(docs.files(), entry.path())
                    || RelativePath.isBelow(entry.path(), docs.directory()) || isReadme(entry.name())
                    || generated.covers(entry.path()) || Glob.anyMatches(docs.allowedElsewhere(), entry.path())) {
                continue;
            }
            if (entry.isRootEntry() && (project.executionRoot()
                    || Glob.anyMatches(project.preset().root().allowedFiles(), entry.name()))) {
                continue;
            }
            findings.add(Finding.at(entry.path(), "documentation outside " + docs.directory()
                    + "/ (only READMEs may sit elsewhere); move it into " + docs.directory() + "/")
                    .withFix(docs.directory() + "/" + entry.name()));
        }
        return findings;
    }

    private static boolean isReadme(String name) {
        return name.toUpperCase(Locale.ROOT).startsWith("README");
    }
}
