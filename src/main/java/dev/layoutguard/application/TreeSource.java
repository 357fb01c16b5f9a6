package dev.layoutguard.application;

import dev.layoutguard.domain.tree.ProjectTree;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

/** Walks a project directory into the tree the rules see. */
@FunctionalInterface
public interface TreeSource {

    /**
     * The tree of a project.
     *
     * @param respectGitignore whether paths git ignores are left out
     * @param exempt           project-relative directories never walked (the build directory)
     */
    ProjectTree scan(Path directory, boolean respectGitignore, Set<String> exempt) throws IOException;
}
