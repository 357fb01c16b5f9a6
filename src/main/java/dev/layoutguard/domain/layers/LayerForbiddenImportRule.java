package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.Finding;
import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.Rule;
import java.util.List;

/**
 * Flags each import (or fully qualified name in code) of a package or module prefix that the file's layer may not
 * use, such as a framework kept out of {@code domain}, at its line.
 */
public final class LayerForbiddenImportRule implements Rule {

    @Override
    public List<Finding> check(Project project) {
        return LayerDependencyScan.of(project).forbidden();
    }
}
