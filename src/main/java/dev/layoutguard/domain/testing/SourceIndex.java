package dev.layoutguard.domain.testing;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.preset.TestNamePattern;
import dev.layoutguard.domain.preset.TestPolicy;
import dev.layoutguard.domain.preset.TestStyle;
import dev.layoutguard.domain.source.SourceFile;
import dev.layoutguard.domain.tree.Entry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sources that unit tests mirror, indexed by name, built in one pass over the tree. A JVM source is a file
 * named for its class below a mirror root ({@code src/main/java}); a Python source is a module or a package below
 * a package of a mirror root ({@code src/<pkg>/}); dunder modules and test modules are not sources.
 */
public final class SourceIndex {

    /**
     * One source.
     *
     * @param path      relative to the project
     * @param base      the mirror root (JVM) or the package directory (python) it lies below
     * @param directory where it lies below its base, {@code /}-separated, empty at the top
     * @param name      its class, module or package name
     * @param module    whether it is a file, rather than a (python) package directory
     */
    public record Source(String path, String base, String directory, String name, boolean module) {
    }

    private final TestStyle style;
    private final List<Source> sources = new ArrayList<>();
    private final Map<String, List<Source>> byName = new HashMap<>();
    private final Map<String, NavigableMap<String, List<Source>>> byNameAndDirectory = new HashMap<>();
    private final Set<String> packages = new HashSet<>();
    private final List<String> bases = new ArrayList<>();

    private SourceIndex(Project project) {
        TestPolicy policy = project.preset().tests();
        Exemptions exemptions = Exemptions.of(project);
        this.style = policy.style();
        for (String root : policy.mirrorRoots()) {
            if (!project.tree().hasDirectory(root)) {
                continue;
            }
            if (style == TestStyle.JVM) {
                bases.add(root);
                packages.add("");
            } else {
                project.tree().children(root).stream()
                        .filter(entry -> entry.isDirectory() && !entry.name().startsWith(".")
                                && !exemptions.exempt(entry))
                        .forEach(entry -> bases.add(entry.path()));
            }
        }
        for (Entry entry : project.tree().below(bases)) {
            String base = baseOf(entry.path());
            if (!exemptions.exempt(entry)) {
                add(policy, entry, base);
            }
        }
    }

    /** The project's shared instance. */
    public static SourceIndex of(Project project) {
        return project.analysis(SourceIndex.class, SourceIndex::new);
    }

    /** The mirror roots that exist (JVM), or the packages of the mirror roots (python). */
    public List<String> bases() {
        return List.copyOf(bases);
    }

    /** Every source module or class (package directories left out). */
    public List<Source> modules() {
        return sources.stream().filter(Source::module).toList();
    }

    /** The sources of a name, in path order. */
    public List<Source> named(String name) {
        return byName.getOrDefault(name, List.of());
    }

    /** Whether a package directory exists below a mirror root ({@code ""} is the default package). */
    public boolean hasPackage(String directory) {
        return packages.contains(directory);
    }

    /** The sources of a name in one directory below their base, in path order. */
    public List<Source> at(String name, String directory) {
        NavigableMap<String, List<Source>> directories = byNameAndDirectory.get(name);
        return directories == null ? List.of() : directories.getOrDefault(directory, List.of());
    }

    /**
     * Whether a unit test mirrors a source: its subject in its package (JVM), or at or below its directory (python).
     * Hash look-ups only; nothing is collected.
     */
    public boolean mirrors(TestFile test) {
        String top = test.directory();
        for (String subject : test.subjects()) {
            NavigableMap<String, List<Source>> directories = byNameAndDirectory.get(subject);
            if (directories == null) {
                continue;
            }
            if (directories.containsKey(top) || style != TestStyle.JVM && (top.isEmpty()
                    // every directory below top: the keys from "top/" up to, not including, "top0" ('0' follows '/')
                    || !directories.subMap(top + "/", true, top + "0", false).isEmpty())) {
                return true;
            }
        }
        return false;
    }

    /** A path below a directory; an empty relative path is the directory itself. */
    static String under(String directory, String relative) {
        return relative.isEmpty() ? directory : RelativePath.join(directory, relative);
    }

    /** Whether a directory is the given one or below it; every directory is below the empty one. */
    public static boolean within(String directory, String top) {
        return top.isEmpty() || directory.startsWith(top)
                && (directory.length() == top.length() || directory.charAt(top.length()) == '/');
    }

    private String baseOf(String path) {
        for (String base : bases) {
            if (path.length() > base.length() + 1 && path.startsWith(base) && path.charAt(base.length()) == '/') {
                return base;
            }
        }
        return null;
    }

    private void add(TestPolicy policy, Entry entry, String base) {
        String directory = RelativePath.parent(entry.path().substring(base.length() + 1));
        if (entry.isDirectory()) {
            if (style == TestStyle.JVM) {
                packages.add(RelativePath.join(directory, entry.name()));
            } else {
                index(new Source(entry.path(), base, directory, entry.name(), false));
            }
        } else if (policy.isSource(entry.name())) {
            String name = SourceFile.stem(entry.path());
            boolean pythonAside = name.startsWith("__") && name.endsWith("__")
                    || TestNamePattern.anyMatches(policy.collectedNames(), name);
            if (style == TestStyle.JVM || !pythonAside) {
                index(new Source(entry.path(), base, directory, name, true));
            }
        }
    }

    private void index(Source source) {
        sources.add(source);
        byName.computeIfAbsent(source.name(), name -> new ArrayList<>()).add(source);
        byNameAndDirectory.computeIfAbsent(source.name(), name -> new TreeMap<>())
                .computeIfAbsent(source.directory(), directory -> new ArrayList<>()).add(source);
    }
}
