package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.preset.Glob;
import java.util.List;
import java.util.Map;

/**
 * The plan's "file misplacement" figure ({@code misplacedFiles}): how many placement findings the docs, scripts,
 * deploy and environment rules make, leaving out excluded paths. Each of those rules reports the same total.
 */
final class MisplacedFiles {

    private MisplacedFiles() {
    }

    static Map<String, Integer> metric(Project project) {
        int count = 0;
        for (List<Finding> findings : List.of(DocsPlacementRule.findings(project),
                ScriptsPlacementRule.findings(project), DeployPlacementRule.findings(project),
                EnvPlacementRule.findings(project))) {
            for (Finding finding : findings) {
                if (!Glob.anyMatchesPathOrParent(project.preset().excludes(), finding.path())) {
                    count++;
                }
            }
        }
        return Map.of("misplacedFiles", count);
    }
}
