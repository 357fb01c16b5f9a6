package dev.layoutguard.domain.config;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.RootPolicy;
import dev.layoutguard.domain.tree.Entry;
import java.util.HashSet;
import java.util.Set;

/**
 * Which entries the config rules leave to others: root entries the root rules report, the insides of virtual
 * environments (directories holding a {@code pyvenv.cfg}), which {@code env-placement} reports as a whole, and the
 * insides of projects nested in this one (a directory holding its own {@code pyproject.toml}, {@code package.json},
 * {@code Chart.yaml} ...), which are their own projects'.
 */
final class ConfigFiles {

    private final Set<String> virtualEnvironments = new HashSet<>();
    private final Set<String> nestedProjects = new HashSet<>();

    private ConfigFiles(Project project) {
        for (Entry entry : project.tree().entries()) {
            if (!entry.isFile()) {
                continue;
            }
            if (entry.name().equals("pyvenv.cfg")) {
                virtualEnvironments.add(entry.parent());
            } else if (ToolConfigs.marksAProject(entry.name()) && !entry.parent().isEmpty()) {
                nestedProjects.add(entry.parent());
            }
        }
    }

    /** The project's config files view, computed once per run. */
    static ConfigFiles of(Project project) {
        return project.analysis(ConfigFiles.class, ConfigFiles::new);
    }

    /** Whether a path is a virtual environment's own file or lies inside one. */
    boolean insideVirtualEnvironment(String path) {
        return inside(path, virtualEnvironments);
    }

    /** Whether a path lies inside a project nested in this one, its build file included. */
    boolean insideNestedProject(String path) {
        return inside(path, nestedProjects);
    }

    private static boolean inside(String path, Set<String> directories) {
        if (directories.isEmpty()) {
            return false;
        }
        for (String directory = RelativePath.parent(path); ; directory = RelativePath.parent(directory)) {
            if (directories.contains(directory)) {
                return true;
            }
            if (directory.isEmpty()) {
                return false;
            }
        }
    }

    /**
     * Whether a root rule reports the entry: a root entry that is prohibited or not allowlisted (and not one of the
     * build's modules). The config rules report such an entry no second time.
     */
    static boolean ownedByRoot(Project project, Entry entry) {
        if (!entry.isRootEntry() || project.isModuleRoot(entry.name())) {
            return false;
        }
        RootPolicy root = project.preset().root();
        boolean directory = entry.isDirectory();
        return root.prohibitedFor(entry.name(), directory) != null
                || !Glob.anyMatches(directory ? root.allowedDirectories() : root.allowedFiles(), entry.name());
    }
}
