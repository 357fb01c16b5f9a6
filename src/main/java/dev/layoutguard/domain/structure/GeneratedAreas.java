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
 * The parts of a project that hold generated or tool-owned content rather than organized files: the insides of
 * virtual environments (folders holding {@code pyvenv.cfg}), of the runtime directories ({@code storage/},
 * {@code reports/}), of vendored dependencies ({@link #TOOL_TREES}) and of database migrations, whose files and
 * directories a migration tool writes and names. The structure rules do not look inside them; {@code env-placement}
 * and {@code runtime-ignored} judge the first two as a whole.
 */
public final class GeneratedAreas {

    /** The file that makes a folder a Python virtual environment. */
    public static final String VENV_MARKER = "pyvenv.cfg";

    /** Where a tool-owned tree's marker file sits: beside the tree's directory, or inside it. */
    enum Marker { BESIDE, INSIDE }

    /**
     * A directory a tool owns: its path ends with {@code suffix} (any directory when empty) and, when {@code marker}
     * is given, that file sits beside it or inside it.
     */
    record ToolTree(String suffix, String marker, Marker where) {
    }

    /** The tool-owned trees, as data: what is inside them is the tool's to name and nest. */
    static final List<ToolTree> TOOL_TREES = List.of(
            new ToolTree("node_modules", null, Marker.INSIDE), // npm, yarn, pnpm
            new ToolTree("bower_components", null, Marker.INSIDE), // Bower
            new ToolTree("jspm_packages", null, Marker.INSIDE), // jspm
            new ToolTree("vendor", "go.mod", Marker.BESIDE), // Go modules' vendoring
            new ToolTree("vendor", "composer.json", Marker.BESIDE), // Composer
            new ToolTree("", "script.py.mako", Marker.INSIDE), // Alembic's script directory: env.py, versions/
            new ToolTree("migrations", "0001_initial.py", Marker.INSIDE), // Django's generated migrations
            new ToolTree("db/migration", null, Marker.INSIDE), // Flyway's default location
            new ToolTree("db/changelog", null, Marker.INSIDE)); // Liquibase's (and Spring Boot's) default location

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
        Set<String> roots = new HashSet<>(project.preset().structure().runtimeDirectories());
        for (Entry entry : project.tree().entries()) {
            if (entry.isFile() && entry.name().equals(VENV_MARKER) && !entry.isRootEntry()) {
                candidates.add(entry.parent());
            } else if (entry.isDirectory() && isToolTree(project, entry.path())) {
                roots.add(entry.path());
            }
        }
        candidates.sort(Comparator.comparingInt(String::length));
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

    private static boolean isToolTree(Project project, String path) {
        for (ToolTree tree : TOOL_TREES) {
            if (tree.suffix().isEmpty() || path.equals(tree.suffix()) || path.endsWith("/" + tree.suffix())) {
                String marker = tree.marker() == null ? null : tree.where() == Marker.INSIDE
                        ? RelativePath.join(path, tree.marker())
                        : RelativePath.join(RelativePath.parent(path), tree.marker());
                if (marker == null || project.tree().contains(marker)) {
                    return true;
                }
            }
        }
        return false;
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
