package dev.layoutguard.domain.layers;

import dev.layoutguard.domain.tree.Entry;
import dev.layoutguard.domain.tree.ProjectTree;
import java.util.ArrayList;
import java.util.List;

/**
 * Expands the layers' source roots against the tree: a root is a directory relative to the project, where a
 * {@code *} segment stands for any one directory ({@code src/*}{@code /main/java} for Gradle-style source sets,
 * {@code apps/*}{@code /src}). Roots that do not exist are left out; each directory comes once, in the roots' order.
 */
public final class SourceRoots {

    private SourceRoots() {
    }

    /** The directories the roots match, each once, in the roots' order. */
    public static List<String> expand(List<String> roots, ProjectTree tree) {
        List<String> expanded = new ArrayList<>();
        for (String root : roots) {
            List<String> matches = new ArrayList<>(List.of(""));
            for (String segment : root.split("/")) {
                List<String> next = new ArrayList<>();
                for (String directory : matches) {
                    if (segment.equals("*")) {
                        for (Entry child : tree.children(directory)) {
                            if (child.isDirectory() && !child.name().startsWith(".")) {
                                next.add(child.path());
                            }
                        }
                    } else {
                        String path = directory.isEmpty() ? segment : directory + "/" + segment;
                        if (tree.hasDirectory(path)) {
                            next.add(path);
                        }
                    }
                }
                matches = next;
            }
            matches.stream().filter(match -> !match.isEmpty() && !expanded.contains(match)).forEach(expanded::add);
        }
        return expanded;
    }
}
