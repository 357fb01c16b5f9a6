package dev.layoutguard.domain.structure;

import dev.layoutguard.domain.Project;
import dev.layoutguard.domain.layers.LayerSpace;
import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.List;
import java.util.Optional;

/**
 * The base package of a Maven project's sources, as a directory path below a source root ({@code dev/layoutguard}):
 * the layer space's (configured, or the package holding the layer packages), else the end of the chain of packages
 * that hold nothing but one package. The structure rules count depth below it.
 */
public final class BasePackage {

    private final List<String> segments;

    private BasePackage(List<String> segments) {
        this.segments = List.copyOf(segments);
    }

    /** The base package of a project, found once per run. */
    public static BasePackage of(Project project) {
        return project.analysis(BasePackage.class, BasePackage::detect);
    }

    private static BasePackage detect(Project project) {
        Optional<String> layered = LayerSpace.of(project).basePackage();
        if (layered.isPresent()) {
            return new BasePackage(layered.get().isEmpty() ? List.of() : List.of(layered.get().split("\\.")));
        }
        ProjectTree tree = project.tree();
        for (String root : project.preset().structure().sourceRoots()) {
            if (tree.hasDirectory(root)) {
                String found = singlePackageChain(tree, root);
                if (!found.equals(root)) {
                    return new BasePackage(List.of(found.substring(root.length() + 1).split("/")));
                }
            }
        }
        return new BasePackage(List.of());
    }

    private static String singlePackageChain(ProjectTree tree, String root) {
        String current = root;
        while (true) {
            List<Entry> children = tree.children(current);
            if (children.size() != 1 || !children.get(0).isDirectory()) {
                return current;
            }
            current = children.get(0).path();
        }
    }

    /** The package path segments ({@code dev}, {@code layoutguard}); empty when there is none. */
    public List<String> segments() {
        return segments;
    }

    /** The package as a directory path ({@code dev/layoutguard}), or the empty string. */
    public String path() {
        return String.join("/", segments);
    }
}
