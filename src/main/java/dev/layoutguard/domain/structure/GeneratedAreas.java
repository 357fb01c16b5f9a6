package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The parts of a project that hold generated content rather than organized files: the insides of virtual
 * environments (folders holding {@code pyvenv.cfg}) and of the runtime directories ({@code storage/},
 * {@code reports/}). The structure rules do not look inside them; {@code env-placement} and {@code runtime-ignored}
 * judge them as a whole.
 */
public final class GeneratedAreas {

    /** The file that makes a folder a Python virtual environment. */
    public static final String VENV_MARKER = "pyvenv.cfg";

    private final List<String> virtualEnvironments;
    private final Set<String> roots;

    private GeneratedAreas(List<String> virtualEnvironments, Set<String> roots) {
        this.virtualEnvironments = List.copyOf(virtualEnvironments);
        this.roots = Set.copyOf(roots);
    }

    /** The areas of a project, computed once per run. */
    public static GeneratedAreas of(Project project) {
        return project.analysis(GeneratedAreas.class, GeneratedAreas::find);
    }

    private static GeneratedAreas find(Project project) {
        List<String> candidates = new ArrayList<>();
        for (Entry entry : project.tree().entries()) {
            if (entry.isFile() && entry.name().equals(VENV_MARKER) && !entry.isRootEntry()) {
                candidates.add(entry.parent());
            }
        }
        candidates.sort(Comparator.comparingInt(String::length));
        Set<String> roots = new HashSet<>(project.preset().structure().runtimeDirectories());
        List<String> outermost = new ArrayList<>();
        Set<String> venvs = new HashSet<>();
        for (String candidate : candidates) {
            if (!inside(candidate, venvs) && !inside(candidate, roots)) {
                venvs.add(candidate);
                outermost.add(candidate);
            }
        }
        roots.addAll(venvs);
        outermost.sort(Comparator.naturalOrder());
        return new GeneratedAreas(outermost, roots);
    }

    /** The virtual environments of the project, outermost only, sorted by path. */
    public List<String> virtualEnvironments() {
        return virtualEnvironments;
    }

    /** Whether a path lies inside a virtual environment or a runtime directory (not the folder itself). */
    public boolean covers(String path) {
        return inside(path, roots);
    }

    private static boolean inside(String path, Set<String> roots) {
        if (roots.isEmpty()) {
            return false;
        }
        for (String parent = RelativePath.parent(path); !parent.isEmpty(); parent = RelativePath.parent(parent)) {
            if (roots.contains(parent)) {
                return true;
            }
        }
        return false;
    }
}
