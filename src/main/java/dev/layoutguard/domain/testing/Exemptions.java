package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.Glob;
import dev.layoutguard.domain.preset.GlobBounds;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.tree.Entry;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link TestPolicy#isExempt} and {@link TestPolicy#isUnmirrored} for a whole tree: each directory is decided once
 * and remembered, so a file costs one check of its own path instead of one per directory above it.
 */
final class Exemptions {

    private final Decided exempt;
    private final Decided unmirrored;

    private Exemptions(Project project) {
        this.exempt = new Decided(project.preset().tests().exempt());
        this.unmirrored = new Decided(project.preset().tests().unmirrored());
    }

    /** The project's shared instance. */
    static Exemptions of(Project project) {
        return project.analysis(Exemptions.class, Exemptions::new);
    }

    /** Whether a path, or a directory holding it, is exempt: neither a test nor a source to mirror. */
    boolean exempt(String path) {
        return exempt.matches(path, RelativePath.parent(path));
    }

    /** {@link #exempt(String)} for an entry of the tree, whose parent is already cut. */
    boolean exempt(Entry entry) {
        return exempt.matches(entry.path(), entry.parent());
    }

    /** Whether a test, or a directory holding it, mirrors no single source. */
    boolean unmirrored(String path) {
        return unmirrored.matches(path, RelativePath.parent(path));
    }

    /** Globs decided for paths and the directories above them, directories remembered. */
    private static final class Decided {

        private final List<Glob> globs;
        private final List<GlobBounds> bounds;
        private final Map<String, Boolean> directories = new ConcurrentHashMap<>();

        private Decided(List<Glob> globs) {
            this.globs = globs;
            this.bounds = globs.stream().map(GlobBounds::of).toList();
        }

        boolean matches(String path, String parent) {
            if (globs.isEmpty()) {
                return false;
            }
            if (!parent.isEmpty() && directory(parent)) {
                return true;
            }
            for (int i = 0; i < globs.size(); i++) {
                if (bounds.get(i).mayMatch(path) && globs.get(i).matches(path)) {
                    return true;
                }
            }
            return false;
        }

        private boolean directory(String path) {
            Boolean known = directories.get(path);
            if (known == null) {
                known = matches(path, RelativePath.parent(path));
                directories.put(path, known);
            }
            return known;
        }
    }
}
