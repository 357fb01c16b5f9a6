package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.RelativePath;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the depth of each directory counts from: below its top-level directory, but below a directory deeper down
 * that holds a build of its own (a Gradle subproject, a Node or Go service), depth starts again. In the maven preset, a source, test or resource root (the
 * preset's, the build's, and every {@code src/<set>/<kind>} of Maven's and Gradle's layout) counts 0, and so do the
 * packages leading to the base package: the base package of the main sources beside it, which tests and resources
 * mirror, else the end of the root's own chain of packages that hold nothing but one package (one chain per top-level
 * package). A package tree is not nesting to flatten; what lies below the base package is. An Antora documentation
 * component's {@code modules/<name>/<family>} directories count 0 too: Antora requires them.
 */
final class DepthRoots {

    /** {@code <context>/src/<set>/<kind>}: the source sets of Maven's and Gradle's layout, at any depth. */
    private static final Pattern SOURCE_SET = Pattern.compile("(?:(.*)/)?src/([^/]+)/([^/]+)");
    /** The kinds of a source set that hold packages of code ({@code java}, {@code java-templates}, {@code kotlin}). */
    private static final Pattern CODE = Pattern.compile("(java|kotlin|groovy|scala)([-_.0-9].*)?");
    /** The files that make a directory a build of its own, whose depth counts from it. */
    private static final Set<String> BUILD_FILES = Set.of("build.gradle", "build.gradle.kts", "package.json", "go.mod",
            "Cargo.toml", "pyproject.toml", "setup.py");
    /** The file of an Antora component, whose {@code modules/<name>/<family>} directories Antora requires. */
    private static final String ANTORA_COMPONENT = "antora.yml";
    /** Descriptors that sit in a package without making it hold sources of its own. */
    private static final Set<String> DESCRIPTORS = Set.of("module-info.java", "package-info.java");

    /** How deep a directory sits, and below what. */
    record Depth(int levels, String below) {
    }

    /**
     * A directory whose first {@code required} levels count 0 ({@code -1}: up to the base package), in the build
     * directory {@code context} ({@code ""}: the project); {@code main} when it holds main sources, whose base packages
     * the others mirror; {@code resources} when it has no packages of its own (resources, web files, protos).
     */
    private record Root(String directory, int required, String context, boolean main, boolean resources) {
    }

    private final Map<String, Root> roots = new HashMap<>();
    private final Set<String> contexts = new HashSet<>();
    private final Map<String, List<List<String>>> chainEnds = new HashMap<>();
    private final Map<String, List<List<String>>> mainBases = new HashMap<>();

    private DepthRoots(Project project) {
        ProjectTree tree = project.tree();
        boolean packages = project.preset().structure().depthBelowBasePackage();
        List<String> testRoots = project.preset().tests().roots();
        if (packages) {
            project.preset().structure().sourceRoots().stream().filter(tree::hasDirectory).forEach(root ->
                    add(new Root(root, -1, "", !testRoots.contains(root), false)));
            project.preset().structure().resourceRoots().stream().filter(tree::hasDirectory).forEach(root ->
                    add(new Root(root, -1, "", false, true)));
        }
        for (Entry entry : tree.entries()) {
            if (entry.isFile() && BUILD_FILES.contains(entry.name()) && entry.parent().contains("/")) {
                contexts.add(entry.parent()); // a top-level directory already is where depth counts from
            } else if (entry.isFile() && entry.name().equals(ANTORA_COMPONENT)) {
                add(new Root(RelativePath.join(entry.parent(), "modules"), 2, "", false, false));
            } else if (packages && entry.isDirectory()) {
                Matcher sourceSet = SOURCE_SET.matcher(entry.path());
                if (sourceSet.matches() && root(RelativePath.parent(entry.path())) == null) {
                    boolean code = CODE.matcher(sourceSet.group(3)).matches();
                    String set = sourceSet.group(2);
                    add(new Root(entry.path(), -1, sourceSet.group(1) == null ? "" : sourceSet.group(1),
                            code && (set.equals("main") || set.endsWith("Main")), !code));
                }
            }
        }
        for (Root root : roots.values()) {
            if (root.required() < 0) {
                List<List<String>> chains = root.resources() ? List.of() : chainEnds(tree, root.directory());
                chainEnds.put(root.directory(), chains);
                if (root.main()) {
                    mainBases.computeIfAbsent(root.context(), context -> new ArrayList<>()).addAll(chains);
                }
            }
        }
    }

    /** The depth roots of a project, found once per run. */
    static DepthRoots of(Project project) {
        return project.analysis(DepthRoots.class, DepthRoots::new);
    }

    private void add(Root root) {
        roots.putIfAbsent(root.directory(), root);
    }

    /** The root a path lies in or is, or {@code null}. */
    private Root root(String path) {
        for (String directory = path; !directory.isEmpty(); directory = RelativePath.parent(directory)) {
            if (roots.containsKey(directory)) {
                return roots.get(directory);
            }
        }
        return null;
    }

    /** The depth of a directory: below the levels its root requires, else below its top-level directory. */
    Depth depth(String path) {
        for (String directory = path; !directory.isEmpty(); directory = RelativePath.parent(directory)) {
            Root root = roots.get(directory);
            if (root != null) {
                List<String> below = path.equals(directory) ? List.of()
                        : List.of(path.substring(directory.length() + 1).split("/"));
                int required = root.required() >= 0 ? root.required() : base(root, below).size();
                int counted = Math.min(required, below.size());
                return new Depth(below.size() - counted, counted == 0 ? directory
                        : directory + "/" + String.join("/", below.subList(0, counted)));
            }
            if (!directory.equals(path) && contexts.contains(directory)) {
                return fromTopLevel(path.substring(directory.length() + 1), directory + "/");
            }
        }
        return fromTopLevel(path, "");
    }

    private static Depth fromTopLevel(String path, String context) {
        String[] segments = path.split("/");
        return new Depth(segments.length - 1, context + segments[0]);
    }

    /**
     * The base package of a path inside a package root: the shortest base of the main sources beside it that the path
     * lies in or leads to (so sibling packages count alike), else the root's own chain end in the path's top-level
     * package, else none.
     */
    private List<String> base(Root root, List<String> below) {
        List<String> chosen = null;
        for (List<String> base : mainBases.getOrDefault(root.context(), List.of())) {
            if (leadsTo(below, base) && (chosen == null || base.size() < chosen.size())) {
                chosen = base;
            }
        }
        if (chosen == null) {
            chosen = chainEnds.get(root.directory()).stream().filter(chain -> leadsTo(below, chain)).findFirst()
                    .orElse(List.of());
        }
        return chosen;
    }

    /** Whether one of two package paths starts with the other. */
    private static boolean leadsTo(List<String> path, List<String> base) {
        int shared = Math.min(base.size(), path.size());
        return base.subList(0, shared).equals(path.subList(0, shared));
    }

    /**
     * For each top-level package of a source root, the packages down to the first that holds a file or more than one
     * package (descriptors and directories no package can be named, such as {@code META-INF}, aside).
     */
    private static List<List<String>> chainEnds(ProjectTree tree, String root) {
        List<List<String>> chains = new ArrayList<>();
        for (Entry top : packages(tree, root)) {
            if (top.isFile()) {
                continue; // a file in the unnamed package, or a resource kept with the sources
            }
            List<String> chain = new ArrayList<>(List.of(top.name()));
            String current = top.path();
            List<Entry> children = packages(tree, current);
            while (children.size() == 1 && children.get(0).isDirectory()) {
                chain.add(children.get(0).name());
                current = children.get(0).path();
                children = packages(tree, current);
            }
            chains.add(chain);
        }
        return chains;
    }

    /** The packages and files of a package, descriptors and directories no package can be named aside. */
    private static List<Entry> packages(ProjectTree tree, String directory) {
        return tree.children(directory).stream().filter(child -> child.isFile()
                ? !DESCRIPTORS.contains(child.name()) : SourceNames.isJavaPackage(child.name())).toList();
    }
}
